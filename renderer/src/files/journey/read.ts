/**
 * Read and validate a `.journey` file entirely in memory, before anything
 * touches storage. Each check has its own error code (see errors.ts), in this
 * order: zip magic (a plain JSON journey is accepted as a courtesy), file
 * size, central directory, entry count and declared sizes, entry names,
 * manifest and journey presence, manifest, JSON syntax, versions, schema,
 * then dangling references are repaired (and listed), never kept.
 * `readJourneyFile` never throws.
 */
import type { BlobId } from '../../domain/ids';
import { migrateDocument } from '../../domain/migrations';
import { stageColumns, stageSlots } from '../../domain/layout';
import { parseDocument, repairReferences, type RestoreResult } from '../../domain/document';
import { salvageDocument } from '../../domain/salvage';
import type { UserMessage } from '../../domain/user-message';
import { CURRENT_SCHEMA_VERSION, type JourneyDocument } from '../../domain/model';
import { ASSET_PATH, sniffImageType, sha256Hex, type AssetType } from './assets';
import {
  fileError,
  notAJourneyMessage,
  notAJourneyText,
  tooLargeMessage,
  tooLargeText,
  type FileError,
  type TooLargeReason,
} from './errors';
import {
  CURRENT_FORMAT_VERSION,
  JOURNEY_FORMAT,
  JOURNEY_PATH,
  MANIFEST_PATH,
  ManifestAssetSchema,
  migrateFileContents,
} from './format';
import { findJsonSyntaxProblem } from './json-syntax';
import { checkJsonShape, DEFAULT_JSON_SHAPE_LIMITS, type JsonShapeLimits } from './json-limits';
import { isJsonObjectStart, isZipStart, sniffFileKind } from './sniff';
import { formatBytes, resolveLimits, type FileLimits } from './limits';
import { extractZipEntry, readZipDirectory, type ZipDirectoryEntry, type ZipProblem } from '../zip/read';

/** A persona photo read from the file, its hash and type verified against its bytes. */
export interface ReadAsset {
  blobId: BlobId;
  hash: string;
  type: AssetType;
  bytes: Uint8Array;
}

export interface ReadFileInfo {
  /** `journey-file` for a `.journey` zip, `plain-json` for a bare journey.json. */
  source: 'journey-file' | 'plain-json';
  appVersion: string;
  createdAt: string;
  savedAt: string;
}

export type ReadResult =
  | ReadSuccess
  | {
      ok: false;
      error: FileError;
      /**
       * For a journey that fails the schema, or whose manifest is missing or unreadable: what can be
       * read of it (salvage.ts), each change listed in `repairs`, for the user to open instead if they
       * choose. Absent when nothing can be.
       */
      salvaged?: ReadSuccess;
    };

export interface ReadSuccess {
  ok: true;
  document: JourneyDocument;
  assets: ReadAsset[];
  /** What was repaired on the way in (dropped dangling links, missing photos), in words. */
  repairs: string[];
  /** The same repairs, in the same order, as messages for the interface to translate. */
  repairTexts: UserMessage[];
  /** What was ignored (unsafe or unknown entries), in words. */
  warnings: string[];
  /** The same warnings, in the same order, as messages for the interface to translate. */
  warningTexts: UserMessage[];
  /** The file's format version before any migration. */
  formatVersion: number;
  info: ReadFileInfo;
}

/** Sentences kept twice, in English and as messages, in step (a read's repairs and warnings). */
interface Notes {
  readonly messages: string[];
  readonly texts: UserMessage[];
  add(message: string, text: UserMessage): void;
}

function createNotes(messages: string[] = [], texts: UserMessage[] = []): Notes {
  return {
    messages,
    texts,
    add(message, text) {
      messages.push(message);
      texts.push(text);
    },
  };
}

/** Where a read is: each step starts at `fraction` (0–1) of the work. */
export interface ReadProgress {
  step: 'unpacking' | 'checking' | 'parsing' | 'validating' | 'photos';
  fraction: number;
}

