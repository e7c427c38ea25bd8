/** The report dialog's options: paper, brand, sections and label language. */
import type { ReportSettings } from '../../exports';
import type { Labels, SectionId } from '../../reports';
import { Segmented } from '../../ui/segmented';
import { ReportBrandFieldset } from './ReportBrandFieldset';
import { ReportSectionsFieldset } from './ReportSectionsFieldset';
import { LabelLanguageFieldset } from './LabelLanguageFieldset';
import type { SectionSummary } from './use-report-dialog';
import { i18n, useTranslation } from '../../i18n';

/** Each language in its own name, so a reader finds theirs whatever the UI language. */
export interface ReportSettingsFormProps {
  settings: ReportSettings;
  sections: SectionSummary;
  labels: Labels;
  logoMessage: string | null;
  /** While an export runs, nothing can be changed. */
  disabled: boolean;
  onChange: (patch: Partial<ReportSettings>) => void;
  onToggleSection: (id: SectionId, on: boolean) => void;
  onPickLogo: (file: File | undefined) => void;
  onRemoveLogo: () => void;
}

const orientationOptions = () =>
  [
    ['portrait', i18n.t('export.portrait')],
    ['landscape', i18n.t('export.landscape')],
  ] as const;

export function ReportSettingsForm(props: ReportSettingsFormProps) {
  const { settings, disabled, onChange } = props;
  const { t } = useTranslation();
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="export-group" disabled={disabled}>
        <legend>{t('export.paper')}</legend>
        <label className="field">
          <span>{t('export.pageSize')}</span>
          <select
            className="input"
            value={settings.pageSize}
            onChange={(e) => onChange({ pageSize: e.target.value === 'Letter' ? 'Letter' : 'A4' })}
          >
            <option value="A4">{t('export.pageA4', { size: '210 × 297 mm' })}</option>
            <option value="Letter">{t('export.pageLetter', { size: '8.5 × 11 in' })}</option>
          </select>
        </label>
        <Segmented
          label={t('export.orientation')}
          name="report-orientation"
          value={settings.orientation}
          options={orientationOptions()}
          onChange={(orientation) => onChange({ orientation })}
        />
      </fieldset>

      <ReportBrandFieldset
        brandColour={settings.brandColour}
        logo={settings.logo}
        logoMessage={props.logoMessage}
        disabled={disabled}
        onChange={onChange}
        onPickLogo={props.onPickLogo}
        onRemoveLogo={props.onRemoveLogo}
      />

      <ReportSectionsFieldset
        sections={settings.sections}
        summary={props.sections}
        labels={props.labels}
        disabled={disabled}
        onToggle={props.onToggleSection}
      />

      <LabelLanguageFieldset
        label={t('export.reportLabels')}
        value={settings.language}
        disabled={disabled}
        onChange={(language) => onChange({ language })}
      />
    </form>
  );
}
