/**
 * Size limits checked before anything is inflated or parsed (a zip-bomb
 * guard). Declared sizes come from the zip's central directory; the reader
 * then verifies the real sizes while inflating, so a header that lies is
 * caught as soon as it overflows. See JOURNEY-FORMAT.md.
 */

export interface FileLimits {
  /** The `.journey` file itself. */
  maxFileBytes: number;
  /** Sum of all entries' declared uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  /** Entries in the zip, counting ones Waymark ignores. */
  maxEntries: number;
  /** journey.json after inflating (also the limit for a plain JSON journey). */
  maxJourneyJsonBytes: number;
  /** manifest.json after inflating. */
  maxManifestBytes: number;
  /** One asset (a persona photo) after inflating. */
  maxAssetBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxTotalUncompressedBytes: 200 * MB,
  maxEntries: 2_000,
  maxJourneyJsonBytes: 60 * MB,
  maxManifestBytes: 64 * 1024,
  maxAssetBytes: 20 * MB,
});

export function resolveLimits(overrides?: Partial<FileLimits>): FileLimits {
  const limits = { ...DEFAULT_FILE_LIMITS };
  for (const key of Object.keys(limits) as (keyof FileLimits)[]) {
    const v = overrides?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) limits[key] = v;
  }
  return limits;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < MB) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;
}
