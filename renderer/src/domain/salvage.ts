/**
 * What can be read of a journey that fails the strict schema: the answer to
 * "Open what can be read" when a file is damaged (a hand edit, a tool that
 * wrote a wrong type, a text cut short). A strict read refuses the whole
 * file for one bad value; here each record is read on its own and each value
 * it cannot take is put right the least lossy way, and listed:
 *
 * - a text or list longer than its limit is shortened to the limit;
 * - any other value that does not fit (a word where a number belongs, an
 *   unknown choice, a number out of range) is removed, so the field takes its
 *   default, as in a new record; inside a list, only the item is removed;
 * - a record that still cannot be read (its id or stage is missing or wrong)
 *   is left out;
 * - a collection that is not a list is left out as a whole.
 *
 * It returns null when the journey record itself cannot be read (no id): then
 * there is no journey to open. Dangling links are not its business: the
 * caller runs `repairReferences` on what it returns, as on any file.
 */
import type { z } from 'zod';
import { JourneyDocumentSchema } from './model';
import type { RestoreResult } from './document';
import { fieldName } from './salvage-fields';
import { CHILD_TABLES, ROW_KIND_CODES, ROW_LABELS, ROW_SCHEMAS, type TableName } from './tables';
import type { UserMessage } from './user-message';

/**
 * Most passes over one record: each pass puts right every value the schema names, and a second is needed only
 * where a removed value turns out to be required (then its holder goes, or the record).
 */
const MAX_PASSES_PER_ROW = 4;
/** Repairs listed one by one; the rest are counted in one last line. */
export const MAX_LISTED_REPAIRS = 200;

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A deep copy of plain JSON data (what a file's JSON parse gives), so the caller's value is never changed. */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyJson(v);
    return out;
  }
  return value;
}

/** The container holding the value at `path`, and the value's key in it; null when the path leads nowhere. */
function locate(root: unknown, path: readonly Key[]): { parent: Container; key: Key } | null {
  if (path.length === 0) return null;
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return null;
  }
  const key = path[path.length - 1]!;
  if (Array.isArray(node) ? typeof key === 'number' && key < node.length : isRecord(node))
    return { parent: node as Container, key };
  return null;
}

/** Shortens a text to `max` UTF-16 units without cutting a surrogate pair in two. */
function shorten(text: string, max: number): string {
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** One change, at `path` of the record (its keys and list places, as the schema names them). */
type Fix =
  | { kind: 'shortened'; path: Key[]; max: number; unit: 'characters' | 'items' }
  | { kind: 'reset'; path: Key[] }
  | { kind: 'item-removed'; path: Key[] };

/**
 * One change that brings `row` closer to its schema, for one issue: the
 * text or list shortened, or the value removed. False when nothing more can
 * be done (the same value removed already, or the issue is about the record
 * as a whole).
 */
function fixIssue(row: Record<string, unknown>, issue: z.core.$ZodIssue, removed: Set<string>): Fix | false {
  const path = issue.path.filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
  if (path.length === 0 || path.length !== issue.path.length) return false;
  const pathKey = path.map(String).join('.');
  const at = locate(row, path);
  if (!at) return false;
  const value = (at.parent as Record<Key, unknown>)[at.key];
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const max = issue.maximum;
    if (typeof value === 'string' && value.length > max) {
      (at.parent as Record<Key, unknown>)[at.key] = shorten(value, max);
      return { kind: 'shortened', path, max, unit: 'characters' };
    }
    if (Array.isArray(value) && value.length > max) {
      value.length = max;
      return { kind: 'shortened', path, max, unit: 'items' };
    }
  }
  if (removed.has(pathKey) || !(at.key in at.parent)) {
    // Missing, or removed already and still wrong: the value is required. Inside a list or map, its holder
    // goes instead; at the top, the record cannot be read.
    return path.length > 1 ? fixIssue(row, { ...issue, path: path.slice(0, -1) } as typeof issue, removed) : false;
  }
  removed.add(pathKey);
  if (Array.isArray(at.parent)) {
    at.parent.splice(at.key as number, 1);
    return { kind: 'item-removed', path };
  }
  delete at.parent[at.key as string];
  return { kind: 'reset', path };
}

/** A row read the way its schema takes it, with what had to change; null when it cannot be read. */
function salvageRow<S extends z.ZodType>(schema: S, input: unknown): { row: z.output<S>; fixes: Fix[] } | null {
  let result = schema.safeParse(input);
  if (result.success) return { row: result.data, fixes: [] };
  if (!isRecord(input)) return null;
  const row = copyJson(input) as Record<string, unknown>;
  const fixes: Fix[] = [];
  const removed = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES_PER_ROW && !result.success; pass++) {
    // Every issue of this pass, once per value, put right the last in the record first (removing an item of
    // a list then leaves the places of the items before it as the issues name them), listed in the order
    // the schema names them.
    const seen = new Set<string>();
    const issues = result.error.issues
      .map((issue, order) => ({ issue, order }))
      .filter(({ issue }) => {
        const key = JSON.stringify(issue.path);
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => comparePaths(b.issue.path, a.issue.path));
    const made: { fix: Fix; order: number }[] = [];
    for (const { issue, order } of issues) {
      const fix = fixIssue(row, issue, removed);
      if (!fix) return null;
      made.push({ fix, order });
    }
    fixes.push(...made.sort((a, b) => a.order - b.order).map((m) => m.fix));
    result = schema.safeParse(row);
  }
  return result.success ? { row: result.data, fixes } : null;
}

