/**
 * The `.journey` container format: its name, version, manifest shape and the
 * file-format migrations. The file format (how the zip is laid out) is
 * versioned separately from the journey's schema (domain/migrations.ts):
 * a file format migration rearranges the container; a schema migration
 * changes the journey inside.
 *
 * Format history
 * - 1: manifest.json + journey.json + assets/<sha256>.<ext>.
 */
import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { checkMigrations, type Migration } from '../../domain/versions';

export const JOURNEY_FORMAT = 'waymark-journey';
export const CURRENT_FORMAT_VERSION = 1;
export const JOURNEY_EXTENSION = 'journey';
export const JOURNEY_MIME_TYPE = 'application/x-waymark-journey';

export const MANIFEST_PATH = 'manifest.json';
export const JOURNEY_PATH = 'journey.json';

/** One persona photo: which blob it is, and where its bytes are. */
export const ManifestAssetSchema = z.object({
  blobId: idSchema('blob'),
  path: z.string().max(300),
  type: z.string().max(100),
});
export type ManifestAsset = z.infer<typeof ManifestAssetSchema>;

export interface Manifest {
  format: typeof JOURNEY_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** When the journey was created (ISO 8601). */
  createdAt: string;
  /** When this file was saved (ISO 8601). */
  savedAt: string;
  assets: ManifestAsset[];
}

/** What a file format migration works on: the raw manifest and the raw journey, before validation. */
export interface FileContents {
  manifest: Record<string, unknown>;
  journey: unknown;
}

/** One step of the file format: rearranges the raw contents from format `version − 1` to `version`. */
export type FileMigration = Migration<(contents: FileContents) => FileContents>;

/** The file format's history, for messages and the chain check. */
export const FILE_FORMAT_HISTORY = { what: 'File format', base: 1, current: CURRENT_FORMAT_VERSION } as const;

/** Numbered steps, one per format version; empty while only version 1 exists. */
export const FILE_MIGRATIONS: readonly FileMigration[] = [];
checkMigrations(FILE_MIGRATIONS, FILE_FORMAT_HISTORY);

/** Lift raw file contents from `fromVersion` to the current format, on a copy. */
export function migrateFileContents(
  contents: FileContents,
  fromVersion: number,
  migrations: readonly FileMigration[] = FILE_MIGRATIONS,
): FileContents {
  let next: FileContents = structuredClone(contents);
  for (const m of migrations) {
    if (m.version > fromVersion) next = m.up(next);
  }
  return { ...next, manifest: { ...next.manifest, formatVersion: CURRENT_FORMAT_VERSION } };
}
