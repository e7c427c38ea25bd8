import { describe, expect, it } from 'vitest';
import { MAX_OPEN_BYTES } from '../../../electron/common/contract';
import {
  buildJourneyFileForSave,
  DEFAULT_FILE_LIMITS,
  MAX_JOURNEY_FILE_BYTES,
  readJourneyFile,
  sha256Hex,
} from '../../../renderer/src/files';
import { newId } from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { ARMENIAN } from '../../fixtures/seed-text';

const SAVED_AT = new Date('2024-05-07T10:00:00.000Z');
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A "photo" of `size` bytes that starts like a PNG; random, so it does not compress. */
function photo(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes.set(PNG_HEAD, 0);
  return bytes;
}

async function journeyWithPhotos(sizes: number[], extraTypes: Record<number, string> = {}) {
  const doc = sampleJourney();
  const personas = [];
  const assets = [];
  for (const [i, size] of sizes.entries()) {
    const blobId = newId('blob');
    const bytes = photo(size, i + 7);
    personas.push({
      ...doc.personas[0]!,
      id: i === 0 ? doc.personas[0]!.id : newId('persona'),
      name: `${ARMENIAN[i % ARMENIAN.length]!.slice(0, 20)} ${i}`,
      photoBlobId: blobId,
    });
    assets.push({ blobId, hash: await sha256Hex(bytes), type: extraTypes[i] ?? 'image/png', bytes });
  }
  return { document: { ...doc, personas }, assets, appVersion: '1', savedAt: SAVED_AT };
}

describe('one .journey size limit', () => {
  it('is the same number for the writer, the format reader and Electron main', () => {
    expect(MAX_JOURNEY_FILE_BYTES).toBe(64 * 1024 * 1024);
    expect(MAX_OPEN_BYTES).toBe(MAX_JOURNEY_FILE_BYTES);
    expect(DEFAULT_FILE_LIMITS.maxFileBytes).toBe(MAX_JOURNEY_FILE_BYTES);
  });

  it('refuses to build a file over the limit, naming how many MB of photos it holds', async () => {
    // Photos just under the limit: the journey's text and the zip's headers tip it over.
    const input = await journeyWithPhotos([32 * 1024 * 1024, 32 * 1024 * 1024 - 1000]);
    const r = await buildJourneyFileForSave(input);
    expect(r).toEqual({
      ok: false,
      message:
        'This journey was not saved: the file would be 64.1 MB, more than the 64 MB a .journey file may hold (its 2 persona photos take 64 MB). Use smaller photos or remove some, then save again.',
      text: {
        code: 'journeyTooLargeFile',
        params: { size: 64.1, limit: 64, photos: { code: 'journeyPhotos', params: { count: 2, size: 64 } } },
      },
    });
  }, 60_000);

  it('refuses photos that alone exceed the limit before zipping them', async () => {
    const input = await journeyWithPhotos([3000, 2000]);
    const r = await buildJourneyFileForSave(input, 4000);
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/larger than the 0\.1 MB a \.journey file may hold \(its 2 persona photos take/),
      text: {
        code: 'journeyTooLargePhotos',
        params: { limit: 0.1, photos: { code: 'journeyPhotos', params: { count: 2, size: 0.1 } } },
      },
    });
  });

  it('builds a file under the limit that the reader opens with every photo', async () => {
    const input = await journeyWithPhotos([200_000, 100_000]);
    const r = await buildJourneyFileForSave(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    const read = await readJourneyFile(r.bytes);
    expect(read.ok && read.assets.map((a) => a.bytes.byteLength).sort()).toEqual([100_000, 200_000]);
  });
});

describe('photos on save', () => {
  it('names a photo it cannot store instead of dropping it silently', async () => {
    const input = await journeyWithPhotos([1000, 1000]);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    input.assets[1] = { ...input.assets[1]!, type: 'image/png', bytes: svg, hash: await sha256Hex(svg) };
    const missing = { ...input.document.personas[0]!, id: newId('persona'), name: 'Mira', photoBlobId: newId('blob') };
    input.document = { ...input.document, personas: [...input.document.personas, missing] };
    const r = await buildJourneyFileForSave(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([
      `The photo of “${input.document.personas[1]!.name}” is not a PNG, JPEG, WebP, GIF or AVIF image, so it was left out of the file; add the photo again.`,
      'The photo of “Mira” is missing from your library, so the file has no photo for them.',
    ]);
    // The same warnings as messages, for the interface to say in its language.
    expect(r.warningTexts).toEqual([
      { code: 'photoNotStoredOnSave', params: { name: input.document.personas[1]!.name } },
      { code: 'photoMissingOnSave', params: { name: 'Mira' } },
    ]);
  });

  it('stores a photo by the type its bytes show and their real hash, so the reader keeps it', async () => {
    const input = await journeyWithPhotos([1000], { 0: 'image/jpg' });
    input.assets[0] = { ...input.assets[0]!, hash: 'stale' };
    const r = await buildJourneyFileForSave(input);
    expect(r.ok && r.warnings).toEqual([]);
    const read = r.ok ? await readJourneyFile(r.bytes) : null;
    expect(read?.ok && read.assets.map((a) => a.type)).toEqual(['image/png']);
    expect(read?.ok && read.repairs).toEqual([]);
  });
});