export interface ReadOptions {
  limits?: Partial<FileLimits>;
  /** Called as each step starts (in the worker, relayed to the window). */
  onProgress?: (progress: ReadProgress) => void;
  /** Longest text, deepest nesting and most records in journey.json (checked on its bytes, before parsing). */
  shapeLimits?: JsonShapeLimits;
  /** Whether a refused journey is also read as far as it can be (`salvaged`, see SALVAGEABLE); default true. */
  salvage?: boolean;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

class Refusal {
  constructor(readonly error: FileError) {}
}
const refuse = (...args: Parameters<typeof fileError>): never => {
  throw new Refusal(fileError(...args));
};
const refuseTooLarge = (reason: TooLargeReason, detail: string): never =>
  refuse('too-large', [detail], tooLargeMessage(reason), tooLargeText(reason));
const refuseNotAJourney = (bytes: Uint8Array): never => {
  const what = sniffFileKind(bytes);
  return refuse('not-a-zip', undefined, notAJourneyMessage(what), notAJourneyText(what));
};

/** Read a `.journey` (or a plain JSON journey) from its bytes. Never throws. */
export async function readJourneyFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, error: fileError('invalid-file') };
    const progress = (step: ReadProgress['step'], fraction: number) => options.onProgress?.({ step, fraction });
    const readAs = (salvage: boolean) =>
      read(bytes, resolveLimits(options.limits), options.shapeLimits ?? DEFAULT_JSON_SHAPE_LIMITS, progress, salvage);
    const strict = await refusalOf(() => readAs(false));
    if (strict.ok || !SALVAGEABLE.has(strict.error.code) || options.salvage === false) return strict;
    // Read again, this time keeping what can be read, for the user to choose.
    // Should that read fail in any way, the strict refusal stands as it was.
    const salvaged = await refusalOf(() => readAs(true)).catch(() => null);
    return salvaged?.ok ? { ...strict, salvaged } : strict;
  } catch {
    return { ok: false, error: fileError('invalid-file') };
  }
}

/** Refusals a second read may get past: a journey the schema refuses, a manifest missing or unreadable. */
const SALVAGEABLE = new Set<FileError['code']>(['schema', 'bad-manifest', 'missing-manifest']);

async function refusalOf(run: () => Promise<ReadResult>): Promise<ReadResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    throw error;
  }
}

type Progress = (step: ReadProgress['step'], fraction: number) => void;

async function read(
  bytes: Uint8Array,
  limits: FileLimits,
  shape: JsonShapeLimits,
  progress: Progress,
  salvage: boolean,
): Promise<ReadSuccess> {
  if (!isZipStart(bytes)) {
    if (isJsonObjectStart(bytes)) return readPlainJson(bytes, limits, shape, progress, salvage);
    refuseNotAJourney(bytes);
  }
  if (bytes.length > limits.maxFileBytes) {
    refuseTooLarge(
      { kind: 'file', bytes: bytes.length, max: limits.maxFileBytes },
      `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(limits.maxFileBytes)}.`,
    );
  }
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return refuseZip(directory.problem);
  const entries = directory.value;

  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxTotalUncompressedBytes) {
    refuseTooLarge(
      { kind: 'unpacked', bytes: declared, max: limits.maxTotalUncompressedBytes },
      `Its contents unpack to ${formatBytes(declared)}; the limit is ${formatBytes(limits.maxTotalUncompressedBytes)}.`,
    );
  }

  const warnings = createNotes();
  const wanted = new Map<string, ZipDirectoryEntry>();
  for (const entry of entries) {
    const name = printable(entry.name);
    if (isUnsafeName(entry.name)) {
      warnings.add(`Ignored the entry “${name}”: its name points outside the file.`, {
        code: 'warnEntryOutside',
        params: { name },
      });
    } else if (entry.name.endsWith('/')) {
      // A folder entry: nothing to read.
    } else if (wanted.has(entry.name)) {
      warnings.add(`Ignored a second entry named “${name}”.`, { code: 'warnEntrySecond', params: { name } });
    } else if (entry.name === MANIFEST_PATH || entry.name === JOURNEY_PATH || ASSET_PATH.test(entry.name)) {
      wanted.set(entry.name, entry);
    } else {
      warnings.add(`Ignored the unknown entry “${name}”.`, { code: 'warnEntryUnknown', params: { name } });
    }
  }

  const manifestEntry = wanted.get(MANIFEST_PATH);
  if (!manifestEntry && !salvage) return refuse('missing-manifest');
  const journeyEntry = wanted.get(JOURNEY_PATH);
  if (!journeyEntry) return refuse('missing-journey');
  if (manifestEntry) checkDeclaredSize(manifestEntry, limits.maxManifestBytes);
  checkDeclaredSize(journeyEntry, limits.maxJourneyJsonBytes);

  progress('unpacking', 0.05);
  // With salvage, a manifest that is missing or unreadable is done without: the journey is read as this
  // format writes it, and its photos, which only the manifest names, are left out (each one listed).
  const readManifestEntry = manifestEntry ? readManifestOf(bytes, manifestEntry, salvage) : null;
  const manifest = readManifestEntry ?? { format: JOURNEY_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, assets: [] };
  const formatVersion = manifest.formatVersion as number;
  const journeyBytes = extract(bytes, journeyEntry);
  progress('checking', 0.2);
  checkShape(journeyBytes, shape, JOURNEY_PATH);
  progress('parsing', 0.3);
  const journeyRaw = parseJsonText(decodeText(journeyBytes, JOURNEY_PATH), JOURNEY_PATH);

  progress('validating', 0.5);
  const migrated = migrateFileContents({ manifest, journey: journeyRaw }, formatVersion);
  const validated = validateDocument(migrated.journey, salvage);
  const repairs = createNotes();
  if (readManifestEntry === null) {
    repairs.add('The file’s manifest could not be read: the journey was read without it, and its photos left out.', {
      code: 'salvageManifest',
    });
  }
  validated.repairs.forEach((message, i) => repairs.add(message, validated.repairTexts[i]!));
  progress('photos', 0.75);

  const assets = await readAssets(bytes, migrated.manifest, validated.document, wanted, limits, repairs, warnings);
  return {
    ok: true,
    document: assets.document,
    assets: assets.assets,
    repairs: repairs.messages,
    repairTexts: repairs.texts,
    warnings: warnings.messages,
    warningTexts: warnings.texts,
    formatVersion,
    info: {
      source: 'journey-file',
      appVersion: text(migrated.manifest.appVersion),
      createdAt: text(migrated.manifest.createdAt),
      savedAt: text(migrated.manifest.savedAt),
    },
  };
}

