/**
 * The mapping step of a CSV import: which column feeds which touchpoint
 * field, and a live preview of the first rows as they will import, with the
 * rows that will be skipped listed by their spreadsheet row number.
 */
import { FileSpreadsheet, TriangleAlert } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import type { JourneyId } from '../domain/ids';
import type { Stage, Touchpoint } from '../domain/model';
import { emotionColour } from '../domain/vocabulary';
import { EmotionFace } from '../editor/canvas/EmotionFace';
import { CSV_FIELDS, PAIN_POINT_FIELDS, type CsvField, type CsvMapping, type CsvProblem } from '../files';
import { ModalDialog } from '../ui/Dialog';
import type { CsvImportRequest } from './csv-import-state';
import {
  buildCsvPreview,
  csvFileMeta,
  csvImportButtonText,
  describeImport,
  type CsvPreview,
  type PreviewedImport,
  type PreviewRow,
} from './csv-preview';
import './files-ui.css';
import { countParams, countText, i18n, useTranslation } from '../i18n';
import { emotionName } from '../i18n/vocabulary';
import { CSV_FIELD_NAMES, csvProblemText } from './csv-problems';
import { textHead } from '../ui/text-head';

/** How many skipped rows the dialog lists; the rest are counted. */
const LISTED_ERRORS = 50;

const FIELD_HINTS: Partial<Record<CsvField, string>> = {
  stage: 'files.csvHintStage',
  title: 'files.csvHintTitle',
  emotion: 'files.csvHintEmotion',
  painPoints: 'files.csvHintPainPoints',
  painPointsWithSeverity: 'files.csvHintSeverity',
  friction: 'files.csvHintFriction',
};

export interface CsvImportTarget {
  journeyId: JourneyId;
  stages: readonly Stage[];
  touchpoints: readonly Touchpoint[];
}

export interface CsvImportChoices {
  /** Remove the journey's stages (all empty) and use the file's stages instead. */
  replaceEmptyStages: boolean;
  /** The preview's result, which the import takes when the journey has not changed since. */
  previewed?: PreviewedImport;
}

/** A journey with stages but no touchpoint yet: its stages may give way to the file's. */
export const canReplaceStages = (target: CsvImportTarget) =>
  target.touchpoints.length === 0 && target.stages.length > 0;

