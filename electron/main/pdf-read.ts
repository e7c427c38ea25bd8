/**
 * A small reader of the PDFs Chromium (Skia) writes: classic xref tables
 * (followed back through `/Prev`, so a file with incremental updates reads
 * as its newest version), uncompressed objects, streams that are stored or
 * Flate-compressed, a page tree and a `/Dests` dictionary in the catalog.
 * Anything else (xref streams, object streams, other filters) throws: the
 * callers then fall back to a slower way that needs no reading.
 */
import { inflateSync } from 'node:zlib';

export interface PdfFile {
  /** The bytes it was read from, as given (an update is appended to them). */
  readonly bytes: Uint8Array;
  /** The file as Latin-1 text: one character per byte, so offsets are byte offsets. */
  readonly text: string;
  /** Byte offset of the newest version of each object in use. */
  readonly offsets: ReadonlyMap<number, number>;
  /** The newest trailer dictionary (`<<…>>`). */
  readonly trailer: string;
  /** Where the newest xref section starts (the `/Prev` of an update). */
  readonly startxref: number;
  /** An object's dictionary or value: its text between `obj` and its stream or `endobj`. */
  object(num: number): string;
  /** An object's stream, decompressed. */
  stream(num: number): Buffer;
  /** Page objects in reading order. */
  pages(): number[];
}

const MAX_XREF_SECTIONS = 64;
const MAX_TREE_DEPTH = 32;

/** The value of `key` in a dictionary's text: a reference, a dictionary, an array, a name, a string or a number. */
export function dictValue(dict: string, key: string): string | null {
  const at = new RegExp(`/${key}(?![A-Za-z0-9_.#-])\\s*`, 'g');
  // Only keys at the dictionary's own level: skip matches inside nested dictionaries and arrays.
  for (let m = at.exec(dict); m !== null; m = at.exec(dict)) {
    if (depthAt(dict, m.index) !== 1) continue;
    const start = at.lastIndex;
    const rest = dict.slice(start);
    const ref = /^(\d+)\s+(\d+)\s+R\b/.exec(rest);
    if (ref) return ref[0];
    if (rest.startsWith('<<')) return balanced(rest, '<<', '>>');
    if (rest.startsWith('[')) return balanced(rest, '[', ']');
    const token = /^(\/[^\s/[\]<>()]*|<[0-9A-Fa-f\s]*>|\([^)]*\)|[-+]?[\d.]+|true|false|null)/.exec(rest);
    return token ? token[0] : null;
  }
  return null;
}

/** How deep (in `<<…>>` and `[…]`) position `index` of `text` is. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
    } else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '(') {
      // Strings may hold brackets; skip to the matching close (escapes and nesting as in PDF strings).
      let nest = 1;
      for (i++; i < index && nest > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nest++;
        else if (text[i] === ')') nest--;
      }
      i--;
    }
  }
  return depth;
}

function balanced(text: string, open: string, close: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(open, i)) {
      depth++;
      i += open.length - 1;
    } else if (text.startsWith(close, i)) {
      depth--;
      i += close.length - 1;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  throw new Error(`The PDF has an unclosed ${open}.`);
}

/** The object number of a reference value (`12 0 R`), or null. */
export function refNumber(value: string | null): number | null {
  const m = value === null ? null : /^(\d+)\s+\d+\s+R$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** Object numbers of every reference in a value (an array of references, say). */
export function refNumbers(value: string | null): number[] {
  return value === null ? [] : [...value.matchAll(/(\d+)\s+\d+\s+R\b/g)].map((m) => Number(m[1]));
}

/** Reads one xref section at `pos` into `offsets` (newer sections were read first and win); returns its trailer. */
function readXrefSection(text: string, pos: number, offsets: Map<number, number>, free: Set<number>): string {
  if (!text.startsWith('xref', pos)) throw new Error('The PDF has no classic xref table.');
  pos += 4;
  const section = /\s*(\d+)\s+(\d+)\s*/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*/y;
  for (;;) {
    section.lastIndex = pos;
    const head = section.exec(text);
    if (!head) break;
    pos = section.lastIndex;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) throw new Error('The PDF xref table is malformed.');
      pos = entry.lastIndex;
      const num = first + i;
      if (offsets.has(num) || free.has(num)) continue;
      if (e[3] === 'n') offsets.set(num, Number(e[1]));
      else free.add(num);
    }
  }
  const trailerAt = /\s*trailer\s*/y;
  trailerAt.lastIndex = pos;
  if (!trailerAt.exec(text)) throw new Error('The PDF xref table has no trailer.');
  return balanced(text.slice(trailerAt.lastIndex), '<<', '>>');
}

