/**
 * What the PNG and SVG export dialog knows and does, without its markup: the
 * choices (remembered for the session), the pixel size they give, and the
 * export itself, which shows its step, can be cancelled, and on failure says
 * why and saves nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JourneyDocument } from '../../domain/model';
import type { ReportLanguage } from '../../reports';
import {
  buildMapImage,
  dpiRasterSize,
  isHeatMode,
  mapImageSize,
  rasterSize,
  type ImageBackground,
  type ImageSize,
  type IsoPaper,
  type RasterSize,
  withPngDpi,
  hasEmotionCurve,
} from '../../exports';
import { journeyFileName } from '../../files';
import { getHost } from '../../platform';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { abortError, isAbort, RasteriseError, rasteriseSvg, yieldToUi } from './rasterise';
import { loadReportFonts } from './report-assets';
import { currentReportSettings } from './use-report-dialog';
import { currentLanguage, formatNumber, i18n } from '../../i18n';
import { messageText } from '../../i18n/messages';
import { LEGEND_TITLES } from '../../editor/canvas/heat-titles';

const encoder = new TextEncoder();

export type SizeChoice = '1' | '2' | 'width' | 'paper';
export type DpiChoice = '72' | '150' | '300' | 'custom';

export interface ImageChoices {
  size: SizeChoice;
  width: number;
  /** With size 'paper': the map fitted to this paper at this DPI. */
  paper: IsoPaper;
  dpiChoice: DpiChoice;
  /** The typed DPI, used when dpiChoice is 'custom'. */
  customDpi: number;
  background: ImageBackground;
  embedFonts: boolean;
  heat: boolean;
  /** The emotion curve under the map (when the journey has one). */
  curve: boolean;
}

/** The last choices, for this session. */
let remembered: ImageChoices = {
  size: '2',
  width: 2400,
  paper: 'A4',
  dpiChoice: '300',
  customDpi: 600,
  background: 'white',
  embedFonts: true,
  heat: true,
  curve: true,
};

/** The heat overlay's name as the image dialog offers it, in the interface language ('' when no overlay is on). */
export function imageHeatTitle(heatMode: string): string {
  return isHeatMode(heatMode) ? i18n.t(LEGEND_TITLES[heatMode]) : '';
}

/** The DPI the choices ask for. */
export function chosenDpi(choice: Pick<ImageChoices, 'dpiChoice' | 'customDpi'>): number {
  return choice.dpiChoice === 'custom' ? choice.customDpi : Number(choice.dpiChoice);
}

/** The PNG's size for the choices, or why it cannot be made (a paper at a DPI too large for a canvas). */
export function imageRaster(
  drawing: { width: number; height: number },
  choice: ImageChoices,
): { raster: RasterSize; refusal: string | null } {
  if (choice.size === 'paper') {
    const r = dpiRasterSize(drawing, choice.paper, chosenDpi(choice));
    return r.ok
      ? { raster: { width: r.width, height: r.height, scale: r.scale, capped: false }, refusal: null }
      : { raster: { width: r.width, height: r.height, scale: 0, capped: false }, refusal: messageText(r.text) };
  }
  const size: ImageSize =
    choice.size === 'width' ? { kind: 'width', width: choice.width } : { kind: 'scale', scale: Number(choice.size) };
  return { raster: rasterSize(drawing, size), refusal: null };
}

const STEP_TEXT = {
  fonts: 'export.stepFonts',
  drawing: 'export.stepDrawingMap',
  loading: 'export.stepReadingDrawing',
  rasterising: 'export.stepPixels',
  encoding: 'export.stepEncodingPng',
  saving: 'export.stepSaving',
} as const;
export type ImageExportStep = keyof typeof STEP_TEXT;

/** A pixel count as the interface language writes it: "3,520" in English, "3 520" in Armenian. */
export function formatPx(n: number): string {
  return formatNumber(n, currentLanguage(), 0);
}

export interface ImageExportModel {
  choice: ImageChoices;
  /** Changes some choices and clears the last export error. */
  set: (patch: Partial<ImageChoices>) => void;
  /** The PNG's size in pixels for the current choices (capped at the largest an image can be). */
  raster: RasterSize;
  /** Why a PNG of these choices cannot be made (a paper at a DPI larger than a canvas), in one sentence. */
  refusal: string | null;
  /** The map has a heat overlay on, which the export may include. */
  heatOn: boolean;
  heatTitle: string;
  /** The journey has an emotion curve, which the image may show under the map. */
  curveShown: boolean;
  /** The language of the image's own words (legends, badges, default channel names). */
  language: ReportLanguage;
  setLanguage: (language: ReportLanguage) => void;
  /** How many columns side by side the image sets a map far taller than wide in (1: drawn whole). */
  columns: number;
  step: ImageExportStep | null;
  busy: boolean;
  /** The current step while busy. */
  statusText: string;
  /** Why the last export failed, in one sentence. */
  error: string | null;
  run: () => Promise<void>;
  cancel: () => void;
}

