/**
 * Save and export commands of the open journey: `.journey` files, reports and
 * data exports. Everything is built from the saved-and-current document.
 */
import { db } from '../app/db';
import { JOURNEY_FILE_FILTERS } from '../app/open-files';
import { journeyAssets } from '../app/import-journey';
import type { MenuCommand } from '../platform';
import { getHost } from '../platform';
import { journeyFileName, JOURNEY_MIME_TYPE, touchpointsToCsv, writeJourneyFile } from '../files';
import { buildMapSvg, buildMarkdownReport, buildReportHtml, defaultReportOptions } from '../reports';
import { toast } from '../ui/toasts';
import { documentFrom } from './state/doc-state';
import type { EditorStore } from './state/editor-store';
import { loadReportAssets } from './export/report-assets';

const encoder = new TextEncoder();
const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

async function save(name: string, bytes: Uint8Array, mimeType: string, filter: { name: string; extensions: string[] }) {
  const saved = await getHost().saveFile({ suggestedName: name, filters: [filter], bytes, mimeType });
  if (saved) toast.success(`Saved ${saved.name}.`);
}

export async function runExport(command: MenuCommand, store: EditorStore): Promise<void> {
  await store.getState().flush();
  const doc = documentFrom(store.getState().doc);
  const title = doc.journey.title;
  switch (command) {
    case 'save-as': {
      const bytes = writeJourneyFile({
        document: doc,
        assets: await journeyAssets(db, doc),
        appVersion: APP_VERSION,
        savedAt: new Date(),
      });
      return save(journeyFileName(title, 'journey'), bytes, JOURNEY_MIME_TYPE, JOURNEY_FILE_FILTERS[0]!);
    }
    case 'export-csv':
      return save(journeyFileName(title, 'csv'), encoder.encode(touchpointsToCsv(doc)), 'text/csv', {
        name: 'CSV',
        extensions: ['csv'],
      });
    case 'export-markdown':
      return save(journeyFileName(title, 'md'), encoder.encode(buildMarkdownReport(doc)), 'text/markdown', {
        name: 'Markdown',
        extensions: ['md'],
      });
    case 'export-svg':
      return save(journeyFileName(title, 'svg'), encoder.encode(buildMapSvg(doc)), 'image/svg+xml', {
        name: 'SVG image',
        extensions: ['svg'],
      });
    case 'export-html':
    case 'export-pdf': {
      const progress = toast.info('Preparing the report…');
      const options = defaultReportOptions(new Date());
      const html = buildReportHtml(doc, options, await loadReportAssets(doc));
      if (command === 'export-html') {
        await save(journeyFileName(title, 'html'), encoder.encode(html), 'text/html', {
          name: 'HTML report',
          extensions: ['html'],
        });
      } else {
        const saved = await getHost().exportPdf({
          html,
          pageSize: options.pageSize,
          landscape: options.orientation === 'landscape',
          suggestedName: journeyFileName(title, 'pdf'),
        });
        if (saved) toast.success(`Saved ${saved.name}.`);
      }
      void progress;
      return;
    }
    default:
      toast.info('This export is not available yet.');
  }
}
