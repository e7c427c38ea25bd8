/**
 * Write a journey and its persona photos as a `.journey` file. The output is
 * deterministic: the same document, assets, app version and save time give
 * the same bytes (sorted JSON, fixed entry order, entry timestamps taken from
 * the journey's `updatedAt` in UTC).
 */
import type { BlobId } from '../../domain/ids';
import type { JourneyDocument } from '../../domain/model';
import { assetPath, isAssetType, type AssetType } from './assets';
import {
  CURRENT_FORMAT_VERSION,
  JOURNEY_FORMAT,
  JOURNEY_PATH,
  MANIFEST_PATH,
  type Manifest,
  type ManifestAsset,
} from './format';
import { canonicalDocument, stableStringify } from './stable-json';
import { writeZip, type ZipEntryInput } from '../zip/write';

/** A persona photo to store with the journey. */
export interface JourneyAsset {
  /** The blob id personas refer to (`Persona.photoBlobId`). */
  blobId: BlobId;
  /** SHA-256 of `bytes`, lower-case hex (`BlobRecord.hash`). */
  hash: string;
  /** MIME type; PNG, JPEG, GIF, WebP and AVIF are stored, others are left out. */
  type: string;
  bytes: Uint8Array;
}

export interface WriteJourneyInput {
  document: JourneyDocument;
  assets: readonly JourneyAsset[];
  appVersion: string;
  savedAt: Date;
}

const HASH = /^[0-9a-f]{64}$/;

function isoOrEmpty(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/**
 * Build the `.journey` bytes. Only photos a persona refers to are stored;
 * a persona whose photo is not among `assets` (or has a type Waymark does not
 * store) is written without a photo, so the file never holds a dangling link.
 */
export function writeJourneyFile(input: WriteJourneyInput): Uint8Array {
  const { document, appVersion, savedAt } = input;
  const usable = new Map<string, { hash: string; type: AssetType; bytes: Uint8Array }>();
  for (const a of input.assets) {
    const type = a.type.toLowerCase();
    if (HASH.test(a.hash) && isAssetType(type)) usable.set(a.blobId, { hash: a.hash, type, bytes: a.bytes });
  }

  const personas = document.personas.map((p) =>
    p.photoBlobId && !usable.has(p.photoBlobId) ? { ...p, photoBlobId: null } : p,
  );
  const referenced = [...new Set(personas.flatMap((p) => (p.photoBlobId ? [p.photoBlobId] : [])))].sort();

  const manifestAssets: ManifestAsset[] = [];
  const files = new Map<string, Uint8Array>();
  for (const blobId of referenced) {
    const asset = usable.get(blobId)!;
    const path = assetPath(asset.hash, asset.type);
    manifestAssets.push({ blobId: blobId as BlobId, path, type: asset.type });
    if (!files.has(path)) files.set(path, asset.bytes);
  }

  const manifest: Manifest = {
    format: JOURNEY_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion,
    createdAt: isoOrEmpty(document.journey.createdAt),
    savedAt: isoOrEmpty(savedAt.getTime()),
    assets: manifestAssets,
  };
  const encoder = new TextEncoder();
  const entries: ZipEntryInput[] = [
    { name: MANIFEST_PATH, bytes: encoder.encode(stableStringify(manifest)), deflate: true },
    {
      name: JOURNEY_PATH,
      // A file is never in the trash (a journey saved while another window had trashed it).
      bytes: encoder.encode(
        stableStringify(
          canonicalDocument({ ...document, journey: { ...document.journey, deletedAt: null }, personas }),
        ),
      ),
      deflate: true,
    },
    // Photos are already compressed: store them as they are.
    ...[...files.keys()].sort().map((name) => ({ name, bytes: files.get(name)!, deflate: false })),
  ];
  return writeZip(entries, document.journey.updatedAt);
}
