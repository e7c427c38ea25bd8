/**
 * What the PowerPoint export dialog knows and does, without its markup: the
 * slide size (remembered for the session), the brand colour and logo of the
 * report settings, the language of the slides' own words (the report
 * settings' label language unless chosen here), which fonts the deck's
 * scripts need in that language, and the export
 * itself, which shows its progress, can be cancelled, and on failure says why
 * and saves nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JourneyDocument } from '../../domain/model';
import type { ReportSettings } from '../../exports';
import type { ReportLanguage } from '../../reports';
import type { DeckLayout } from '../../exports/pptx/geometry';
import { deckFonts, type DeckFonts } from '../../exports/pptx/fonts';
import { journeyFileName } from '../../files';
import { getHost } from '../../platform';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { abortError, isAbort } from './rasterise';
import { buildDeckOffThread } from './deck-off-thread';
import { currentReportSettings } from './use-report-dialog';
import { currentLanguage, formatPercent, i18n } from '../../i18n';

/** The last slide size chosen, for this session. */
let rememberedLayout: DeckLayout = '16:9';

/** The save dialog's filter, named in the interface language. */
export const pptxFileFilters = () => [{ name: i18n.t('export.pptxFilter'), extensions: ['pptx'] }];

/** `writing`: pptxgenjs writes and the parts are compressed, a step whose share cannot be told. */
export type PptxStep =
  { kind: 'loading' } | { kind: 'building'; done: number; total: number } | { kind: 'writing' } | { kind: 'saving' };

export function pptxStepText(step: PptxStep | null): string {
  if (!step) return '';
  if (step.kind === 'loading') return i18n.t('export.stepSlides');
  if (step.kind === 'saving') return i18n.t('export.stepSaving');
  if (step.kind === 'writing') return i18n.t('export.stepWritingFile');
  const share = Math.min(1, step.done / step.total);
  return i18n.t('export.stepBuildingSlides', {
    percent: formatPercent(Math.round(share * 100) / 100, currentLanguage()),
  });
}

/** The progress bar's share: the slides built so far, then a bar without a share while the file is written. */
export function pptxStepShare(step: PptxStep | null): number | 'unknown' | undefined {
  if (step?.kind === 'building') return Math.min(1, step.done / step.total);
  if (step?.kind === 'writing' || step?.kind === 'loading') return 'unknown';
  return undefined;
}

export interface PptxExportModel {
  layout: DeckLayout;
  setLayout: (layout: DeckLayout) => void;
  /** Brand colour and logo, as the report settings hold them. */
  brand: Pick<ReportSettings, 'brandColour' | 'logo'>;
  /** The language of the slides' own words (headings, names, notes). */
  language: ReportLanguage;
  setLanguage: (language: ReportLanguage) => void;
  /** The fonts the deck needs, its words in `language`. */
  fonts: DeckFonts;
  step: PptxStep | null;
  busy: boolean;
  statusText: string;
  /** Why the last export failed, in one sentence. */
  error: string | null;
  run: () => Promise<void>;
  cancel: () => void;
}

export function usePptxExport(doc: JourneyDocument, onClose: () => void): PptxExportModel {
  const [layout, setLayoutState] = useState<DeckLayout>(rememberedLayout);
  const [step, setStep] = useState<PptxStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const settings = useMemo(() => currentReportSettings(doc.journey.id), [doc]);
  const brand = useMemo(() => ({ brandColour: settings.brandColour, logo: settings.logo }), [settings]);
  // The report's label language (itself the interface language until one is chosen in the report dialog).
  const [language, setLanguageState] = useState<ReportLanguage>(settings.language);
  const fonts = useMemo(() => deckFonts(doc, language), [doc, language]);
  useEffect(() => () => controller.current?.abort(), []);

  const setLayout = (next: DeckLayout) => {
    rememberedLayout = next;
    setError(null);
    setLayoutState(next);
  };

  const setLanguage = (next: ReportLanguage) => {
    setError(null);
    setLanguageState(next);
  };

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    const check = () => {
      if (abort.signal.aborted) throw abortError();
    };
    setError(null);
    try {
      setStep({ kind: 'loading' });
      const { PPTX_MIME_TYPE } = await import('../../exports/pptx/deck');
      check();
      const bytes = await buildDeckOffThread(
        {
          doc,
          options: { layout, brandColour: brand.brandColour, logo: brand.logo, date: new Date(), language },
        },
        ({ done, total, phase }) =>
          setStep(phase === 'writing' ? { kind: 'writing' } : { kind: 'building', done, total }),
        abort.signal,
      );
      check();
      setStep({ kind: 'saving' });
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, 'pptx'),
        filters: pptxFileFilters(),
        bytes,
        mimeType: PPTX_MIME_TYPE,
      });
      setStep(null);
      if (!saved) return;
      toast.success(i18n.t('export.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      setStep(null);
      if (!isAbort(e)) setError(describeExportError(e, 'pptx'));
    } finally {
      controller.current = null;
    }
  };

  return {
    layout,
    setLayout,
    brand,
    language,
    setLanguage,
    fonts,
    step,
    busy: step !== null,
    statusText: pptxStepText(step),
    error,
    run,
    cancel: () => controller.current?.abort(),
  };
}
