/**
 * A pass over journey.json's UTF-8 bytes, before they are decoded or parsed:
 * it refuses a text longer than the schema allows, nesting deeper than a
 * journey has, or more records than Waymark opens, without building a single
 * string or object. `TextDecoder` and `JSON.parse` would otherwise build a
 * 50 MB text (and its copies) only for the schema to refuse it afterwards.
 * Broken JSON is left for the parser, which reports where it breaks.
 */
import { LIMITS } from '../../domain/model';

export interface JsonShapeLimits {
  /** Longest string, in UTF-16 code units (what the schema's `max` counts). */
  maxStringLength: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most records in each top-level list of the document. */
  maxRecords: Readonly<Record<RecordList, number>>;
}

export const RECORD_LISTS = ['stages', 'lanes', 'touchpoints', 'connections', 'notes', 'personas'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

export const DEFAULT_JSON_SHAPE_LIMITS: Readonly<JsonShapeLimits> = Object.freeze({
  maxStringLength: LIMITS.longText,
  maxDepth: 32,
  maxRecords: Object.freeze({
    stages: 1_000,
    lanes: 500,
    touchpoints: 20_000,
    connections: 40_000,
    notes: 10_000,
    personas: 500,
  }),
});

export type JsonShapeProblem =
  /** `path` is where the text sits, as the schema's issues name it (`touchpoints.0.description`). */
  | { kind: 'string'; length: number; limit: number; path: string }
  | { kind: 'depth'; limit: number }
  | { kind: 'records'; list: RecordList; limit: number };

interface Frame {
  array: boolean;
  /** Objects: the next string is a property name. */
  wantKey: boolean;
  /** Arrays: the next token starts an element. */
  wantValue: boolean;
  /** Objects: byte range of the last property name read (decoded only when needed). */
  keyStart: number;
  keyEnd: number;
  /** Arrays directly in the root object that hold records: which list. */
  list: RecordList | null;
  /** Arrays: elements started so far. */
  elements: number;
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const LIST_NAMES: ReadonlySet<string> = new Set(RECORD_LISTS);
/** Schema 1 files call connections `edges`. */
const listFor = (key: string): RecordList | null =>
  key === 'edges' ? 'connections' : LIST_NAMES.has(key) ? (key as RecordList) : null;

/** Where the current value sits: property names and array indexes from the root down. */
function pathOf(bytes: Uint8Array, stack: readonly Frame[], decoder: TextDecoder): string {
  return stack
    .map((f) => (f.array ? String(Math.max(0, f.elements - 1)) : decoder.decode(bytes.subarray(f.keyStart, f.keyEnd))))
    .join('.');
}

/** The first limit `bytes` (UTF-8 JSON) breaks, or null. Linear; builds no string unless it finds a problem. */
export function checkJsonShape(
  bytes: Uint8Array,
  limits: JsonShapeLimits = DEFAULT_JSON_SHAPE_LIMITS,
): JsonShapeProblem | null {
  const n = bytes.length;
  const stack: Frame[] = [];
  const decoder = new TextDecoder();
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (isSpace(b)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    // A value starts here: count it as an element of its array.
    if (top?.array && top.wantValue && b !== 0x5d) {
      top.wantValue = false;
      top.elements++;
      if (top.list && top.elements > limits.maxRecords[top.list]) {
        return { kind: 'records', list: top.list, limit: limits.maxRecords[top.list] };
      }
    }
    if (b === 0x22) {
      const start = i + 1;
      let units = 0;
      i++;
      while (i < n) {
        const c = bytes[i]!;
        if (c === 0x22) break;
        if (c === 0x5c) {
          units++;
          i += bytes[i + 1] === 0x75 ? 6 : 2;
          continue;
        }
        // UTF-8: a 4-byte sequence is a surrogate pair (2 units); continuation bytes add none.
        if (c < 0x80 || (c >= 0xc0 && c < 0xf0)) units++;
        else if (c >= 0xf0) units += 2;
        i++;
        if (units > limits.maxStringLength) {
          // Count on to the end of the string (cheaply) so the message can say how long it is.
          let more = units;
          while (i < n && bytes[i] !== 0x22) {
            const d = bytes[i]!;
            if (d === 0x5c) {
              more++;
              i += bytes[i + 1] === 0x75 ? 6 : 2;
              continue;
            }
            if (d < 0x80 || (d >= 0xc0 && d < 0xf0)) more++;
            else if (d >= 0xf0) more += 2;
            i++;
          }
          const isKey = top !== undefined && !top.array && top.wantKey;
          const path = pathOf(bytes, isKey ? stack.slice(0, -1) : stack, decoder);
          return { kind: 'string', length: more, limit: limits.maxStringLength, path };
        }
      }
      if (top && !top.array && top.wantKey) {
        top.wantKey = false;
        top.keyStart = start;
        top.keyEnd = i;
      }
      i++;
      continue;
    }
    if (b === 0x7b || b === 0x5b) {
      if (stack.length >= limits.maxDepth) return { kind: 'depth', limit: limits.maxDepth };
      const array = b === 0x5b;
      const list =
        array && stack.length === 1 && !top!.array && top!.keyEnd - top!.keyStart <= 32
          ? listFor(decoder.decode(bytes.subarray(top!.keyStart, top!.keyEnd)))
          : null;
      stack.push({ array, wantKey: !array, wantValue: array, keyStart: 0, keyEnd: 0, list, elements: 0 });
    } else if (b === 0x7d || b === 0x5d) {
      stack.pop();
    } else if (b === 0x2c) {
      if (top?.array) top.wantValue = true;
      else if (top) top.wantKey = true;
    }
    i++;
  }
  return null;
}
