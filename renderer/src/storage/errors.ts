/**
 * One catalogue of storage failures. Dexie and IndexedDB report failures by
 * error name (often wrapped: a QuotaExceededError inside an AbortError, a
 * VersionError inside an OpenFailedError); this module reads the whole chain
 * and turns it into a `StorageError` whose message a window can show as is.
 */
import type { UserMessage } from '../domain/user-message';

export type StorageErrorCode =
  'quota' | 'blocked' | 'version-too-new' | 'not-found' | 'constraint' | 'replaced' | 'unavailable' | 'unknown';

export const STORAGE_ERROR_MESSAGES: Readonly<Record<StorageErrorCode, string>> = {
  quota:
    'Your disk is full, so the last change could not be saved. Free some space; your edit is kept in this window until then.',
  blocked:
    'Another Waymark window is still using an older version of your journeys, so this one cannot open them yet. Close the other Waymark windows and this one will continue.',
  'version-too-new':
    'Your journeys were saved by a newer version of Waymark, so this window stopped saving to avoid damaging them. Update Waymark to its latest version, or close this window and keep working in the newer Waymark.',
  'not-found':
    'This journey is no longer stored; it may have been deleted in another window. Go back to the library and pick another journey.',
  constraint:
    'The change could not be saved because it does not fit what is stored. Reload the journey and try the change again.',
  replaced:
    'This journey was replaced in another window (by a file or a saved version), so your last change here was not saved over it. The map now shows the new content; make the change again if you still need it.',
  unavailable:
    'Waymark cannot reach its storage right now, so nothing was saved. Close and reopen Waymark; if this keeps happening, restart your computer.',
  unknown:
    'Something went wrong while saving, so the last change was not stored. Try again; if it keeps happening, export the journey as a file and restart Waymark.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;
  /** The message is the code's own sentence, so the interface may say it in its language (by `code`). */
  readonly standard: boolean;
  /** A sentence of storage's own (not the code's) as a message for the interface to translate. */
  readonly text: UserMessage | undefined;

  constructor(
    code: StorageErrorCode,
    message: string = STORAGE_ERROR_MESSAGES[code],
    options?: { cause?: unknown; text?: UserMessage },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.standard = message === STORAGE_ERROR_MESSAGES[code];
    this.text = options?.text;
  }
}

export function isStorageError(value: unknown): value is StorageError {
  return value instanceof StorageError;
}

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

const isErrorLike = (v: unknown): v is ErrorLike => typeof v === 'object' && v !== null;

/** Every error in the chain: the error, its `inner` / `cause`, and a BulkError's failures. */
function errorChain(error: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 32) {
    const e = queue.shift();
    if (e === undefined || e === null || out.includes(e)) continue;
    out.push(e);
    if (!isErrorLike(e)) continue;
    queue.push(e.inner, e.cause);
    if (Array.isArray(e.failures)) queue.push(...e.failures);
  }
  return out;
}

const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'DatabaseClosedError',
  'OpenFailedError',
  'NoSuchDatabaseError',
]);
const CONSTRAINT_NAMES = new Set(['ConstraintError', 'DataError', 'DataCloneError']);

/**
 * Map any failure from Dexie or IndexedDB to a StorageError. The most telling
 * error in the chain wins: a StorageError we threw ourselves, then quota,
 * version, constraint, and last the "storage is closed" family.
 */
export function toStorageError(error: unknown): StorageError {
  const chain = errorChain(error);
  const own = chain.find(isStorageError);
  if (own) return own;
  const names = new Set(chain.map((e) => (isErrorLike(e) && typeof e.name === 'string' ? e.name : '')));
  const code: StorageErrorCode = names.has('QuotaExceededError')
    ? 'quota'
    : names.has('VersionError') || names.has('VersionChangeError')
      ? 'version-too-new'
      : [...CONSTRAINT_NAMES].some((n) => names.has(n))
        ? 'constraint'
        : [...UNAVAILABLE_NAMES].some((n) => names.has(n))
          ? 'unavailable'
          : 'unknown';
  return new StorageError(code, STORAGE_ERROR_MESSAGES[code], { cause: error });
}

/** A not-found error naming what is missing, e.g. “journey”, “snapshot”. */
export function notFound(what: 'journey' | 'snapshot' | 'blob'): StorageError {
  if (what === 'journey') return new StorageError('not-found');
  return what === 'snapshot'
    ? new StorageError(
        'not-found',
        'This saved version is no longer stored; it may have been deleted in another window. Pick another version from the list.',
        { text: { code: 'storageVersionGone' } },
      )
    : new StorageError('not-found', 'This image is no longer stored with the journey. Add the image again.', {
        text: { code: 'storageImageGone' },
      });
}

/** A constraint error for a change that would break the stored journey, with the reason in plain words. */
export function constraint(reason: string): StorageError {
  return new StorageError('constraint', `${reason} Reload the journey and try the change again.`);
}
