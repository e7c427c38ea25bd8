/**
 * The interactive viewer export without its markup: what the dialog says
 * the file will hold (counts, the script fonts it embeds), and the export
 * itself in steps (fonts, build, save) with one sentence when it fails.
 * The accent colour, logo and language are the journey's report settings as
 * the report dialog last had them this session (a logo too large to remember
 * included), else as saved (the language: the report's label language, else
 * the interface's); persona photos come from the database, as in the report.
 */
import { useMemo, useState } from 'react';
import type { JourneyDocument } from '../../domain/model';
import { buildViewerHtml } from '../../exports/viewer/build';
import { journeyText, pageWords, scriptFamilies } from '../../exports/viewer/scripts';
import { journeyFileName } from '../../files';
import { getHost } from '../../platform';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { yieldToUi } from './rasterise';
import { useServices } from '../../services';
import { loadPersonaPhotos, loadReportFonts } from './report-assets';
import { i18n } from '../../i18n';
import { currentReportSettings } from './use-report-dialog';

export type ViewerPhase = 'idle' | 'fonts' | 'building' | 'saving';

const PHASE_TEXT: Record<Exclude<ViewerPhase, 'idle'>, string> = {
  fonts: 'export.stepFonts',
  building: 'export.stepBuildingViewer',
  saving: 'export.stepSaving',
};

const encoder = new TextEncoder();

export interface ViewerExportModel {
  counts: { stages: number; touchpoints: number; personas: number };
  /** Noto Sans plus the script families the journey's text needs. */
  fonts: string[];
  busy: boolean;
  statusText: string;
  error: string | null;
  save: () => Promise<void>;
}

export function useViewerExport(doc: JourneyDocument, onClose: () => void): ViewerExportModel {
  const { db } = useServices();
  const [phase, setPhase] = useState<ViewerPhase>('idle');
  const [error, setError] = useState<string | null>(null);
  // The report dialog's settings for this journey; with none saved, the labels speak the interface language.
  const language = useMemo(() => currentReportSettings(doc.journey.id).language, [doc]);
  const fonts = useMemo(
    () => ['Noto Sans', ...scriptFamilies(`${pageWords(language)}\n${journeyText(doc)}`)],
    [doc, language],
  );

  const save = async () => {
    setError(null);
    setPhase('fonts');
    await yieldToUi();
    let kind: 'report-assets' | 'viewer' = 'report-assets';
    try {
      const [fontFiles, personaPhotos] = await Promise.all([loadReportFonts(), loadPersonaPhotos(db, doc)]);
      kind = 'viewer';
      setPhase('building');
      await yieldToUi();
      const settings = currentReportSettings(doc.journey.id);
      const html = buildViewerHtml(doc, {
        fonts: fontFiles,
        brandColour: settings.brandColour,
        logo: settings.logo,
        date: new Date(),
        personaPhotos,
        language: settings.language,
      });
      setPhase('saving');
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, 'html', ' viewer'),
        filters: [{ name: i18n.t('export.viewerTitle'), extensions: ['html'] }],
        bytes: encoder.encode(html),
        mimeType: 'text/html',
      });
      setPhase('idle');
      if (saved) {
        toast.success(i18n.t('export.saved', { name: saved.name }));
        onClose();
      }
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, kind));
    }
  };

  return {
    counts: {
      stages: doc.stages.length,
      touchpoints: doc.touchpoints.length,
      personas: doc.personas.length,
    },
    fonts,
    busy: phase !== 'idle',
    statusText: phase === 'idle' ? '' : i18n.t(PHASE_TEXT[phase]),
    error,
    save,
  };
}
