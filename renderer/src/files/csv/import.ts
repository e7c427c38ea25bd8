/**
 * Turn mapped CSV rows into new stages and touchpoints. Bad rows are reported
 * with the row number a spreadsheet shows and skipped; good rows are kept.
 */
import { createStage, newOpportunity, newPainPoint } from '../../domain/factories';
import { newId, type JourneyId, type StageId } from '../../domain/ids';
import { sortStages, stageColumns, stageSlots } from '../../domain/layout';
import { TouchpointSchema, type Opportunity, type PainPoint, type Stage, type Touchpoint } from '../../domain/model';
import {
  DEFAULT_CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EMOTION_SCALE,
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  FRICTION_MAX,
  FRICTION_MIN,
  OPPORTUNITY_STATUSES,
  type EvidenceLevel,
  type OpportunityStatus,
} from '../../domain/vocabulary';
import { CSV_FIELD_LABELS, type CsvField, type CsvMapping } from './mapping';
import { DEFAULT_JSON_SHAPE_LIMITS } from '../journey/json-limits';
import { quotedCell, type CsvProblem, type CsvProblemCode } from './parse';

export interface CsvImportResult {
  /** Only the stages this import creates, in first-seen order; rows naming an existing stage reuse it. */
  stages: Stage[];
  /** New touchpoints, stacked inside their stage columns below any existing ones. */
  touchpoints: Touchpoint[];
  /** One per skipped row, with its spreadsheet row number (the header is row 1). */
  errors: CsvProblem[];
  /**
   * One per value left empty in a row that is imported all the same: an emotion or a friction score that is
   * not one (“abc”, 9), which would otherwise cost the row its title, thoughts and pain points.
   */
  warnings: CsvProblem[];
}

/** Stage for rows whose stage cell is empty when the journey has no stage yet. */
export const FALLBACK_STAGE_NAME = 'Imported';

const stageKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();

/** Undo the export's formula guard: a leading apostrophe before = + - @ is dropped. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

class RowError extends Error {
  constructor(
    readonly code: CsvProblemCode,
    message: string,
    readonly params?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** −3..+3 (also “+2”, “−2”), or a label of the emotion scale such as “Happy”. Empty is no emotion. */
export function parseEmotionCell(cell: string): number | null {
  const value = cell.trim();
  if (!value) return null;
  const number = /^([+\-−]?)(\d+)(?:[.,]0+)?$/.exec(value);
  if (number) {
    const score = Number(number[2]) * (number[1] === '-' || number[1] === '−' ? -1 : 1);
    if (score >= EMOTION_MIN && score <= EMOTION_MAX) return score;
  } else {
    const level = EMOTION_SCALE.find((l) => l.label.toLowerCase() === value.toLowerCase());
    if (level) return level.score;
  }
  const quoted = quotedCell(value);
  throw new RowError(
    'badEmotion',
    `Emotion “${quoted}” is not a number from −3 to +3 or a label such as Happy or Frustrated.`,
    { value: quoted },
  );
}

/** 0–5; empty is 0. */
export function parseFrictionCell(cell: string): number {
  const value = cell.trim();
  if (!value) return 0;
  const number = /^(\d+)(?:[.,]0+)?$/.exec(value);
  const score = number ? Number(number[1]) : NaN;
  if (score >= FRICTION_MIN && score <= FRICTION_MAX) return score;
  const quoted = quotedCell(value);
  throw new RowError('badFriction', `Friction “${quoted}” is not a whole number from 0 to 5.`, { value: quoted });
}

/**
 * Pain points separated by “;” or line breaks, each of severity 2 (moderate)
 * and its text kept exactly; with `readSeverity`, a trailing “(1)”, “(2)” or
 * “(3)” is read as the severity instead (the column is mapped as pain points
 * with severity).
 */
export function parsePainPointsCell(
  cell: string,
  options: { readSeverity?: boolean } = { readSeverity: true },
): { text: string; severity: 1 | 2 | 3 }[] {
  return cell
    .split(/;|\r?\n|\r/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = options.readSeverity ? /^(.*?)\s*\(([123])\)$/u.exec(part) : null;
      return m && m[1] ? { text: m[1], severity: Number(m[2]) as 1 | 2 | 3 } : { text: part, severity: 2 as const };
    });
}