export function useImageExport(props: {
  doc: JourneyDocument;
  format: 'png' | 'svg';
  heatMode: string;
  onClose: () => void;
}): ImageExportModel {
  const { doc, format, heatMode, onClose } = props;
  const [choice, setChoice] = useState<ImageChoices>(remembered);
  const [step, setStep] = useState<ImageExportStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const busy = step !== null;
  const cancel = () => controller.current?.abort();
  const heatOn = isHeatMode(heatMode);
  const heatTitle = imageHeatTitle(heatMode);

  useEffect(() => {
    remembered = choice;
  }, [choice]);
  useEffect(() => () => controller.current?.abort(), []);

  // The drawing's size does not depend on fonts; measured once per heat choice, from the map's plan without
  // writing the drawing (which took seconds on the window's thread for thousands of touchpoints).
  // The map's own words in the report settings' label language, as the Markdown, workbook, deck and viewer.
  // The curve's journey line in the report settings' brand colour, as the report and the poster draw it.
  // The labels' language: the report settings' (the interface language until one is chosen there), or the one
  // chosen in this dialog.
  const { language: reportLanguage, brandColour } = useMemo(() => currentReportSettings(doc.journey.id), [doc]);
  const [language, setLanguage] = useState<ReportLanguage>(reportLanguage);
  const curveShown = useMemo(() => hasEmotionCurve(doc), [doc]);
  const drawing = useMemo(
    () => mapImageSize(doc, { heatMode: choice.heat ? heatMode : 'off', language, curve: choice.curve }),
    [doc, heatMode, choice.heat, choice.curve, language],
  );
  const { raster, refusal: sizeRefusal } = imageRaster(drawing, choice);
  const refusal = format === 'png' ? sizeRefusal : null;

  const set = (patch: Partial<ImageChoices>) => {
    setError(null);
    setChoice((c) => ({ ...c, ...patch }));
  };

  const run = async () => {
    if (refusal) {
      setError(refusal);
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    const check = () => {
      if (abort.signal.aborted) throw abortError();
    };
    setError(null);
    try {
      const embed = format === 'png' || choice.embedFonts;
      setStep(embed ? 'fonts' : 'drawing');
      const fonts = embed ? await loadReportFonts() : [];
      check();
      setStep('drawing');
      await yieldToUi();
      const image = buildMapImage(doc, {
        heatMode: choice.heat ? heatMode : 'off',
        background: choice.background,
        fonts,
        language,
        curve: choice.curve,
        brandColour,
      });
      check();
      let bytes: Uint8Array;
      let capped = false;
      if (format === 'png') {
        const { raster: target, refusal: late } = imageRaster(image, choice);
        if (late) throw new RasteriseError(late);
        capped = target.capped;
        bytes = await rasteriseSvg(image.svg, {
          width: target.width,
          height: target.height,
          background: choice.background,
          signal: abort.signal,
          onStep: (s) => setStep(s === 'drawing' ? 'rasterising' : s),
        });
        // Made for a paper at a DPI: the file says so, and prints at that paper's size.
        if (choice.size === 'paper') bytes = withPngDpi(bytes, chosenDpi(choice));
      } else {
        bytes = encoder.encode(image.svg);
      }
      check();
      setStep('saving');
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, format),
        filters: [
          format === 'png'
            ? { name: i18n.t('export.imageFilter', { format: 'PNG' }), extensions: ['png'] }
            : { name: i18n.t('export.imageFilter', { format: 'SVG' }), extensions: ['svg'] },
        ],
        bytes,
        mimeType: format === 'png' ? 'image/png' : 'image/svg+xml',
      });
      setStep(null);
      if (!saved) return;
      const done = i18n.t('export.saved', { name: saved.name });
      const size = `${formatPx(raster.width)} × ${formatPx(raster.height)} px`;
      toast.success(capped ? `${done} ${i18n.t('export.savedCapped', { size })}` : done);
      onClose();
    } catch (e) {
      setStep(null);
      if (!isAbort(e)) setError(describeExportError(e, format));
    } finally {
      controller.current = null;
    }
  };

  return {
    choice,
    set,
    raster,
    refusal,
    heatOn,
    heatTitle,
    curveShown,
    language,
    setLanguage: (next: ReportLanguage) => {
      setError(null);
      setLanguage(next);
    },
    columns: drawing.columns,
    step,
    busy,
    statusText: step ? i18n.t(STEP_TEXT[step]) : '',
    error,
    run,
    cancel,
  };
}
