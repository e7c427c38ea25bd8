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

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count in the largest decimal unit that keeps it at 1 or more, e.g. “12 MB”, “2.1 GB”. */
export function formatBytes(bytes: number, locale?: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** “Storage: 12 MB used of 2.1 GB available”. */
export function describeStorage(estimate: StorageEstimate, locale?: string): string {
  return `Storage: ${formatBytes(estimate.used, locale)} used of ${formatBytes(estimate.available, locale)} available`;
}