/** An evidence level as exported (assumption, anecdote, research, data) or its label, any case; empty is none. */
export function parseEvidenceCell(
  cell: string,
  field: 'evidence' | 'painPointEvidence' = 'evidence',
): EvidenceLevel | null {
  const value = cell.trim().toLowerCase();
  if (!value) return null;
  const level = EVIDENCE_LEVELS.find((l) => l === value || EVIDENCE_LABELS[l].toLowerCase() === value);
  if (level) return level;
  const quoted = quotedCell(cell.trim());
  throw new RowError(
    'badEvidence',
    `${CSV_FIELD_LABELS[field]} “${quoted}” is not one of assumption, anecdote, research or data.`,
    { field, value: quoted },
  );
}

/** The lines of a cell that holds one value per pain point or opportunity, blank lines kept (they are “not set”). */
const cellLines = (cell: string) => (cell.trim() ? cell.split(/\r?\n|\r/) : []);

/** An opportunity score 1–5; empty is not scored. */
function parseScore(line: string, field: CsvField): number | null {
  const value = line.trim();
  if (!value) return null;
  const number = /^(\d+)(?:[.,]0+)?$/.exec(value);
  const score = number ? Number(number[1]) : NaN;
  if (score >= 1 && score <= 5) return score;
  const quoted = quotedCell(value);
  throw new RowError('badScore', `${CSV_FIELD_LABELS[field]} “${quoted}” is not a whole number from 1 to 5.`, {
    field,
    value: quoted,
  });
}

const OPPORTUNITY_LINE = new RegExp(`^(.*?)\\s*\\((${OPPORTUNITY_STATUSES.join('|')})(?:,\\s*(.+))?\\)$`, 'u');

/**
 * Opportunities one per line (or separated by “;” when the cell has no line
 * break), as the export writes them: “text (status)” or “text (status,
 * owner)”; any other line is the text of a new idea.
 */
export function parseOpportunitiesCell(cell: string): { text: string; status: OpportunityStatus; owner: string }[] {
  const parts = /\r?\n|\r/.test(cell) ? cell.split(/\r?\n|\r/) : cell.split(';');
  return parts
    .map((part) => unguardCell(part.trim()))
    .filter(Boolean)
    .map((part) => {
      const m = OPPORTUNITY_LINE.exec(part);
      return m && m[1]
        ? { text: m[1], status: m[2] as OpportunityStatus, owner: (m[3] ?? '').trim() }
        : { text: part, status: 'idea' as const, owner: '' };
    });
}

const SCORE_FIELDS = [
  ['customerValue', 'opportunityCustomerValue'],
  ['businessValue', 'opportunityBusinessValue'],
  ['effort', 'opportunityEffort'],
  ['confidence', 'opportunityConfidence'],
] as const;

function canonicalChannel(value: string): string {
  const known = DEFAULT_CHANNELS.find((c) => c === value.toLowerCase());
  return known ?? value;
}

const FIELD_BY_SCHEMA_KEY: Partial<Record<string, CsvField>> = {
  title: 'title',
  description: 'description',
  channel: 'channel',
  owner: 'owner',
  thoughts: 'thoughts',
  painPoints: 'painPoints',
};