function readPlainJson(
  bytes: Uint8Array,
  limits: FileLimits,
  shape: JsonShapeLimits,
  progress: Progress,
  salvage: boolean,
): ReadSuccess {
  if (bytes.length > limits.maxJourneyJsonBytes) {
    refuseTooLarge(
      { kind: 'plain-json', bytes: bytes.length, max: limits.maxJourneyJsonBytes },
      `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(limits.maxJourneyJsonBytes)}.`,
    );
  }
  progress('checking', 0.05);
  checkShape(bytes, shape, 'the file');
  progress('parsing', 0.2);
  const raw = parseJsonText(decodeText(bytes, 'the file'), 'the file');
  if (!isRecord(raw) || !isRecord(raw.journey)) refuseNotAJourney(bytes);
  progress('validating', 0.5);
  const { document, repairs, repairTexts } = validateDocument(raw, salvage);
  return {
    ok: true,
    document,
    assets: [],
    repairs,
    repairTexts,
    warnings: ['This was a plain JSON journey, not a .journey file; persona photos are not included.'],
    warningTexts: [{ code: 'warnPlainJson' }],
    formatVersion: CURRENT_FORMAT_VERSION,
    info: { source: 'plain-json', appVersion: '', createdAt: '', savedAt: '' },
  };
}

/** Refuses texts, nesting and record counts over the limits on the bytes, before any string is built. */
function checkShape(bytes: Uint8Array, limits: JsonShapeLimits, where: string): void {
  const problem = checkJsonShape(bytes, limits);
  if (!problem) return;
  const count = (n: number) => n.toLocaleString('en-US');
  if (problem.kind === 'string') {
    refuse(
      'schema',
      [`${problem.path}: Too big: ${count(problem.length)} characters, at most ${count(problem.limit)} (${where}).`],
      `A text in this journey file is ${count(problem.length)} characters long, more than the ${count(problem.limit)} Waymark allows in one field, so nothing was imported. Ask the sender to shorten it.`,
      { id: 'text-too-long', params: { length: problem.length, limit: problem.limit } },
    );
  }
  if (problem.kind === 'records') {
    refuse(
      'too-large',
      [`${where} has more than ${count(problem.limit)} ${problem.list}.`],
      `This journey file holds more than ${count(problem.limit)} ${problem.list}, more than Waymark opens, so nothing was imported. Ask the sender to split the journey.`,
      { id: 'too-many-records', params: { limit: problem.limit, list: problem.list } },
    );
  }
  refuse(
    'schema',
    [`${where} nests more than ${problem.limit} levels deep.`],
    'The journey inside this file is nested far deeper than any journey map, so nothing was imported. Ask for the file again.',
    { id: 'too-deep' },
  );
}

