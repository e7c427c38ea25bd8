/** The image export's options: size (PNG), background, heat overlay and embedded fonts (SVG). */
import { useId } from 'react';
import { MAX_CANVAS_SIDE, MAX_DPI, MIN_DPI, MIN_IMAGE_WIDTH, type RasterSize } from '../../exports';
import { Segmented } from '../../ui/segmented';
import { formatPx, type ImageChoices } from './use-image-export';

export interface ImageOptionsFormProps {
  format: 'png' | 'svg';
  choice: ImageChoices;
  /** The PNG's size in pixels for these choices. */
  raster: RasterSize;
  /** Why these choices cannot be made into a PNG, in one sentence. */
  refusal?: string | null;
  /** The map has a heat overlay on; its title names it. */
  heatOn: boolean;
  heatTitle: string;
  /** While an export runs, nothing can be changed. */
  disabled: boolean;
  onChange: (patch: Partial<ImageChoices>) => void;
}

export function ImageOptionsForm(props: ImageOptionsFormProps) {
  const { format, choice, raster, heatOn, disabled, onChange } = props;
  const widthId = useId();
  const dpiId = useId();
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <p className="muted">The whole map, every stage, not only the part on screen.</p>
      {format === 'png' && (
        <fieldset className="export-group" disabled={disabled}>
          <legend>Size</legend>
          <Segmented
            label="Size"
            name="image-size"
            value={choice.size}
            options={[
              ['1', '1×'],
              ['2', '2×'],
              ['width', 'Width'],
              ['paper', 'Paper and DPI'],
            ]}
            onChange={(size) => onChange({ size })}
          />
          {choice.size === 'paper' && (
            <>
              <Segmented
                label="Paper"
                name="image-paper"
                value={choice.paper}
                options={[
                  ['A4', 'A4'],
                  ['A3', 'A3'],
                  ['A2', 'A2'],
                  ['A1', 'A1'],
                  ['A0', 'A0'],
                ]}
                onChange={(paper) => onChange({ paper })}
              />
              <Segmented
                label="DPI"
                name="image-dpi"
                value={choice.dpiChoice}
                options={[
                  ['72', '72 DPI'],
                  ['150', '150 DPI'],
                  ['300', '300 DPI'],
                  ['custom', 'Custom'],
                ]}
                onChange={(dpiChoice) => onChange({ dpiChoice })}
              />
              {choice.dpiChoice === 'custom' && (
                <label className="field" htmlFor={dpiId}>
                  <span>Dots per inch</span>
                  <input
                    id={dpiId}
                    className="input"
                    type="number"
                    min={MIN_DPI}
                    max={MAX_DPI}
                    step={1}
                    value={Number.isFinite(choice.customDpi) ? choice.customDpi : ''}
                    onChange={(e) =>
                      onChange({ customDpi: e.target.value === '' ? Number.NaN : Number(e.target.value) })
                    }
                  />
                </label>
              )}
            </>
          )}
          {choice.size === 'width' && (
            <label className="field" htmlFor={widthId}>
              <span>Width in pixels</span>
              <input
                id={widthId}
                className="input"
                type="number"
                min={MIN_IMAGE_WIDTH}
                max={MAX_CANVAS_SIDE}
                step={100}
                value={choice.width}
                onChange={(e) => {
                  const w = Math.round(Number(e.target.value));
                  if (Number.isFinite(w) && w > 0) onChange({ width: w });
                }}
              />
            </label>
          )}
          {props.refusal ? (
            <p className="field-warning" role="alert">
              {props.refusal}
            </p>
          ) : (
            <p className="muted" aria-live="polite">
              {formatPx(raster.width)} × {formatPx(raster.height)} px
            </p>
          )}
          {raster.capped && (
            <p className="field-warning">
              That is more than {formatPx(MAX_CANVAS_SIDE)} px on a side, the most an image can hold; it will be made
              {` ${formatPx(raster.width)} × ${formatPx(raster.height)} px`}.
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="export-group" disabled={disabled}>
        <legend>Background</legend>
        <Segmented
          label="Background"
          name="image-background"
          value={choice.background}
          options={[
            ['white', 'White'],
            ['transparent', 'Transparent'],
          ]}
          onChange={(background) => onChange({ background })}
        />
      </fieldset>
      {(heatOn || format === 'svg') && (
        <fieldset className="export-group" disabled={disabled}>
          <legend>Content</legend>
          {heatOn && (
            <label className="check">
              <input type="checkbox" checked={choice.heat} onChange={(e) => onChange({ heat: e.target.checked })} />
              Heat overlay: {props.heatTitle}
            </label>
          )}
          {format === 'svg' && (
            <label className="check">
              <input
                type="checkbox"
                checked={choice.embedFonts}
                onChange={(e) => onChange({ embedFonts: e.target.checked })}
              />
              Embed fonts (larger file; the text looks the same on any computer)
            </label>
          )}
        </fieldset>
      )}
    </form>
  );
}