export function csvToDocumentParts(
  rows: readonly (readonly string[])[],
  mapping: CsvMapping,
  journeyId: JourneyId,
  existingStages: readonly Stage[],
  existingTouchpoints: readonly Touchpoint[] = [],
): CsvImportResult {
  if (mapping.title === undefined) {
    return {
      stages: [],
      touchpoints: [],
      errors: [{ row: 1, code: 'noTitleColumn', message: 'Choose the column that holds the touchpoint titles.' }],
      warnings: [],
    };
  }
  const stagesByKey = new Map<string, Stage>();
  for (const s of sortStages(existingStages))
    if (!stagesByKey.has(stageKey(s.name))) stagesByKey.set(stageKey(s.name), s);
  const firstExisting = sortStages(existingStages)[0];
  let nextOrder = existingStages.reduce((max, s) => Math.max(max, s.order), -1) + 1;

  const newStages: Stage[] = [];
  // Each good row's touchpoint as the schema gave it back, before its stage's place is known.
  const drafts: { stageId: StageId; checked: Touchpoint }[] = [];
  const errors: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];

  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const cell = (field: CsvField): string => {
      const column = mapping[field];
      return column === undefined ? '' : unguardCell(row[column] ?? '');
    };
    if (row.every((c) => c.trim() === '')) return;
    /** A rating that is not one is left empty (`fallback`), said in a warning; the row is imported. */
    const rowWarnings: CsvProblem[] = [];
    const orEmpty = <T>(parse: () => T, fallback: T): T => {
      try {
        return parse();
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        rowWarnings.push({ row: rowNumber, code: error.code, params: error.params, message: error.message });
        return fallback;
      }
    };
    try {
      const title = cell('title').trim();
      if (!title) throw new RowError('noTitle', 'This row has no title.');
      const painPoints: PainPoint[] = [
        ...parsePainPointsCell(cell('painPoints'), { readSeverity: false }),
        ...parsePainPointsCell(cell('painPointsWithSeverity'), { readSeverity: true }),
      ].map((p) => newPainPoint(p.text, p.severity));
      // Line n of the evidence cell belongs to pain point n.
      cellLines(cell('painPointEvidence')).forEach((line, i) => {
        const pain = painPoints[i];
        if (pain) pain.evidence = parseEvidenceCell(line, 'painPointEvidence');
      });
      const opportunities: Opportunity[] = parseOpportunitiesCell(cell('opportunities')).map((o) => ({
        ...newOpportunity(o.text),
        status: o.status,
        owner: o.owner,
      }));
      for (const [key, field] of SCORE_FIELDS) {
        cellLines(cell(field)).forEach((line, i) => {
          const score = parseScore(line, field);
          const o = opportunities[i];
          if (o) o.scores = { ...o.scores, [key]: score };
        });
      }
      const fields = {
        title,
        description: cell('description').trim(),
        channel: canonicalChannel(cell('channel').trim()),
        owner: cell('owner').trim(),
        thoughts: cell('thoughts').trim(),
        emotion: orEmpty(() => parseEmotionCell(cell('emotion')), null),
        friction: { score: orEmpty(() => parseFrictionCell(cell('friction')), 0), types: [] },
        painPoints,
        opportunities,
        evidence: parseEvidenceCell(cell('evidence')),
      };
      const stageName = cell('stage').trim().replace(/\s+/gu, ' ');
      if (stageName.length > 1000)
        throw new RowError('stageTooLong', 'The stage name is longer than 1,000 characters.');

      // Validated once, before creating a stage, so a bad row leaves nothing behind; the schema's own result is
      // the touchpoint (its id, stage and place filled in below are valid by construction).
      const check = TouchpointSchema.safeParse({
        createdAt: Date.now(),
        ...fields,
        id: 'touchpoint:check',
        journeyId,
        stageId: 'stage:check',
      });
      if (!check.success) {
        const issue = check.error.issues[0]!;
        const key = String(issue.path[0] ?? '');
        const field = FIELD_BY_SCHEMA_KEY[key];
        throw new RowError('badField', `${field ? CSV_FIELD_LABELS[field] : key}: ${issue.message}.`, {
          field: field ?? key,
          detail: issue.message,
        });
      }

      let stage = stageName
        ? stagesByKey.get(stageKey(stageName))
        : (firstExisting ?? stagesByKey.get(stageKey(FALLBACK_STAGE_NAME)));
      if (!stage) {
        // A journey file holds no more (json-limits.ts): more would save, then refuse to open.
        if (existingStages.length + newStages.length >= DEFAULT_JSON_SHAPE_LIMITS.maxRecords.stages) {
          throw new RowError(
            'tooManyStages',
            'This row would add a new stage, and a journey holds at most 1,000 stages.',
          );
        }
        stage = createStage({ journeyId, name: stageName || FALLBACK_STAGE_NAME, order: nextOrder++ });
        newStages.push(stage);
        stagesByKey.set(stageKey(stage.name), stage);
      }
      drafts.push({ stageId: stage.id, checked: check.data });
      warnings.push(...rowWarnings);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      errors.push({ row: rowNumber, code: error.code, params: error.params, message: error.message });
    }
  });

  const columns = stageColumns([...existingStages, ...newStages]);
  const slot = stageSlots(columns, existingTouchpoints);
  const touchpoints = drafts.map(({ stageId, checked }): Touchpoint => ({
    ...checked,
    id: newId('touchpoint'),
    stageId,
    position: slot(stageId),
  }));
  return { stages: newStages, touchpoints, errors, warnings };
}
