/**
 * The stages table without React: one row per stage (left to right), the
 * text of each cell and the row changes an edit makes, so the table edits
 * what the stage inspector edits (name, customer goal, description, colour,
 * width, sub-journey), through the same `updateStage` and one undo step each.
 */
import type { JourneyId } from '../domain/ids';
import { sortStages } from '../domain/layout';
import { LIMITS, type Stage } from '../domain/model';
import { STAGE_COLOURS, STAGE_WIDTH_MAX, STAGE_WIDTH_MIN } from '../domain/vocabulary';
import { updateStage } from '../session/edits';
import type { DocState, RowChange } from '../session/doc-state';
import {
  linkChoices,
  linkText,
  parseLink,
  parseNumber,
  type CellError,
  type ColumnKind,
  type TableContext,
} from './cells';

export type StageColumnKey = 'name' | 'customerGoal' | 'description' | 'colour' | 'width' | 'subJourney';

export interface StageColumn {
  key: StageColumnKey;
  kind: ColumnKind;
  /** Catalogue key of the header. */
  label: string;
}

/** The inspector's fields, in its order; the sub-journey only where the library's journeys are known. */
export function stageColumns(options: { subJourney?: boolean } = {}): StageColumn[] {
  return [
    { key: 'name', kind: 'text', label: 'table.stages.name' },
    { key: 'customerGoal', kind: 'long', label: 'table.stages.customerGoal' },
    { key: 'description', kind: 'long', label: 'table.stages.description' },
    { key: 'colour', kind: 'choice', label: 'table.stages.colour' },
    { key: 'width', kind: 'number', label: 'table.stages.width' },
    ...(options.subJourney === false
      ? []
      : [{ key: 'subJourney', kind: 'choice', label: 'table.stages.subJourney' } as StageColumn]),
  ];
}

/** The journey's stages, left to right. */
export function stageRows(doc: DocState): Stage[] {
  return sortStages(Object.values(doc.stages));
}

type Links = Pick<TableContext, 'links'>;

/** A cell's text as shown: the colour as its hex code, the sub-journey as the linked journey's title. */
export function readStageCell(s: Stage, key: StageColumnKey, context: Links): string {
  switch (key) {
    case 'name':
      return s.name;
    case 'customerGoal':
      return s.customerGoal;
    case 'description':
      return s.description;
    case 'colour':
      return s.colour;
    case 'width':
      return String(s.width);
    case 'subJourney':
      return linkText(s.linkedJourneyId, context);
  }
}

/** The value a cell's editor starts from: its text, except the sub-journey's, which is the linked journey's id. */
export function stageEditValue(s: Stage, key: StageColumnKey, context: Links): string {
  return key === 'subJourney' ? (s.linkedJourneyId ?? '') : readStageCell(s, key, context);
}

/**
 * The choices of a choice cell: the inspector's colours (a colour from
 * elsewhere, such as an imported file, stays one of them), or the library's
 * journeys and none. Undefined for a typed cell.
 */
export function stageChoices(
  s: Stage,
  key: StageColumnKey,
  context: Links,
): { value: string; label: string }[] | undefined {
  if (key === 'colour') {
    const colours: string[] = [...STAGE_COLOURS];
    if (!colours.includes(s.colour.toLowerCase())) colours.push(s.colour);
    return colours.map((c) => ({ value: c, label: c }));
  }
  if (key === 'subJourney') return linkChoices(s.linkedJourneyId, context);
  return undefined;
}

export type StageWrite = { ok: true; changes: RowChange[] } | { ok: false; error: CellError };

const refuse = (key: string, values?: Record<string, string | number>): StageWrite => ({
  ok: false,
  error: values ? { key, values } : { key },
});

/** The changes that set a stage's cell to a typed or chosen text; nothing changes when the text cannot be taken. */
export function writeStageCell(
  doc: DocState,
  id: string,
  key: StageColumnKey,
  text: string,
  context: Links,
): StageWrite {
  const s = doc.stages[id];
  if (!s || text === stageEditValue(s, key, context)) return { ok: true, changes: [] };
  let patch: Partial<Stage>;
  switch (key) {
    case 'name': {
      const name = text.replace(/[\r\n]+/g, ' ').trim();
      if (name === '') return refuse('table.errors.stageName');
      if (name.length > LIMITS.shortText) return refuse('table.errors.tooLong', { max: LIMITS.shortText });
      patch = { name };
      break;
    }
    case 'customerGoal':
    case 'description':
      if (text.length > LIMITS.longText) return refuse('table.errors.tooLong', { max: LIMITS.longText });
      patch = { [key]: text };
      break;
    case 'colour': {
      const typed = text.trim().toLowerCase();
      const hex = typed.startsWith('#') ? typed : `#${typed}`;
      const colour = STAGE_COLOURS.find((c) => c === hex) ?? (hex === s.colour.toLowerCase() ? s.colour : undefined);
      if (!colour) return refuse('table.errors.stageColour', { name: text.trim(), colours: STAGE_COLOURS.join(', ') });
      patch = { colour };
      break;
    }
    case 'width': {
      const n = parseNumber(text);
      if (n === null || !Number.isInteger(n) || n < STAGE_WIDTH_MIN || n > STAGE_WIDTH_MAX)
        return refuse('table.errors.stageWidth', { min: STAGE_WIDTH_MIN, max: STAGE_WIDTH_MAX });
      patch = { width: n };
      break;
    }
    case 'subJourney': {
      const parsed = parseLink(s.linkedJourneyId, text, context);
      if (!parsed.ok) return parsed;
      patch = { linkedJourneyId: parsed.value as JourneyId | null };
      break;
    }
  }
  return { ok: true, changes: updateStage(doc, id, patch) };
}
