/** The report's section checkboxes, with a note on chosen sections that are empty for this journey. */
import type { ReportSettings } from '../../exports';
import { getHost } from '../../platform';
import { REPORT_SECTION_IDS, type Labels, type SectionId } from '../../reports';
import type { SectionSummary } from './use-report-dialog';

export function ReportSectionsFieldset(props: {
  sections: ReportSettings['sections'];
  summary: SectionSummary;
  labels: Labels;
  disabled: boolean;
  onToggle: (id: SectionId, on: boolean) => void;
}) {
  const { sections, summary, labels } = props;
  return (
    <fieldset className="export-group" disabled={props.disabled}>
      <legend>Sections</legend>
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
          Empty, left out: {summary.leftOut.map((id) => labels.sections[id]).join(', ')}
        </p>
      )}
      {sections.toc && getHost().kind === 'web' && (
        // The browser's print dialog prints once, so nothing can see where the sections land.
        <p className="muted section-note">
          Printed from the browser, the contents list the sections without page numbers; the desktop app adds them.
        </p>
      )}
      {!summary.anySection && <p className="field-error">Choose at least one section.</p>}
      {summary.anySection && !summary.anyPrinted && (
        <p className="field-error">Every section you chose is empty for this journey; choose another section.</p>
      )}
    </fieldset>
  );
}
