/**
 * Options for the PNG and SVG exports of the whole map (never just the
 * viewport): size (PNG), background, heat overlay, embedded fonts (SVG).
 * A long export shows its step and can be cancelled; a failure says why and
 * saves nothing.
 */
import { FileImage } from 'lucide-react';
import { Segmented } from '../../ui/segmented';
import { ExportStatus } from './ExportStatus';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { heatLegend } from '../../domain/insights';
import type { JourneyDocument } from '../../domain/model';
import {
  buildMapImage,
  isHeatMode,
  MAX_CANVAS_SIDE,
  MIN_IMAGE_WIDTH,
  rasterSize,
  type ImageBackground,
  type ImageSize,
} from '../../exports';
import { journeyFileName } from '../../files';
import { getHost } from '../../platform';
import { ModalDialog } from '../../ui/Dialog';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { abortError, isAbort, rasteriseSvg, yieldToUi } from './rasterise';
import { loadReportFonts } from './report-assets';
import './export-dialogs.css';

const encoder = new TextEncoder();

type SizeChoice = '1' | '2' | 'width';

interface Remembered {
  size: SizeChoice;
  width: number;
  background: ImageBackground;
  embedFonts: boolean;
  heat: boolean;
}

/** The last choices, for this session. */
let remembered: Remembered = { size: '2', width: 2400, background: 'white', embedFonts: true, heat: true };

const STEP_TEXT = {
  fonts: 'Loading fonts…',
  drawing: 'Drawing the map…',
  loading: 'Reading the drawing…',
  rasterising: 'Drawing the pixels…',
  encoding: 'Encoding the PNG…',
  saving: 'Saving…',
} as const;
type Step = keyof typeof STEP_TEXT;

function formatPx(n: number): string {
  return n.toLocaleString('en');
}

export function ImageExportDialog(props: {
  doc: JourneyDocument;
  format: 'png' | 'svg';
  heatMode: string;
  onClose: () => void;
}) {
  const { doc, format, heatMode, onClose } = props;
  const [choice, setChoice] = useState<Remembered>(remembered);
  const [step, setStep] = useState<Step | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const ids = { status: useId(), width: useId() };
  const busy = step !== null;
  const cancel = () => controller.current?.abort();
  const heatOn = isHeatMode(heatMode);
  const heatTitle = heatOn ? heatLegend(heatMode).title : '';

  useEffect(() => {
    remembered = choice;
  }, [choice]);
  useEffect(() => () => controller.current?.abort(), []);

  // The drawing's size does not depend on fonts; measured once per heat choice.
  const drawing = useMemo(
    () => buildMapImage(doc, { heatMode: choice.heat ? heatMode : 'off' }),
    [doc, heatMode, choice.heat],
  );
  const size: ImageSize =
    choice.size === 'width' ? { kind: 'width', width: choice.width } : { kind: 'scale', scale: Number(choice.size) };
  const raster = rasterSize(drawing, size);

  const set = (patch: Partial<Remembered>) => {
    setError(null);
    setChoice((c) => ({ ...c, ...patch }));
  };

  const run = async () => {
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
      });
      check();
      let bytes: Uint8Array;
      let capped = false;
      if (format === 'png') {
        const target = rasterSize(image, size);
        capped = target.capped;
        bytes = await rasteriseSvg(image.svg, {
          width: target.width,
          height: target.height,
          background: choice.background,
          signal: abort.signal,
          onStep: (s) => setStep(s === 'drawing' ? 'rasterising' : s),
        });
      } else {
        bytes = encoder.encode(image.svg);
      }
      check();
      setStep('saving');
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, format),
        filters: [
          format === 'png' ? { name: 'PNG image', extensions: ['png'] } : { name: 'SVG image', extensions: ['svg'] },
        ],
        bytes,
        mimeType: format === 'png' ? 'image/png' : 'image/svg+xml',
      });
      setStep(null);
      if (!saved) return;
      const note = capped
        ? ` It was made ${formatPx(raster.width)} × ${formatPx(raster.height)} px, the largest size an image can have.`
        : '';
      toast.success(`Saved ${saved.name}.${note}`);
      onClose();
    } catch (e) {
      setStep(null);
      if (!isAbort(e)) setError(describeExportError(e, format));
    } finally {
      controller.current = null;
    }
  };

  const name = format === 'png' ? 'PNG' : 'SVG';
  return (
    <ModalDialog
      open
      className="export-dialog image-dialog"
      title={`${name} image of the map`}
      describedBy={ids.status}
      busy={busy}
      onClose={onClose}
      onEscapeWhileBusy={cancel}
      footer={
        <>
          <ExportStatus id={ids.status} error={error} busy={busy} text={step ? STEP_TEXT[step] : ''} />
          {busy ? (
            <button type="button" className="btn" onClick={cancel} disabled={step === 'saving'}>
              Cancel export
            </button>
          ) : (
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy}>
            <FileImage size={16} aria-hidden /> Export {name}…
          </button>
        </>
      }
    >
      <form className="export-options" onSubmit={(e) => e.preventDefault()}>
        <p className="muted">The whole map, every stage, not only the part on screen.</p>
        {format === 'png' && (
          <fieldset className="export-group" disabled={busy}>
            <legend>Size</legend>
            <Segmented
              label="Size"
              name="image-size"
              value={choice.size}
              options={[
                ['1', '1×'],
                ['2', '2×'],
                ['width', 'Width'],
              ]}
              onChange={(size) => set({ size })}
            />
            {choice.size === 'width' && (
              <label className="field" htmlFor={ids.width}>
                <span>Width in pixels</span>
                <input
                  id={ids.width}
                  className="input"
                  type="number"
                  min={MIN_IMAGE_WIDTH}
                  max={MAX_CANVAS_SIDE}
                  step={100}
                  value={choice.width}
                  onChange={(e) => {
                    const w = Math.round(Number(e.target.value));
                    if (Number.isFinite(w) && w > 0) set({ width: w });
                  }}
                />
              </label>
            )}
            <p className="muted" aria-live="polite">
              {formatPx(raster.width)} × {formatPx(raster.height)} px
            </p>
            {raster.capped && (
              <p className="field-warning">
                That is more than {formatPx(MAX_CANVAS_SIDE)} px on a side, the most an image can hold; it will be made
                {` ${formatPx(raster.width)} × ${formatPx(raster.height)} px`}.
              </p>
            )}
          </fieldset>
        )}
        <fieldset className="export-group" disabled={busy}>
          <legend>Background</legend>
          <Segmented
            label="Background"
            name="image-background"
            value={choice.background}
            options={[
              ['white', 'White'],
              ['transparent', 'Transparent'],
            ]}
            onChange={(background) => set({ background })}
          />
        </fieldset>
        {(heatOn || format === 'svg') && (
          <fieldset className="export-group" disabled={busy}>
            <legend>Content</legend>
            {heatOn && (
              <label className="check">
                <input type="checkbox" checked={choice.heat} onChange={(e) => set({ heat: e.target.checked })} />
                Heat overlay: {heatTitle}
              </label>
            )}
            {format === 'svg' && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={choice.embedFonts}
                  onChange={(e) => set({ embedFonts: e.target.checked })}
                />
                Embed fonts (larger file; the text looks the same on any computer)
              </label>
            )}
          </fieldset>
        )}
      </form>
    </ModalDialog>
  );
}
