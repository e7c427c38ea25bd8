/**
 * Whether an edited row still fits its table's schema, and when it does not,
 * why, in the words a user sees: the editor's last check before an edit
 * reaches the map and the autosave queue. Storage refuses a write holding a
 * row that does not fit, and a write is all of the window's unsaved rows
 * together, so one such row (a text past its limit that some path let
 * through) would hold back every later edit until it was undone. The check
 * stops the one edit, says which field and limit, and leaves the rest saving.
 */
import { fieldName } from './salvage-fields';
import { nameOf } from './salvage';
import { ROW_KIND_CODES, ROW_LABELS, ROW_SCHEMAS, type TableName } from './tables';
import type { UserMessage } from './user-message';

/** Why a row does not fit: in English (logs, tests) and as a message to translate. */
export interface Unfit {
  message: string;
  text: UserMessage;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Null when `row` fits `table`'s schema; else the first thing that does not, in words. */
export function unfitRow(table: TableName, row: unknown): Unfit | null {
  const parsed = ROW_SCHEMAS[table].safeParse(row);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const rowWord = ROW_LABELS[table];
  const kind: UserMessage = { code: ROW_KIND_CODES[table] };
  const name = nameOf(row);
  const path = (issue?.path ?? []).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  if (issue === undefined || path.length === 0) {
    return {
      message: `That change was not made: it would leave ${rowWord} “${name}” unreadable.`,
      text: { code: 'editRefusedRow', params: { row: kind, name } },
    };
  }
  const field = fieldName(table, path);
  const params = { field: field.text, row: kind, name };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'string') {
    return {
      message: `That change was not made: ${field.english} of ${rowWord} “${name}” can hold at most ${count(issue.maximum)} characters.`,
      text: { code: 'editRefusedLong', params: { ...params, max: issue.maximum } },
    };
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'array') {
    return {
      message: `That change was not made: ${field.english} of ${rowWord} “${name}” can hold at most ${count(issue.maximum)} items.`,
      text: { code: 'editRefusedMany', params: { ...params, max: issue.maximum } },
    };
  }
  return {
    message: `That change was not made: ${field.english} of ${rowWord} “${name}” cannot take that value.`,
    text: { code: 'editRefusedValue', params },
  };
}