function refuseZip(problem: ZipProblem): never {
  if (problem.code === 'too-large' && problem.limit) return refuseTooLarge(problem.limit, problem.detail);
  return refuse(problem.code, [problem.detail]);
}

function extract(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const r = extractZipEntry(bytes, entry);
  if (!r.ok) return refuseZip(r.problem);
  return r.value;
}

function checkDeclaredSize(entry: ZipDirectoryEntry, limit: number): void {
  if (entry.uncompressedSize > limit) {
    refuseTooLarge(
      { kind: 'entry', name: entry.name, bytes: entry.uncompressedSize, max: limit },
      `${entry.name} unpacks to ${formatBytes(entry.uncompressedSize)}; the limit is ${formatBytes(limit)}.`,
    );
  }
}

/** Absolute paths, drive letters, backslashes, `..` segments and control characters are never followed. */
export function isUnsafeName(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((segment) => segment === '..') ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(name)
  );
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '�');
  return clean.length > 120 ? `${clean.slice(0, 120)}…` : clean;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 100) : '');

function decodeText(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('json-syntax', [`${where} is not UTF-8 text.`]);
  }
}

function parseJsonText(source: string, where: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    const problem = findJsonSyntaxProblem(source);
    if (!problem) throw error;
    const error_: FileError = {
      ...fileError(
        'json-syntax',
        [`${where}, line ${problem.line}, column ${problem.column}: expected ${problem.expected}.`],
        `The journey inside this file is not valid JSON (line ${problem.line}, column ${problem.column}), so nothing was imported. Ask for the file again.`,
        { id: 'json-syntax-at', params: { line: problem.line, column: problem.column } },
      ),
      position: { line: problem.line, column: problem.column },
    };
    throw new Refusal(error_);
  }
}

/** The manifest, or with `salvage` null when it is not one (a newer format is still refused). */
function readManifestOf(bytes: Uint8Array, entry: ZipDirectoryEntry, salvage: boolean): Raw | null {
  try {
    return readManifest(extract(bytes, entry));
  } catch (error) {
    if (salvage && error instanceof Refusal && error.error.code === 'bad-manifest') return null;
    throw error;
  }
}

function readManifest(bytes: Uint8Array): Raw {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('bad-manifest', ['manifest.json is not valid JSON.']);
  }
  if (!isRecord(raw) || raw.format !== JOURNEY_FORMAT) {
    return refuse('bad-manifest', [`manifest.json does not say "format": "${JOURNEY_FORMAT}".`]);
  }
  const v = raw.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return refuse('bad-manifest', ['manifest.json has no valid formatVersion.']);
  }
  if (v > CURRENT_FORMAT_VERSION) {
    return refuse(
      'too-new',
      [`File format ${v}; this Waymark reads formats 1–${CURRENT_FORMAT_VERSION}.`],
      `This file was made with a newer Waymark (format ${v}); this version reads up to ${CURRENT_FORMAT_VERSION}. Update Waymark to open it.`,
      { id: 'too-new-format', params: { version: v, max: CURRENT_FORMAT_VERSION } },
    );
  }
  return raw;
}

/**
 * Schema migrations, strict parse, then the second pass that repairs dangling links. With `salvage`, a
 * document that fails the parse is read as far as it can be (salvage.ts), its changes listed first.
 */
function validateDocument(raw: unknown, salvage: boolean): RestoreResult {
  const migrated = migrateDocument(raw);
  if (!migrated.ok) {
    if (migrated.code === 'too-new') {
      const v = migrated.version ?? 0;
      return refuse(
        'too-new',
        [migrated.message],
        `This file was made with a newer Waymark (journey schema ${v}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Waymark to open it.`,
        { id: 'too-new-schema', params: { version: v, max: CURRENT_SCHEMA_VERSION } },
      );
    }
    return refuse('schema', [migrated.message]);
  }
  const parsed = parseDocument(migrated.document);
  if (parsed.ok) return bringBackFarAway(repairReferences(parsed.document));
  const saved = salvage ? salvageDocument(migrated.document) : null;
  if (!saved)
    return refuse(
      'schema',
      parsed.issues.map((i) => `${i.path}: ${i.message}`),
    );
  const after = bringBackFarAway(repairReferences(saved.document));
  return {
    document: after.document,
    repairs: [...saved.repairs, ...after.repairs],
    repairTexts: [...saved.repairTexts, ...after.repairTexts],
  };
}

