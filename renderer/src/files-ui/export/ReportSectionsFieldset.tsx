/** The report's section checkboxes, with a note on chosen sections that are empty for this journey. */
import type { ReportSettings } from '../../exports';
import { getHost } from '../../platform';
import { REPORT_SECTION_IDS, type Labels, type SectionId } from '../../reports';
import type { SectionSummary } from './use-report-dialog';
import { useTranslation } from '../../i18n';

export function ReportSectionsFieldset(props: {
  sections: ReportSettings['sections'];
  summary: SectionSummary;
  labels: Labels;
  disabled: boolean;
  onToggle: (id: SectionId, on: boolean) => void;
}) {
  const { sections, summary, labels } = props;
  const { t } = useTranslation();
  return (
    <fieldset className="export-group" disabled={props.disabled}>
      <legend>{t('export.sections')}</legend>
      <div className="section-list">
        {REPORT_SECTION_IDS.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" checked={sections[id]} onChange={(e) => props.onToggle(id, e.target.checked)} />
            {labels.sections[id]}
          </label>
        ))}
      </div>
      {summary.leftOut.length > 0 && (
        <p className="muted section-note">
          {t('export.leftOut', { sections: summary.leftOut.map((id) => labels.sections[id]).join(', ') })}
        </p>
      )}
      {sections.toc && getHost().pdfTarget() === 'print-dialog' && (
        // The browser's print dialog prints once, so nothing can see where the sections land.
        <p className="muted section-note">{t('export.tocInBrowser')}</p>
      )}
      {!summary.anySection && <p className="field-error">{t('export.chooseSection')}</p>}
      {summary.anySection && !summary.anyPrinted && <p className="field-error">{t('export.sectionsEmpty')}</p>}
    </fieldset>
  );
}
