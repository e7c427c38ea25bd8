/**
 * The browser's storage for this app as a whole: asking that it be kept
 * (persistent, so the browser never evicts journeys to free space) and how
 * much of it is used. Both go through `navigator.storage`, which some
 * embedders leave out; every function copes with its absence.
 */

/** The part of `navigator.storage` used here; any of it may be missing. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type PersistenceResult = 'persistent' | 'best-effort' | 'unsupported';

function defaultManager(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

/**
 * Ask for persistent storage, once at start. `persistent` when it is granted
 * (or already was), `best-effort` when refused, `unsupported` when the
 * browser has no way to ask. Never throws.
 */
export async function requestPersistentStorage(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<PersistenceResult> {
  if (!manager || typeof manager.persist !== 'function') return 'unsupported';
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persistent';
    return (await manager.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export interface StorageEstimate {
  /** Bytes this app stores. */
  used: number;
  /** Bytes this app may store in all. */
  available: number;
}

/** How much storage is used and available, or null when the browser cannot tell. Never throws. */
export async function estimateStorage(
  manager: StorageManagerLike | undefined = defaultManager(),
): Promise<StorageEstimate | null> {
  if (!manager || typeof manager.estimate !== 'function') return null;
  try {
    const { usage, quota } = await manager.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number' || !(quota > 0) || !(usage >= 0)) return null;
    return { used: usage, available: quota };
  } catch {
    return null;
  }
}

/** A size's unit: decimal multiples of a byte (what the browser's storage estimate counts in). */
export type StorageUnit = 'bytes' | 'KB' | 'MB' | 'GB' | 'TB';

export interface StorageSize {
  /** The number to show, already rounded: whole bytes and units of 10 or more, one decimal below 10. */
  value: number;
  unit: StorageUnit;
}

const UNITS: readonly StorageUnit[] = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/**
 * A byte count in the largest decimal unit that keeps it at 1 or more, e.g. 12 MB, 2.1 GB. The
 * interface words the number and the unit in its language (i18n `sizeText`).
 */
export function storageSize(bytes: number): StorageSize {
  let value = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return { value: Number(value.toFixed(digits)), unit: UNITS[unit] ?? 'bytes' };
}