/** Farther from the map's origin than any map reaches (1,000 stages of the widest are 5 million units). */
const FAR_AWAY = 10_000_000;
const isFarAway = ({ x, y }: { x: number; y: number }) => Math.abs(x) > FAR_AWAY || Math.abs(y) > FAR_AWAY;

/**
 * Touchpoints and notes placed far beyond the map (at 1e300, say) are moved back onto it, each named as a
 * repair: there they were out of sight, and Fit View and the minimap had nothing sensible to show.
 * A touchpoint goes to the next free slot of its stage, a note to the map's top left.
 */
function bringBackFarAway(result: RestoreResult): RestoreResult {
  const { document } = result;
  if (!document.touchpoints.some((t) => isFarAway(t.position)) && !document.notes.some((n) => isFarAway(n.position)))
    return result;
  const repairs = createNotes(result.repairs, result.repairTexts);
  const moved = (name: string) =>
    repairs.add(`Moved “${name}”, placed far outside the map, back onto it.`, {
      code: 'repairFarAway',
      params: { name },
    });
  const columns = stageColumns(document.stages);
  const slot = stageSlots(
    columns,
    document.touchpoints.filter((t) => !isFarAway(t.position)),
  );
  const touchpoints = document.touchpoints.map((t) => {
    if (!isFarAway(t.position)) return t;
    moved(t.title);
    return { ...t, position: slot(t.stageId) };
  });
  const notes = document.notes.map((n) => {
    if (!isFarAway(n.position)) return n;
    moved(n.text.length > 40 ? `${Array.from(n.text).slice(0, 40).join('')}…` : n.text);
    return { ...n, position: { x: 0, y: 0 } };
  });
  return { document: { ...document, touchpoints, notes }, repairs: repairs.messages, repairTexts: repairs.texts };
}

async function readAssets(
  bytes: Uint8Array,
  manifest: Raw,
  document: JourneyDocument,
  wanted: Map<string, ZipDirectoryEntry>,
  limits: FileLimits,
  repairs: Notes,
  warnings: Notes,
): Promise<{ document: JourneyDocument; assets: ReadAsset[] }> {
  const listed = new Map<string, string>();
  const list = Array.isArray(manifest.assets) ? manifest.assets : [];
  for (const item of list) {
    const parsed = ManifestAssetSchema.safeParse(item);
    if (parsed.success && ASSET_PATH.test(parsed.data.path) && !listed.has(parsed.data.blobId)) {
      listed.set(parsed.data.blobId, parsed.data.path);
    }
  }

  const verified = new Map<string, { hash: string; type: AssetType; bytes: Uint8Array } | null>();
  const load = async (path: string) => {
    if (verified.has(path)) return verified.get(path)!;
    let result: { hash: string; type: AssetType; bytes: Uint8Array } | null = null;
    const entry = wanted.get(path);
    const expectedHash = ASSET_PATH.exec(path)?.[1];
    if (entry && expectedHash && entry.uncompressedSize <= limits.maxAssetBytes) {
      const r = extractZipEntry(bytes, entry);
      if (r.ok) {
        const type = sniffImageType(r.value);
        if (type && (await sha256Hex(r.value)) === expectedHash) result = { hash: expectedHash, type, bytes: r.value };
      }
      if (!result) {
        warnings.add(`Ignored the photo “${path}”: it is damaged, too large or not an image.`, {
          code: 'warnPhotoIgnored',
          params: { path },
        });
      }
    }
    verified.set(path, result);
    return result;
  };

  const assets: ReadAsset[] = [];
  const personas = [];
  for (const persona of document.personas) {
    const blobId = persona.photoBlobId;
    if (!blobId) {
      personas.push(persona);
      continue;
    }
    const path = listed.get(blobId);
    const asset = path ? await load(path) : null;
    if (!asset) {
      repairs.add(`Removed the missing photo of persona “${persona.name}”.`, {
        code: 'repairPersonaPhoto',
        params: { name: persona.name },
      });
      personas.push({ ...persona, photoBlobId: null });
      continue;
    }
    if (!assets.some((a) => a.blobId === blobId)) assets.push({ blobId, ...asset });
    personas.push(persona);
  }
  return { document: { ...document, personas }, assets };
}
