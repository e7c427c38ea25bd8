/**
 * A large `.journey` for the open benchmark and its end-to-end test: the
 * 2,000-touchpoint benchmark journey with three 19 MB persona photos (random
 * bytes behind a PNG signature, so they do not compress): about 58 MB.
 */
import { newId, PersonaSchema } from '../../../renderer/src/domain';
import { sha256Hex, writeJourneyFile, type JourneyAsset } from '../../../renderer/src/files';
import { TELUGU } from '../../fixtures/seed-text';
import { generateBenchJourney, LARGE_JOURNEY } from './journey';

const PHOTO_BYTES = 19 * 1024 * 1024;
export const LARGE_FILE_TITLE = `${TELUGU[0]!.slice(0, 30)} (large)`;

/** Random bytes behind a PNG signature: incompressible, so the file really is large. */
function bigPhoto(seed: number): Uint8Array {
  const bytes = new Uint8Array(PHOTO_BYTES);
  let x = seed;
  for (let i = 0; i < bytes.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 255;
    bytes[i + 1] = (x >>> 8) & 255;
    bytes[i + 2] = (x >>> 16) & 255;
    bytes[i + 3] = (x >>> 24) & 255;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  return bytes;
}

/** 2,000 touchpoints and three 19 MB persona photos: a file of about 58 MB. */
export async function largeJourneyFile(): Promise<Uint8Array> {
  const bench = generateBenchJourney(LARGE_JOURNEY).document;
  const assets: JourneyAsset[] = [];
  const personas = [];
  for (let i = 0; i < 3; i++) {
    const blobId = newId('blob');
    const bytes = bigPhoto(i + 11);
    assets.push({ blobId, hash: await sha256Hex(bytes), type: 'image/png', bytes });
    personas.push(
      PersonaSchema.parse({
        id: newId('persona'),
        journeyId: bench.journey.id,
        name: TELUGU[i]!.slice(0, 20),
        photoBlobId: blobId,
      }),
    );
  }
  const document = { ...bench, journey: { ...bench.journey, title: LARGE_FILE_TITLE }, personas };
  return writeJourneyFile({ document, assets, appVersion: 'e2e', savedAt: new Date(bench.journey.updatedAt) });
}