export function CsvImportDialog(props: {
  request: CsvImportRequest;
  target: CsvImportTarget;
  onImport: (mapping: CsvMapping, choices: CsvImportChoices) => void;
  onClose: () => void;
}) {
  const { request, target } = props;
  const { parsed } = request;
  const [mapping, setMapping] = useState<CsvMapping>(parsed.suggestedMapping);
  const offerReplace = canReplaceStages(target);
  const [replaceEmptyStages, setReplaceEmptyStages] = useState(offerReplace);
  const replacing = offerReplace && replaceEmptyStages;
  const previewTarget = useMemo(() => (replacing ? { ...target, stages: [] } : target), [replacing, target]);
  const preview = useMemo(() => buildCsvPreview(parsed, mapping, previewTarget), [parsed, mapping, previewTarget]);
  const sectionId = useId();
  const { t } = useTranslation();

  const count = preview.result.touchpoints.length;
  const setField = (field: CsvField, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      // One column is read as pain points one way or the other, not both.
      for (const other of PAIN_POINT_FIELDS) {
        if (other !== field && PAIN_POINT_FIELDS.includes(field) && next[other] === next[field]) delete next[other];
      }
      return next;
    });

  return (
    <ModalDialog
      open
      className="csv-dialog"
      title={t('files.csvTitle')}
      closeLabel={t('files.csvCloseWithout')}
      onClose={props.onClose}
      footer={
        <>
          <span className="files-dialog-status" role="status">
            {preview.mappingProblem ? '' : describeImport(preview)}
          </span>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('dialogs.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={count === 0}
            onClick={() =>
              props.onImport(mapping, {
                replaceEmptyStages: replacing,
                previewed: { mapping, replace: replacing, seen: target, result: preview.result },
              })
            }
          >
            {csvImportButtonText(count)}
          </button>
        </>
      }
    >
      <div className="modal-dialog-body files-dialog-body">
        <section className="csv-source" aria-label={t('files.csvFile')}>
          <FileSpreadsheet size={18} aria-hidden />
          <div>
            <div className="csv-file-name">{request.fileName}</div>
            <div className="muted csv-file-meta">{csvFileMeta(parsed)}</div>
            <ul className="csv-columns" aria-label={t('files.csvColumnsInFile')}>
              {parsed.columns.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby={`${sectionId}-map`}>
          <h3 id={`${sectionId}-map`} className="files-section-title">
            {t('files.csvWhichColumn')}
          </h3>
          <div className="csv-mapping">
            {CSV_FIELDS.map((field) => (
              <label key={field} className="csv-mapping-field">
                <span className="csv-mapping-label">
                  {t(CSV_FIELD_NAMES[field])}
                  {FIELD_HINTS[field] && <span className="muted"> · {t(FIELD_HINTS[field])}</span>}
                </span>
                <select
                  className="input"
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(e) => setField(field, e.target.value)}
                >
                  <option value="">{t('files.csvNotImported')}</option>
                  {parsed.columns.map((c, i) => (
                    <option key={i} value={String(i)}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </section>

        {offerReplace && (
          <label className="csv-replace-stages">
            <input
              type="checkbox"
              checked={replaceEmptyStages}
              onChange={(e) => setReplaceEmptyStages(e.target.checked)}
            />
            <span>
              {t('files.csvReplaceStages', countParams(target.stages.length))}
              <span className="muted"> · {sortedNames(target.stages)}</span>
            </span>
          </label>
        )}

        <section aria-labelledby={`${sectionId}-preview`}>
          <h3 id={`${sectionId}-preview`} className="files-section-title">
            {t('files.csvPreview')}
          </h3>
          {preview.mappingProblem ? (
            <p className="csv-problem" role="alert">
              <TriangleAlert size={16} aria-hidden /> {preview.mappingProblem}
            </p>
          ) : (
            <PreviewTable preview={preview} mapping={mapping} />
          )}
          {parsed.problems.length > 0 && (
            <p className="csv-warning">
              <TriangleAlert size={16} aria-hidden />{' '}
              {t('files.csvQuotingProblem', {
                row: countText(parsed.problems[0]!.row),
                problem: csvProblemText(parsed.problems[0]!),
              })}
            </p>
          )}
        </section>

        {!preview.mappingProblem && (
          <>
            <RowProblems
              id={`${sectionId}-errors`}
              title={t('files.csvWillSkip', countParams(preview.result.errors.length))}
              listLabel={t('files.csvSkippedList')}
              problems={preview.result.errors}
            />
            <RowProblems
              id={`${sectionId}-warnings`}
              title={t('files.csvWillEmpty', countParams(preview.result.warnings.length))}
              listLabel={t('files.csvEmptiedList')}
              problems={preview.result.warnings}
            />
          </>
        )}
      </div>
    </ModalDialog>
  );
}

function sortedNames(stages: readonly Stage[]): string {
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => s.name)
    .join(', ');
}

/** The mapped fields, in the dialog's order, that get a preview column. */
const PREVIEW_FIELDS: readonly CsvField[] = CSV_FIELDS;

function cellText(row: Extract<PreviewRow, { kind: 'touchpoint' }>, field: CsvField) {
  const t = row.touchpoint;
  switch (field) {
    case 'stage':
      return (
        <>
          {row.stageName}
          {row.newStage && <span className="csv-new-badge">{i18n.t('files.csvNewBadge')}</span>}
        </>
      );
    case 'title':
      return t.title;
    case 'description':
      return <span className="csv-clamp">{textHead(t.description)}</span>;
    case 'channel':
      return t.channel;
    case 'emotion':
      return t.emotion === null ? (
        ''
      ) : (
        <span className="csv-emotion" style={{ color: emotionColour(t.emotion) }}>
          <EmotionFace score={t.emotion} />
          <span>
            {t.emotion > 0 ? `+${t.emotion}` : t.emotion} {emotionName(t.emotion)}
          </span>
        </span>
      );
    case 'painPoints':
    case 'painPointsWithSeverity':
      return (
        <span className="csv-clamp">
          {textHead(
            t.painPoints
              .map((p) => i18n.t('files.csvPainSeverity', { text: textHead(p.text), severity: p.severity }))
              .join('; '),
          )}
        </span>
      );
    case 'friction':
      return String(t.friction.score);
    case 'thoughts':
      return <span className="csv-clamp">{textHead(t.thoughts)}</span>;
    case 'owner':
      return t.owner;
  }
}

/** Problems of the file's rows by spreadsheet row, the first LISTED_ERRORS of them: rows skipped, or values left empty. */
function RowProblems(props: { id: string; title: string; listLabel: string; problems: readonly CsvProblem[] }) {
  const { t } = useTranslation();
  const { problems } = props;
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id} className="files-section-title csv-errors-title">
        {props.title}
      </h3>
      <ul className="csv-errors" aria-label={props.listLabel}>
        {problems.slice(0, LISTED_ERRORS).map((e, i) => (
          <li key={`${e.row}:${i}`}>
            <strong>{t('files.csvRowLabel', { row: countText(e.row) })}</strong> {csvProblemText(e)}
          </li>
        ))}
        {problems.length > LISTED_ERRORS && (
          <li className="muted">{t('files.csvAndMore', { n: countText(problems.length - LISTED_ERRORS) })}</li>
        )}
      </ul>
    </section>
  );
}

function PreviewTable({ preview, mapping }: { preview: CsvPreview; mapping: CsvMapping }) {
  // The stage column is always shown: rows without one land in a stage too.
  const fields = PREVIEW_FIELDS.filter((f) => f === 'stage' || mapping[f] !== undefined);
  const { t } = useTranslation();
  return (
    <div className="csv-preview-scroll">
      <table className="csv-preview">
        <caption className="sr-only">{t('files.csvPreviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('files.csvRow')}</th>
            {fields.map((f) => (
              <th key={f} scope="col">
                {t(CSV_FIELD_NAMES[f])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) =>
            row.kind === 'error' ? (
              <tr key={row.row} className="csv-row-error">
                <th scope="row">{row.row}</th>
                <td colSpan={fields.length}>
                  <TriangleAlert size={14} aria-hidden /> {t('files.csvSkipped', { problem: row.message })}
                </td>
              </tr>
            ) : (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {fields.map((f) => (
                  <td key={f} className={`csv-cell-${f}`}>
                    {cellText(row, f)}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {preview.result.touchpoints.length + preview.result.errors.length > preview.rows.length && (
        <p className="muted csv-preview-more">
          {t('files.csvShowingFirst', {
            shown: countText(preview.rows.length),
            count: countText(preview.result.touchpoints.length + preview.result.errors.length),
          })}
        </p>
      )}
    </div>
  );
}