/** Document order of two issue paths: keys in turn (list places by number), a holder before what it holds. */
function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** A number as the English sentences write it (the interface writes it in its own language). */
const count = (n: number) => n.toLocaleString('en-US');

/** A record's name for a sentence about it: its title, name or text, cut short, else its id. */
export function nameOf(row: unknown): string {
  if (!isRecord(row)) return '?';
  for (const key of ['title', 'name', 'text', 'id'] as const) {
    const v = row[key];
    if (typeof v === 'string' && v.trim() !== '') return v.length > 60 ? `${shorten(v, 60)}…` : v;
  }
  return '?';
}

/** What can be read of `raw` (a migrated journey document), with each change listed; null: no journey in it. */
export function salvageDocument(raw: unknown): RestoreResult | null {
  if (!isRecord(raw)) return null;
  const repairs: string[] = [];
  const repairTexts: UserMessage[] = [];
  let unlisted = 0;
  const repaired = (message: string, text: UserMessage) => {
    if (repairs.length >= MAX_LISTED_REPAIRS) {
      unlisted++;
      return;
    }
    repairs.push(message);
    repairTexts.push(text);
  };
  // Each field is named in words (salvage-fields.ts): "the severity of pain point 2", not its path.
  const listFixes = (fixes: Fix[], table: TableName, name: string) => {
    const row: UserMessage = { code: ROW_KIND_CODES[table] };
    const rowWord = ROW_LABELS[table];
    for (const fix of fixes) {
      // Past the limit a change is only counted: no need to put its field in words.
      if (repairs.length >= MAX_LISTED_REPAIRS) {
        unlisted++;
        continue;
      }
      const field = fieldName(table, fix.path);
      if (fix.kind === 'shortened' && fix.unit === 'characters')
        repaired(`Shortened ${field.english} of ${rowWord} “${name}” to ${count(fix.max)} characters.`, {
          code: 'salvageShortenedText',
          params: { field: field.text, row, name, max: fix.max },
        });
      else if (fix.kind === 'shortened')
        repaired(`Shortened ${field.english} of ${rowWord} “${name}” to the first ${count(fix.max)}.`, {
          code: 'salvageShortenedList',
          params: { field: field.text, row, name, max: fix.max },
        });
      else if (fix.kind === 'item-removed')
        repaired(`Left out ${field.english} of ${rowWord} “${name}”: it could not be read.`, {
          code: 'salvageItemDropped',
          params: { field: field.text, row, name },
        });
      else
        repaired(`Reset ${field.english} of ${rowWord} “${name}”: its value could not be read.`, {
          code: 'salvageReset',
          params: { field: field.text, row, name },
        });
    }
  };

  const journey = salvageRow(ROW_SCHEMAS.journeys, raw.journey);
  if (!journey) return null;
  listFixes(journey.fixes, 'journeys', nameOf(journey.row));

  const document: Record<string, unknown> = { journey: journey.row };
  for (const table of CHILD_TABLES) {
    const row: UserMessage = { code: ROW_KIND_CODES[table] };
    const rowWord = ROW_LABELS[table];
    const input = raw[table];
    if (input === undefined) continue;
    if (!Array.isArray(input)) {
      repaired(`Left out every ${rowWord} in the file: they were not stored as a list.`, {
        code: 'salvageNotList',
        params: { row },
      });
      document[table] = [];
      continue;
    }
    const rows: unknown[] = [];
    for (const item of input) {
      const read = salvageRow(ROW_SCHEMAS[table] as z.ZodType, item);
      if (!read) {
        repaired(`Left out a ${rowWord} (“${nameOf(item)}”): it could not be read.`, {
          code: 'salvageDropped',
          params: { row, name: nameOf(item) },
        });
        continue;
      }
      listFixes(read.fixes, table, nameOf(read.row));
      rows.push(read.row);
    }
    document[table] = rows;
  }
  const whole = JourneyDocumentSchema.safeParse(document);
  if (!whole.success) return null;
  if (unlisted > 0) {
    repairs.push(`…and ${count(unlisted)} more ${unlisted === 1 ? 'change' : 'changes'}.`);
    repairTexts.push({ code: 'salvageMore', params: { count: unlisted } });
  }
  return { document: whole.data, repairs, repairTexts };
}
