/**
 * What the poster export dialog knows and does, without its markup: the
 * paper, orientation or custom size, one page or tiled sheets with their
 * overlap (remembered for the session), the language of the poster's words
 * (the interface language unless chosen), what that gives (size, sheets, or
 * why it cannot be printed), and the export through the report's PDF path,
 * which shows its step, can be cancelled before printing, and on failure
 * says why and saves nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JourneyDocument } from '../../domain/model';
import {
  buildPosterHtml,
  checkPosterOptions,
  tileGrid,
  DEFAULT_POSTER_OPTIONS,
  type PosterOptions,
} from '../../exports/poster';
import { journeyFileName } from '../../files';
import { REPORT_LABELS, type ReportLanguage } from '../../reports';
import { getHost } from '../../platform';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { abortError, isAbort, yieldToUi } from './rasterise';
import { loadReportFonts } from './report-assets';
import { currentReportSettings } from './use-report-dialog';
import { currentLanguage, formatNumber, i18n, type UiLanguage } from '../../i18n';
import { messageText } from '../../i18n/messages';

/** The last choices, for this session. */
let remembered: PosterOptions = DEFAULT_POSTER_OPTIONS;

const STEP_TEXT = {
  fonts: 'export.stepFonts',
  drawing: 'export.stepDrawingPoster',
  printing: 'export.stepPrintingPoster',
} as const;
export type PosterStep = keyof typeof STEP_TEXT;

/** One line on what the choices give, or null when they are not valid (see `problem`), in the interface language. */
export function posterSummary(
  options: PosterOptions,
  language: UiLanguage = currentLanguage(),
): { summary: string | null; problem: string | null } {
  const check = checkPosterOptions(options);
  if (!check.ok) return { summary: null, problem: messageText(check.text) };
  const mmText = (n: number) => formatNumber(n, language, 1);
  const size = `${mmText(check.size.width)} × ${mmText(check.size.height)} mm`;
  if (options.output === 'single')
    return { summary: i18n.t('export.posterOnePage', { size, lng: language }), problem: null };
  const grid = tileGrid(check.size, options.tilePaper, options.overlapMm);
  const sheets = grid.tiles.length;
  return {
    summary: i18n.t('export.posterTiled', {
      lng: language,
      size,
      count: sheets,
      paper: options.tilePaper,
      grid: `${grid.columns} × ${grid.rows}`,
    }),
    problem: null,
  };
}

export interface PosterExportModel {
  options: PosterOptions;
  set: (patch: Partial<PosterOptions>) => void;
  /** The language the poster prints its words in. */
  language: ReportLanguage;
  setLanguage: (language: ReportLanguage) => void;
  summary: string | null;
  /** Why the choices cannot be printed, in one sentence. */
  problem: string | null;
  step: PosterStep | null;
  busy: boolean;
  statusText: string;
  error: string | null;
  run: () => Promise<void>;
  cancel: () => void;
}

export function usePosterExport(doc: JourneyDocument, onClose: () => void): PosterExportModel {
  const [options, setOptions] = useState<PosterOptions>(remembered);
  const [language, setLanguage] = useState<ReportLanguage>(currentLanguage);
  const [step, setStep] = useState<PosterStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  // The summary is a sentence in the interface language: said again when it switches.
  const uiLanguage = currentLanguage();
  const { summary, problem } = useMemo(() => posterSummary(options, uiLanguage), [options, uiLanguage]);

  useEffect(() => {
    remembered = options;
  }, [options]);
  useEffect(() => () => controller.current?.abort(), []);

  const set = (patch: Partial<PosterOptions>) => {
    setError(null);
    setOptions((o) => ({ ...o, ...patch }));
  };

  const run = async () => {
    if (problem) {
      setError(problem);
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    const check = () => {
      if (abort.signal.aborted) throw abortError();
    };
    setError(null);
    try {
      setStep('fonts');
      const fonts = await loadReportFonts();
      check();
      setStep('drawing');
      await yieldToUi();
      const { brandColour } = currentReportSettings(doc.journey.id);
      const built = buildPosterHtml(doc, options, fonts, REPORT_LABELS[language], brandColour);
      check();
      setStep('printing');
      const host = getHost();
      const saved = await host.exportPdf({
        html: built.html,
        pageSize: { widthMm: built.page.width, heightMm: built.page.height },
        landscape: false,
        suggestedName: journeyFileName(doc.journey.title, 'pdf', ' poster'),
      });
      setStep(null);
      // In a browser the poster went to its print dialog, which saves the PDF: the dialog's work is done, as the
      // report dialog's is (it stayed open, as if nothing had happened).
      if (!saved) {
        if (host.kind === 'web') onClose();
        return;
      }
      toast.success(i18n.t('export.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      setStep(null);
      if (!isAbort(e)) setError(describeExportError(e, 'poster'));
    } finally {
      controller.current = null;
    }
  };

  return {
    options,
    set,
    language,
    setLanguage: (l) => {
      setError(null);
      setLanguage(l);
    },
    summary,
    problem,
    step,
    busy: step !== null,
    statusText: step ? i18n.t(STEP_TEXT[step]) : '',
    error,
    run,
    cancel: () => controller.current?.abort(),
  };
}
