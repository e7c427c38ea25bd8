import { REPORT_LANGUAGES, type ReportLanguage } from '../../reports';
import { isUiLanguage, LANGUAGE_NAMES, useTranslation } from '../../i18n';

/**
 * The language a deliverable prints its own words in (the report's and the
 * poster's labels), each language in its own name; independent of the
 * interface language.
 */
export function LabelLanguageFieldset(props: {
  /** What the choice is called: "Report labels", "Poster labels". */
  label: string;
  value: ReportLanguage;
  disabled: boolean;
  onChange: (language: ReportLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-group" disabled={props.disabled}>
      <legend>{t('export.language')}</legend>
      <label className="field">
        <span>{props.label}</span>
        <select
          className="input"
          value={props.value}
          onChange={(e) => {
            const value = e.target.value;
            const lang = REPORT_LANGUAGES.find((l) => l === value);
            if (lang) props.onChange(lang);
          }}
        >
          {REPORT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {isUiLanguage(l) ? LANGUAGE_NAMES[l] : l}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
