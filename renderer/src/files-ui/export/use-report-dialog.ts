/**
 * What the report dialog knows and does, without its markup: the settings
 * (remembered per journey), the fonts and photos, the live preview (rebuilt
 * ~300 ms after the last change, when the browser is idle, in a Web Worker:
 * report-html.ts), and the PDF and HTML exports with their status. The views
 * in this folder only render it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { sameItems } from '../../domain/equal';
import type { JourneyDocument } from '../../domain/model';
import {
  checkLogo,
  LOGO_MAX_BYTES,
  loadReportSettings,
  reportPreviewHtml,
  saveReportSettings,
  type ReportSettings,
} from '../../exports';
import { journeyFileName } from '../../files';
import { currentLanguage, i18n } from '../../i18n';
import { messageText } from '../../i18n/messages';
import { getHost } from '../../platform';
import {
  defaultReportOptions,
  emptySections,
  REPORT_LABELS,
  REPORT_SECTION_IDS,
  type ReportAssets,
  type Labels,
  type ReportOptions,
  type SectionId,
} from '../../reports';
import { useServices } from '../../services';
import { chooseAction } from '../../ui/confirm';
import { toast } from '../../ui/toasts';
import { fileSizeText } from '../file-errors';
import { describeExportError } from './errors';
import { yieldToUi } from './rasterise';
import { PRINT_AHEAD_DELAY_MS } from './print-ahead';
import { PREVIEW_AUTO_MAX_CHARS } from './ReportPreviewPane';
import { loadReportAssets } from './report-assets';
import { buildReportHtmlOffThread } from './report-html';

const PREVIEW_DELAY_MS = 300;
const encoder = new TextEncoder();

export type ReportPhase = 'idle' | 'preparing' | 'printing' | 'saving';

const PHASE_TEXT: Record<Exclude<ReportPhase, 'idle'>, string> = {
  preparing: 'export.preparingReport',
  printing: 'export.printingPdf',
  saving: 'export.savingHtml',
};

/** Settings remembered for this session, so a logo too big for localStorage is still kept. */
const sessionSettings = new Map<string, ReportSettings>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The report settings of a journey: this session's (which keep a logo too large to store), else the stored ones. */
export function currentReportSettings(journeyId: string): ReportSettings {
  return sessionSettings.get(journeyId) ?? loadReportSettings(storage(), journeyId, currentLanguage());
}

