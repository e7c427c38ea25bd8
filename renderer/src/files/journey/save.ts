/**
 * Building a `.journey` for saving, with the checks a save needs on top of
 * `writeJourneyFile`: every persona photo is checked against its bytes (its
 * type is read from them and its hash recomputed, so the file's reader will
 * accept it), a photo that cannot go into the file is named in a warning
 * instead of vanishing, and a file over `MAX_JOURNEY_FILE_BYTES` is refused
 * before anything is written, saying how much of it is photos (in English as
 * `message`, and as a code with its numbers in `text` for the interface to
 * translate).
 */
import type { UserMessage, UserMessageParam } from '../../domain/user-message';
import { sha256Hex, sniffImageType } from './assets';
import { MAX_JOURNEY_FILE_BYTES } from './limits';
import { writeJourneyFile, type JourneyAsset, type WriteJourneyInput } from './write';

export type SaveJourneyResult =
  | {
      ok: true;
      bytes: Uint8Array;
      /** Photos that could not be put in the file, one sentence each (English, for logs and tests). */
      warnings: string[];
      /** The same warnings, in the same order, as messages for the interface to translate. */
      warningTexts: UserMessage[];
    }
  | { ok: false; message: string; text: UserMessage };

const MB = 1024 * 1024;

/** "70.1 MB", rounded up so a size over a limit never reads as the limit itself. */
export function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} MB`;
}

/** A size in megabytes as the sentence shows it: tenths, rounded up. */
function megabyteNumber(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

function tooLarge(
  fileBytes: number | null,
  photoBytes: number,
  photoCount: number,
  limit: number,
): { message: string; text: UserMessage } {
  const size =
    fileBytes === null
      ? `larger than the ${megabytes(limit)}`
      : `${megabytes(fileBytes)}, more than the ${megabytes(limit)}`;
  const photos =
    photoCount === 0
      ? 'it has no photos, so its text is what is large'
      : `${photoCount === 1 ? 'its persona photo takes' : `its ${photoCount} persona photos take`} ${megabytes(photoBytes)}`;
  const photoText: UserMessage =
    photoCount === 0
      ? { code: 'journeyNoPhotos' }
      : { code: 'journeyPhotos', params: { count: photoCount, size: megabyteNumber(photoBytes) } };
  return {
    message: `This journey was not saved: the file would be ${size} a .journey file may hold (${photos}). Use smaller photos or remove some, then save again.`,
    text:
      fileBytes === null
        ? { code: 'journeyTooLargePhotos', params: { limit: megabyteNumber(limit), photos: photoText } }
        : {
            code: 'journeyTooLargeFile',
            params: { size: megabyteNumber(fileBytes), limit: megabyteNumber(limit), photos: photoText },
          },
  };
}

/** Checks the photos, builds the file and refuses it when it is too large. Never writes anything. */
export async function buildJourneyFileForSave(
  input: WriteJourneyInput,
  maxBytes: number = MAX_JOURNEY_FILE_BYTES,
): Promise<SaveJourneyResult> {
  const byId = new Map(input.assets.map((a) => [a.blobId as string, a]));
  const warnings: string[] = [];
  const warningTexts: UserMessage[] = [];
  const checked = new Map<string, JourneyAsset>();
  for (const persona of input.document.personas) {
    const blobId = persona.photoBlobId;
    if (!blobId || checked.has(blobId)) continue;
    const asset = byId.get(blobId);
    const name = persona.name.trim() || 'an unnamed persona';
    const named: Record<string, UserMessageParam> = { name: persona.name.trim() || { code: 'personaUnnamed' } };
    if (!asset) {
      warnings.push(`The photo of “${name}” is missing from your library, so the file has no photo for them.`);
      warningTexts.push({ code: 'photoMissingOnSave', params: named });
      continue;
    }
    const type = sniffImageType(asset.bytes);
    if (!type) {
      warnings.push(
        `The photo of “${name}” is not a PNG, JPEG, WebP, GIF or AVIF image, so it was left out of the file; add the photo again.`,
      );
      warningTexts.push({ code: 'photoNotStoredOnSave', params: named });
      continue;
    }
    checked.set(blobId, { blobId: asset.blobId, type, hash: await sha256Hex(asset.bytes), bytes: asset.bytes });
  }

  const distinct = new Map<string, number>();
  for (const a of checked.values()) distinct.set(a.hash, a.bytes.byteLength);
  const photoBytes = [...distinct.values()].reduce((sum, n) => sum + n, 0);
  if (photoBytes > maxBytes) return { ok: false, ...tooLarge(null, photoBytes, distinct.size, maxBytes) };

  const bytes = writeJourneyFile({ ...input, assets: [...checked.values()] });
  if (bytes.byteLength > maxBytes) {
    return { ok: false, ...tooLarge(bytes.byteLength, photoBytes, distinct.size, maxBytes) };
  }
  return { ok: true, bytes, warnings, warningTexts };
}
