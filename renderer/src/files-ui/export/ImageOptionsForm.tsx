/** The image export's options: size (PNG), background, heat overlay, emotion curve and embedded fonts (SVG). */
import { useId } from 'react';
import { MAX_CANVAS_SIDE, MAX_DPI, MIN_DPI, MIN_IMAGE_WIDTH, type RasterSize } from '../../exports';
import type { ReportLanguage } from '../../reports';
import { Segmented } from '../../ui/segmented';
import { LabelLanguageFieldset } from './LabelLanguageFieldset';
import { formatPx, type ImageChoices } from './use-image-export';
import { i18n, useTranslation } from '../../i18n';

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
  /** The journey has an emotion curve, which the image may show under the map. */
  curveShown?: boolean;
  /** The language of the image's own words, and its change (no choice shown without it). */
  language?: ReportLanguage;
  onLanguage?: (language: ReportLanguage) => void;
  /** How many columns side by side the image sets a map far taller than wide in; 1 (the default) when drawn whole. */
  columns?: number;
  /** While an export runs, nothing can be changed. */
  disabled: boolean;
  onChange: (patch: Partial<ImageChoices>) => void;
}

/** Paper names and DPI figures are the same in every language; the words come from the catalogue at render time. */
const sizeOptions = () =>
  [
    ['1', '1×'],
    ['2', '2×'],
    ['width', i18n.t('export.sizeWidth')],
    ['paper', i18n.t('export.sizePaper', { dpi: 'DPI' })],
  ] as const;
const PAPER_OPTIONS = [
  ['A4', 'A4'],
  ['A3', 'A3'],
  ['A2', 'A2'],
  ['A1', 'A1'],
  ['A0', 'A0'],
] as const;
const dpiOptions = () =>
  [
    ['72', '72 DPI'],
    ['150', '150 DPI'],
    ['300', '300 DPI'],
    ['custom', i18n.t('export.dpiCustom')],
  ] as const;
const backgroundOptions = () =>
  [
    ['white', i18n.t('export.white')],
    ['transparent', i18n.t('export.transparent')],
  ] as const;
/** The unit's name, the same in every language. */
const DPI = 'DPI';
const pixelSize = (raster: RasterSize) => `${formatPx(raster.width)} × ${formatPx(raster.height)} px`;

export function ImageOptionsForm(props: ImageOptionsFormProps) {
  const { format, choice, raster, heatOn, disabled, onChange } = props;
  const widthId = useId();
  const dpiId = useId();
  const { t } = useTranslation();
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <p className="muted">{t('export.wholeMap')}</p>
      {(props.columns ?? 1) > 1 && <p className="muted">{t('export.inColumns', { count: props.columns })}</p>}
      {format === 'png' && (
        <fieldset className="export-group" disabled={disabled}>
          <legend>{t('export.size')}</legend>
          <Segmented
            label={t('export.size')}
            name="image-size"
            value={choice.size}
            options={sizeOptions()}
            onChange={(size) => onChange({ size })}
          />
          {choice.size === 'paper' && (
            <>
              <Segmented
                label={t('export.paper')}
                name="image-paper"
                value={choice.paper}
                options={PAPER_OPTIONS}
                onChange={(paper) => onChange({ paper })}
              />
              <Segmented
                label={DPI}
                name="image-dpi"
                value={choice.dpiChoice}
                options={dpiOptions()}
                onChange={(dpiChoice) => onChange({ dpiChoice })}
              />
              {choice.dpiChoice === 'custom' && (
                <label className="field" htmlFor={dpiId}>
                  <span>{t('export.dotsPerInch', { dpi: 'DPI' })}</span>
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
              <span>{t('export.widthPx', { unit: 'px' })}</span>
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
              {pixelSize(raster)}
            </p>
          )}
          {raster.capped && (
            <p className="field-warning">
              {t('export.capped', {
                max: `${formatPx(MAX_CANVAS_SIDE)} px`,
                size: pixelSize(raster),
              })}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="export-group" disabled={disabled}>
        <legend>{t('export.background')}</legend>
        <Segmented
          label={t('export.background')}
          name="image-background"
          value={choice.background}
          options={backgroundOptions()}
          onChange={(background) => onChange({ background })}
        />
      </fieldset>
      {(heatOn || props.curveShown || format === 'svg') && (
        <fieldset className="export-group" disabled={disabled}>
          <legend>{t('export.content')}</legend>
          {heatOn && (
            <label className="check">
              <input type="checkbox" checked={choice.heat} onChange={(e) => onChange({ heat: e.target.checked })} />
              {t('export.heatOverlay', { title: props.heatTitle })}
            </label>
          )}
          {props.curveShown && (
            <label className="check">
              <input type="checkbox" checked={choice.curve} onChange={(e) => onChange({ curve: e.target.checked })} />
              {t('export.curveUnderMap')}
            </label>
          )}
          {format === 'svg' && (
            <label className="check">
              <input
                type="checkbox"
                checked={choice.embedFonts}
                onChange={(e) => onChange({ embedFonts: e.target.checked })}
              />
              {t('export.embedFonts')}
            </label>
          )}
        </fieldset>
      )}
      {props.language && props.onLanguage && (
        <LabelLanguageFieldset
          label={t('export.imageLabels')}
          value={props.language}
          disabled={disabled}
          onChange={props.onLanguage}
        />
      )}
    </form>
  );
}