/** Runs `build` when the browser is idle (or after a short delay where there is no idle callback). */
function whenIdle(build: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(build, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(build, 0);
  return () => window.clearTimeout(handle);
}

/** Which chosen sections will print, and which the report leaves out because they are empty. */
export interface SectionSummary {
  /** At least one section is switched on. */
  anySection: boolean;
  /** At least one switched-on section has something in it for this journey. */
  anyPrinted: boolean;
  /** Switched on but empty for this journey: the report leaves these out. */
  leftOut: SectionId[];
}

export function summariseSections(settings: ReportSettings, emptyIds: readonly SectionId[]): SectionSummary {
  return {
    anySection: REPORT_SECTION_IDS.some((id) => settings.sections[id]),
    anyPrinted: REPORT_SECTION_IDS.some((id) => settings.sections[id] && !emptyIds.includes(id)),
    leftOut: emptyIds.filter((id) => settings.sections[id]),
  };
}

/**
 * The dialog's status line: the step under way; idle where Export PDF opens the browser's print dialog, what
 * it does there ("Save as PDF" in that dialog makes the file; nothing else says so, and nothing can tell when
 * it is saved).
 */
export function reportStatusText(phase: ReportPhase, pdfTarget: 'file' | 'print-dialog'): string {
  if (phase !== 'idle') return i18n.t(PHASE_TEXT[phase]);
  return pdfTarget === 'print-dialog' ? i18n.t('export.webPrintHint') : '';
}

export interface ReportDialogModel {
  settings: ReportSettings;
  /** Changes some settings and clears the last export error. */
  update: (patch: Partial<ReportSettings>) => void;
  toggleSection: (id: SectionId, on: boolean) => void;
  sections: SectionSummary;
  labels: Labels;
  /** Why the last logo was refused, or that it will not be remembered. */
  logoMessage: string | null;
  pickLogo: (file: File | undefined) => Promise<void>;
  removeLogo: () => void;
  /** The preview document (null until the first build). */
  preview: string | null;
  /** The fonts or photos could not be loaded: nothing can be exported. */
  assetsError: string | null;
  busy: boolean;
  /** The current step while busy. */
  statusText: string;
  /** Why the last export failed, in one sentence. */
  error: string | null;
  /** Both exports need a printable section and the assets. */
  canExport: boolean;
  exportPdf: () => Promise<void>;
  saveHtml: () => Promise<void>;
}

/** What a report document is built from, as compared for reuse (the day: the cover prints the date). */
function reportInputs(...inputs: [ReportSettings, JourneyDocument, ReportAssets]): readonly unknown[] {
  return [...inputs, new Date().toDateString()];
}

export function useReportDialog(doc: JourneyDocument, onClose: () => void): ReportDialogModel {
  const { db } = useServices();
  const journeyId = doc.journey.id;
  const [settings, setSettings] = useState<ReportSettings>(() => currentReportSettings(journeyId));
  // The settings as the dialog opened with them: a dialog opened and closed without a change stores nothing (its
  // defaults, the label language among them, would otherwise be fixed for every later export of the journey).
  const [opened] = useState(settings);
  const [assets, setAssets] = useState<ReportAssets | null>(null);
  const [assetsError, setAssetsError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  // Counts the preview's builds: one that gives the same page as before still has new inputs to print ahead.
  const [previewBuilds, setPreviewBuilds] = useState(0);
  const [phase, setPhase] = useState<ReportPhase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [logoMessage, setLogoMessage] = useState<string | null>(null);
  const busy = phase !== 'idle';
  const emptyIds = useMemo(() => emptySections(doc), [doc]);

  // Fonts and persona photos, once per dialog (the fonts are cached for the session).
  useEffect(() => {
    let live = true;
    loadReportAssets(db, doc).then(
      (a) => live && setAssets(a),
      (e: unknown) => live && setAssetsError(describeExportError(e, 'report-assets')),
    );
    return () => {
      live = false;
    };
  }, [db, doc]);

  // The insights are computed with the report, off the window's thread (report-html.ts).
  const optionsFor = (s: ReportSettings): Omit<ReportOptions, 'insights'> => ({
    ...defaultReportOptions(new Date()),
    ...s,
  });

  // Remember the settings a moment after the last change, and at once when the dialog closes before that.
  const unsaved = useRef<ReportSettings | null>(null);
  useEffect(() => {
    if (settings === opened) return undefined;
    sessionSettings.set(journeyId, settings);
    unsaved.current = settings;
    const timer = window.setTimeout(() => {
      unsaved.current = null;
      const kept = saveReportSettings(storage(), journeyId, settings);
      if (kept === 'without-logo') {
        setLogoMessage(i18n.t('export.logoNotRemembered'));
      }
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [settings, journeyId, opened]);
  useEffect(
    () => () => {
      if (unsaved.current !== null) saveReportSettings(storage(), journeyId, unsaved.current);
    },
    [journeyId],
  );

  /**
   * The report the preview shows, and what it was built from: exporting with nothing changed since
   * (the same settings, journey and assets, on the same day for the cover's date) prints
   * this document instead of building it again (0.3-0.4 s for 200 touchpoints).
   */
  const previewed = useRef<{ html: string; from: readonly unknown[] } | null>(null);

  // Rebuild the preview a moment after the last change, when the browser is idle; a change while it
  // is being built stops that build.
  useEffect(() => {
    if (!assets) return;
    const stop = new AbortController();
    let cancelIdle: (() => void) | null = null;
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => {
        const from = reportInputs(settings, doc, assets);
        buildReportHtmlOffThread({ doc, options: optionsFor(settings), assets }, stop.signal).then(
          (html) => {
            previewed.current = { html, from };
            setPreview(reportPreviewHtml(html, settings.pageSize, settings.orientation));
            setPreviewBuilds((n) => n + 1);
          },
          (e: unknown) => !stop.signal.aborted && setError(describeExportError(e, 'pdf')),
        );
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
      stop.abort();
    };
  }, [settings, assets, doc]);

  /** The preview's document when it was built from these settings and assets (and today), else null. */
  const shownFor = (s: ReportSettings, a: ReportAssets): string | null => {
    const shown = previewed.current;
    const from = reportInputs(s, doc, a);
    return shown && sameItems(shown.from, from) ? shown.html : null;
  };

  /**
   * The desktop app prints the preview's document ahead once the settings rest, so Export saves that PDF
   * at once instead of printing for seconds after the click (main prints at most one ahead and saves it
   * only for the very same document). A change, or closing the dialog, lets it go.
   */
  const printable = summariseSections(settings, emptyIds).anyPrinted;
  useEffect(() => {
    if (!assets || previewBuilds === 0 || !printable) return;
    const html = shownFor(settings, assets);
    if (html === null) return;
    let sent = false;
    const timer = window.setTimeout(() => {
      sent = true;
      void getHost().preparePdf({ html, pageSize: settings.pageSize, landscape: settings.orientation === 'landscape' });
    }, PRINT_AHEAD_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (sent) void getHost().preparePdf(null);
    };
    // shownFor reads the document the preview was built from; the preview changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previewBuilds, settings, assets, printable]);

  const update = (patch: Partial<ReportSettings>) => {
    setError(null);
    setSettings((s) => ({ ...s, ...patch }));
  };
  const toggleSection = (id: SectionId, on: boolean) =>
    setSettings((s) => ({ ...s, sections: { ...s.sections, [id]: on } }));
  const sections = summariseSections(settings, emptyIds);

  const pickLogo = async (file: File | undefined) => {
    setLogoMessage(null);
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      setLogoMessage(i18n.t('export.logoTooLarge', { size: fileSizeText(LOGO_MAX_BYTES), png: 'PNG', jpeg: 'JPEG' }));
      return;
    }
    const result = checkLogo(new Uint8Array(await file.arrayBuffer()), file.name);
    if (result.ok) update({ logo: result.logo });
    else setLogoMessage(messageText(result.text));
  };
  const removeLogo = () => {
    setLogoMessage(null);
    update({ logo: null });
  };

  const ready = async (): Promise<{ html: string; options: Omit<ReportOptions, 'insights'> }> => {
    setError(null);
    setPhase('preparing');
    await yieldToUi();
    const a = assets ?? (await loadReportAssets(db, doc));
    const options = optionsFor(settings);
    return { html: shownFor(settings, a) ?? (await buildReportHtmlOffThread({ doc, options, assets: a })), options };
  };

  /**
   * Printed by the browser's print dialog, the report is printed in this window's own tab (a hidden frame), which lays all of it out
   * first: a report of hundreds of pages kept the tab frozen for minutes (108 s for one of 30 touchpoints of
   * 100,000-character texts), and the browser may give up. Such a report is offered as an HTML file instead,
   * printed from its own tab; the desktop app prints in a window of its own and is not asked.
   */
  const printHereAnyway = async (html: string): Promise<boolean> => {
    if (getHost().pdfTarget() !== 'print-dialog' || html.length <= PREVIEW_AUTO_MAX_CHARS) return true;
    const choice = await chooseAction({
      title: i18n.t('export.webPrintLongTitle'),
      message: i18n.t('export.webPrintLong'),
      choices: [
        { id: 'html', label: i18n.t('export.saveHtmlInstead'), tone: 'primary' },
        { id: 'print', label: i18n.t('export.printHereAnyway') },
      ],
    });
    if (choice === 'html') await writeHtml(html);
    return choice === 'print';
  };

  const exportPdf = async () => {
    try {
      const built = await ready();
      if (!(await printHereAnyway(built.html))) {
        setPhase('idle');
        return;
      }
      setPhase('printing');
      const host = getHost();
      const saved = await host.exportPdf({
        html: built.html,
        pageSize: built.options.pageSize,
        landscape: built.options.orientation === 'landscape',
        suggestedName: journeyFileName(doc.journey.title, 'pdf'),
      });
      setPhase('idle');
      if (saved) {
        toast.success(i18n.t('export.saved', { name: saved.name }));
        onClose();
      } else if (host.kind === 'web') {
        onClose();
      }
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, 'pdf'));
    }
  };

  const writeHtml = async (html: string) => {
    try {
      setPhase('saving');
      // Opened in a browser, the report reads as the preview shows it: white sheets of the page's width on a grey
      // desk (screen-only rules; it prints as the PDF does). Without them its text ran from the window's edge.
      const onScreen = reportPreviewHtml(html, settings.pageSize, settings.orientation);
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, 'html'),
        filters: [{ name: i18n.t('export.htmlFilter'), extensions: ['html'] }],
        bytes: encoder.encode(onScreen),
        mimeType: 'text/html',
      });
      setPhase('idle');
      if (saved) {
        toast.success(i18n.t('export.saved', { name: saved.name }));
        onClose();
      }
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, 'html'));
    }
  };

  const saveHtml = async () => {
    try {
      await writeHtml((await ready()).html);
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, 'html'));
    }
  };

  return {
    settings,
    update,
    toggleSection,
    sections,
    labels: REPORT_LABELS[settings.language] ?? REPORT_LABELS.en,
    logoMessage,
    pickLogo,
    removeLogo,
    preview,
    assetsError,
    busy,
    statusText: reportStatusText(phase, getHost().pdfTarget()),
    error,
    canExport: !busy && sections.anyPrinted && assetsError === null,
    exportPdf,
    saveHtml,
  };
}
