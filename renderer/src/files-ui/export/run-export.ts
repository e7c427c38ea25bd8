/**
 * Save and export commands of the open journey: `.journey` files, reports and
 * data exports. Everything is built from the saved-and-current document.
 * The PDF/HTML report, the PNG/SVG images, the PowerPoint deck and the
 * interactive viewer open a dialog with their options first; the others save
 * straight away.
 */
import { journeyFileFilters } from '../open-files';
import { journeyAssets, storedEditTime, type WaymarkDB } from '../../storage';
import type { JourneyDocument } from '../../domain/model';
import type { MenuCommand } from '../../platform';
import { getHost } from '../../platform';
import { buildJourneyFileForSave, journeyFileName, JOURNEY_MIME_TYPE, touchpointsToCsv } from '../../files';
import { buildMarkdownReport, REPORT_LABELS } from '../../reports';
import { toast } from '../../ui/toasts';
import { documentFrom } from '../../session/doc-state';
import type { EditorStore } from '../../session/store';
import { describeExportError } from './errors';
import { openExportDialogState as openExportDialog } from './dialog-state';
import { currentReportSettings } from './use-report-dialog';
import { useEditorUi } from '../../editor/ui-store';
import { i18n } from '../../i18n';
import { messageText } from '../../i18n/messages';

const encoder = new TextEncoder();
const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

/** The commands runExport handles. */
export const EXPORT_COMMANDS = [
  'save-as',
  'export-pdf',
  'export-png',
  'export-svg',
  'export-html',
  'export-viewer',
  'export-markdown',
  'export-csv',
  'export-xlsx',
  'export-pptx',
  'export-poster',
] as const satisfies readonly MenuCommand[];

async function save(name: string, bytes: Uint8Array, mimeType: string, filter: { name: string; extensions: string[] }) {
  const saved = await getHost().saveFile({ suggestedName: name, filters: [filter], bytes, mimeType });
  if (saved) toast.success(i18n.t('export.saved', { name: saved.name }));
}

/**
 * The Markdown export of a journey, its headings and names in the journey's report label language (as the report
 * dialog saved it; the interface language where none is saved), as the viewer and the deck take it.
 */
export function markdownOf(doc: JourneyDocument): string {
  return buildMarkdownReport(doc, REPORT_LABELS[currentReportSettings(doc.journey.id).language]);
}

/**
 * The Excel workbook of a journey, its sheet names, headers and names in the journey's report label language, as
 * `markdownOf`. exceljs is large: loaded with the builder, only when a workbook is asked for.
 */
export async function workbookOf(doc: JourneyDocument): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const { buildWorkbook, XLSX_MIME_TYPE } = await import('../../exports/xlsx');
  return {
    bytes: await buildWorkbook(doc, currentReportSettings(doc.journey.id).language),
    mimeType: XLSX_MIME_TYPE,
  };
}

export async function runExport(db: WaymarkDB, command: MenuCommand, store: EditorStore): Promise<void> {
  await store.getState().flush();
  const current = documentFrom(store.getState().doc);
  // The editor's copy says when the journey was opened; the file and the workbook say when it was last edited.
  const edited = await storedEditTime(db, current.journey.id).catch(() => null);
  const doc =
    edited !== null && edited > current.journey.updatedAt
      ? { ...current, journey: { ...current.journey, updatedAt: edited } }
      : current;
  const title = doc.journey.title;
  switch (command) {
    case 'save-as': {
      const built = await buildJourneyFileForSave({
        document: doc,
        assets: await journeyAssets(db, doc),
        appVersion: APP_VERSION,
        savedAt: new Date(),
      });
      // Too large: refused before the save dialog, so nothing is written.
      if (!built.ok) return void toast.error(messageText(built.text));
      for (const warning of built.warningTexts) toast.info(messageText(warning));
      return save(journeyFileName(title, 'journey'), built.bytes, JOURNEY_MIME_TYPE, journeyFileFilters()[0]!);
    }
    case 'export-csv':
      return save(journeyFileName(title, 'csv'), encoder.encode(touchpointsToCsv(doc)), 'text/csv', {
        name: 'CSV',
        extensions: ['csv'],
      });
    case 'export-markdown':
      return save(journeyFileName(title, 'md'), encoder.encode(markdownOf(doc)), 'text/markdown', {
        name: 'Markdown',
        extensions: ['md'],
      });
    case 'export-xlsx': {
      try {
        const { bytes, mimeType } = await workbookOf(doc);
        return await save(journeyFileName(title, 'xlsx'), bytes, mimeType, {
          name: i18n.t('export.xlsxFilter'),
          extensions: ['xlsx'],
        });
      } catch (error) {
        toast.error(describeExportError(error, 'xlsx'));
        return;
      }
    }
    case 'export-png':
    case 'export-svg':
      openExportDialog({
        kind: 'image',
        doc,
        format: command === 'export-png' ? 'png' : 'svg',
        heatMode: useEditorUi.getState().heatMode,
      });
      return;
    case 'export-pptx':
      openExportDialog({ kind: 'pptx', doc });
      return;
    case 'export-viewer':
      openExportDialog({ kind: 'viewer', doc });
      return;
    case 'export-poster':
      openExportDialog({ kind: 'poster', doc });
      return;
    case 'export-html':
    case 'export-pdf':
      openExportDialog({ kind: 'report', doc });
      return;
    default:
      // Not an export (e.g. import-csv is handled by the import flow): nothing to do here.
      return;
  }
}
