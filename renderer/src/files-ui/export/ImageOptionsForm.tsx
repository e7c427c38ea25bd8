/** The image export's options: size (PNG), background, heat overlay and embedded fonts (SVG). */
import { useId } from 'react';
import { MAX_CANVAS_SIDE, MIN_IMAGE_WIDTH, type RasterSize } from '../../exports';
import { Segmented } from '../../ui/segmented';
import { formatPx, type ImageChoices } from './use-image-export';

export interface ImageOptionsFormProps {
  format: 'png' | 'svg';
  choice: ImageChoices;
  /** The PNG's size in pixels for these choices. */
  raster: RasterSize;
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
            ]}
            onChange={(size) => onChange({ size })}
          />
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