export function readPdf(bytes: Uint8Array): PdfFile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) throw new Error('The PDF has no startxref.');
  const startxref = Number(start[1]);
  const offsets = new Map<number, number>();
  const free = new Set<number>();
  let trailer = '';
  let at: number | null = startxref;
  for (let n = 0; at !== null; n++) {
    if (n === MAX_XREF_SECTIONS) throw new Error('The PDF has too many updates.');
    const t = readXrefSection(text, at, offsets, free);
    if (trailer === '') trailer = t;
    const prev = dictValue(t, 'Prev');
    at = prev !== null && /^\d+$/.test(prev) ? Number(prev) : null;
  }

  const objectStart = (num: number): number => {
    const offset = offsets.get(num);
    if (offset === undefined) throw new Error(`The PDF has no object ${num}.`);
    const head = /\s*(\d+)\s+(\d+)\s+obj\b/y;
    head.lastIndex = offset;
    const m = head.exec(text);
    if (!m || Number(m[1]) !== num) throw new Error(`The PDF xref points to the wrong place for object ${num}.`);
    return head.lastIndex;
  };

  const object = (num: number): string => {
    const from = objectStart(num);
    const end = text.indexOf('endobj', from);
    const stream = text.indexOf('stream', from);
    const stop = stream !== -1 && (end === -1 || stream < end) ? stream : end;
    return text.slice(from, stop === -1 ? undefined : stop).trim();
  };

  const stream = (num: number): Buffer => {
    const dict = object(num);
    const from = objectStart(num);
    const keyword = /\s*stream\r?\n/y;
    keyword.lastIndex = text.indexOf('stream', from);
    if (!keyword.exec(text)) throw new Error(`The PDF object ${num} has no stream.`);
    const lengthValue = dictValue(dict, 'Length');
    const lengthRef = refNumber(lengthValue);
    const length = Number(lengthRef === null ? lengthValue : object(lengthRef));
    if (!Number.isInteger(length) || length < 0) throw new Error(`The PDF stream ${num} has no length.`);
    const raw = buffer.subarray(keyword.lastIndex, keyword.lastIndex + length);
    const filter = dictValue(dict, 'Filter');
    if (filter === null) return Buffer.from(raw);
    if (filter === '/FlateDecode' || filter === '[/FlateDecode]' || filter === '[ /FlateDecode ]')
      return inflateSync(raw);
    throw new Error(`The PDF stream ${num} uses the filter ${filter}.`);
  };

  const pages = (): number[] => {
    const catalog = object(rootOf(trailer));
    const root = refNumber(dictValue(catalog, 'Pages'));
    if (root === null) throw new Error('The PDF has no page tree.');
    const list: number[] = [];
    const walk = (num: number, depth: number): void => {
      if (depth > MAX_TREE_DEPTH) throw new Error('The PDF page tree is too deep.');
      const node = object(num);
      if (dictValue(node, 'Type') === '/Pages') {
        for (const kid of refNumbers(dictValue(node, 'Kids'))) walk(kid, depth + 1);
      } else list.push(num);
    };
    walk(root, 0);
    return list;
  };

  return { bytes, text, offsets, trailer, startxref, object, stream, pages };
}

/** The catalog's object number. */
export function rootOf(trailer: string): number {
  const root = refNumber(dictValue(trailer, 'Root'));
  if (root === null) throw new Error('The PDF has no catalog.');
  return root;
}

/** A value (a dictionary, an array) given inline or by reference: the value itself. */
export function resolveValue(file: PdfFile, value: string | null): string | null {
  const ref = refNumber(value);
  return ref === null ? value : file.object(ref);
}
