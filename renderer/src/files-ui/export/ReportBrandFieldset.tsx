/** The report's brand colour (picker and hex text) and logo (choose, replace, remove). */
import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { LOGO_MAX_BYTES, type ReportSettings } from '../../exports';
import { useTranslation } from '../../i18n';
import { fileSizeText } from '../file-errors';

const HEX = /^#[0-9a-fA-F]{6}$/;

export function ReportBrandFieldset(props: {
  brandColour: string;
  logo: ReportSettings['logo'];
  logoMessage: string | null;
  disabled: boolean;
  onChange: (patch: Partial<ReportSettings>) => void;
  onPickLogo: (file: File | undefined) => void;
  onRemoveLogo: () => void;
}) {
  const { logo, onChange } = props;
  // What is typed in the hex field, which may be half a colour until it is whole.
  const [colourText, setColourText] = useState(props.brandColour);
  const ids = { logo: useId(), colour: useId() };
  const { t } = useTranslation();
  return (
    <fieldset className="export-group" disabled={props.disabled}>
      <legend>{t('export.brand')}</legend>
      <div className="field">
        <label htmlFor={ids.colour}>{t('export.brandColour')}</label>
        <div className="colour-row">
          <input
            type="color"
            aria-label={t('export.brandColourPicker')}
            value={props.brandColour}
            onChange={(e) => {
              setColourText(e.target.value);
              onChange({ brandColour: e.target.value });
            }}
          />
          <input
            id={ids.colour}
            className="input"
            value={colourText}
            spellCheck={false}
            maxLength={7}
            aria-invalid={!HEX.test(colourText)}
            onChange={(e) => {
              setColourText(e.target.value);
              if (HEX.test(e.target.value)) onChange({ brandColour: e.target.value.toLowerCase() });
            }}
          />
        </div>
      </div>
      <div className="field">
        <span id={ids.logo}>{t('export.logo', { size: fileSizeText(LOGO_MAX_BYTES), png: 'PNG', jpeg: 'JPEG' })}</span>
        <div className="logo-row">
          {logo ? (
            <img
              className="logo-thumb"
              src={`data:${logo.type};base64,${logo.dataBase64}`}
              alt={t('export.chosenLogo')}
            />
          ) : (
            <span className="muted">{t('export.noLogo')}</span>
          )}
          <label className="btn file-btn">
            <ImagePlus size={16} aria-hidden />
            {logo ? t('export.replaceLogo') : t('export.chooseLogo')}
            <input
              type="file"
              accept="image/png,image/jpeg"
              aria-labelledby={ids.logo}
              onChange={(e) => {
                props.onPickLogo(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          {logo && (
            <button
              type="button"
              className="btn btn-ghost icon-btn"
              aria-label={t('export.removeLogo')}
              title={t('export.removeLogo')}
              onClick={props.onRemoveLogo}
            >
              <Trash2 size={16} />
            </button>
          )}
        </div>
        {props.logoMessage && (
          <p className="field-error" role="alert">
            {props.logoMessage}
          </p>
        )}
      </div>
    </fieldset>
  );
}
