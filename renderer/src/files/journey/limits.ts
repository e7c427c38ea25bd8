/**
 * Size limits checked before anything is inflated or parsed (a zip-bomb
 * guard). Declared sizes come from the zip's central directory; the reader
 * then verifies the real sizes while inflating, so a header that lies is
 * caught as soon as it overflows. See JOURNEY-FORMAT.md.
 */
import { formatNumberIn } from '../../domain/locale-format';

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

/**
 * The one size limit of a `.journey` file: the writer refuses to save more,
 * and both readers (this one and Electron main's `MAX_OPEN_BYTES` in
 * `electron/common/contract.ts`, which may not import renderer code) refuse
 * to open more. `tests/unit/files/limits.test.ts` pins the two as equal.
 */
export const MAX_JOURNEY_FILE_BYTES = 64 * MB;

export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = Object.freeze({
  maxFileBytes: MAX_JOURNEY_FILE_BYTES,
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

/**
 * A byte count in the unit a sentence names it in, rounded as it is said:
 * bytes, whole kilobytes, megabytes (one decimal under 10 MB). The
 * interface writes the number in its language (files-ui/file-errors.ts).
 */
export interface ByteSize {
  value: number;
  unit: 'bytes' | 'KB' | 'MB';
}

export function byteSize(n: number): ByteSize {
  if (n < 1024) return { value: n, unit: 'bytes' };
  if (n < MB) return { value: Math.round(n / 1024), unit: 'KB' };
  return { value: Number((n / MB).toFixed(n < 10 * MB ? 1 : 0)), unit: 'MB' };
}

/** A byte count in English ("12.5 MB", "1,033 MB"), written as the interface's English writes it. */
export function formatBytes(n: number): string {
  const { value, unit } = byteSize(n);
  return `${formatNumberIn('en-GB', value, { maximumFractionDigits: 1 })} ${unit}`;
}
