/**
 * A refused `.journey` says what is really wrong: what the file is when it is
 * no zip (read from its bytes, not its name), and which size limit it hit,
 * with the numbers, when it is too large. Each message: what happened, then
 * what to do, one sentence each.
 */
import { describe, expect, it } from 'vitest';
import { readJourneyFile, writeJourneyFile, type FileErrorCode } from '../../../renderer/src/files';
import { sniffFileKind } from '../../../renderer/src/files/journey/sniff';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL } from '../../fixtures/seed-text';
import { buildZip, deflated, stored, text, zeroBomb } from './zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = text('GIF89a\x01\x00\x01\x00');

async function refusal(bytes: Uint8Array, code: FileErrorCode, limits = {}) {
  const r = await readJourneyFile(bytes, { limits });
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.code).toBe(code);
  // Two sentences: what happened, what to do.
  expect(r.error.message.match(/[.!?](\s|$)/g)).toHaveLength(2);
  expect(r.error.message).not.toMatch(/ends in \.journey/);
  return r.error.message;
}

const journeyZip = (...extra: Parameters<typeof buildZip>[0]) =>
  buildZip([
    deflated('manifest.json', text(JSON.stringify(MANIFEST))),
    deflated('journey.json', text(JSON.stringify(sampleJourney()))),
    ...extra,
  ]);

describe('a .journey that is no zip says what it is', () => {
  it('reads the kind from the bytes', () => {
    expect(sniffFileKind(new Uint8Array())).toEqual({ kind: 'empty' });
    expect(sniffFileKind(PNG)).toEqual({ kind: 'image', name: 'PNG' });
    expect(sniffFileKind(JPEG)).toEqual({ kind: 'image', name: 'JPEG' });
    expect(sniffFileKind(GIF)).toEqual({ kind: 'image', name: 'GIF' });
    expect(sniffFileKind(text('%PDF-1.7\n%âãÏÓ'))).toEqual({ kind: 'pdf' });
    expect(sniffFileKind(text(`${TAMIL[1]}\r\n`))).toEqual({ kind: 'text' });
    expect(sniffFileKind(text('\uFEFF  [1, 2, 3]'))).toEqual({ kind: 'json' });
    expect(sniffFileKind(Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 251))).toEqual({ kind: 'unknown' });
    // A Tamil letter cut in half at the end of the 4 KB sample is still text.
    const long = text(TAMIL[1]!.repeat(40));
    expect(sniffFileKind(long)).toEqual({ kind: 'text' });
  });

  it('an empty file', async () => {
    expect(await refusal(new Uint8Array(), 'not-a-zip')).toBe(
      'This file is empty (0 bytes), so there is no journey in it. Ask the sender for the file again.',
    );
  });

  it('a PNG, a JPEG and a GIF image', async () => {
    expect(await refusal(PNG, 'not-a-zip')).toBe(
      'This file is a PNG image, not a Waymark journey, although its name says otherwise. Open the .journey file that Waymark saved; a picture can be added to a persona as its photo.',
    );
    expect(await refusal(JPEG, 'not-a-zip')).toMatch(/^This file is a JPEG image, not a Waymark journey/);
    expect(await refusal(GIF, 'not-a-zip')).toMatch(/^This file is a GIF image, not a Waymark journey/);
  });

  it('a PDF report', async () => {
    expect(await refusal(text('%PDF-1.7\n'), 'not-a-zip')).toBe(
      'This file is a PDF document, not a Waymark journey, although its name says otherwise. Open the .journey file that Waymark saved; a PDF report cannot be turned back into a map.',
    );
  });

  it('plain text, in any script', async () => {
    expect(await refusal(text(`${TAMIL[0]}\n${TAMIL[1]}`), 'not-a-zip')).toBe(
      'This file is plain text, not a Waymark journey (a .journey file is a zip archive). Open the .journey file that Waymark saved; to bring in a list of touchpoints, use Import touchpoints from CSV.',
    );
  });

  it('JSON that is not a journey', async () => {
    const expected = 'This file is JSON text, but not a Waymark journey. Open a .journey file saved by Waymark.';
    expect(await refusal(text('{"not":"a journey"}'), 'not-a-zip')).toBe(expected);
    expect(await refusal(text('[1,2,3]'), 'not-a-zip')).toBe(expected);
  });

  it('anything else', async () => {
    expect(
      await refusal(
        Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 251),
        'not-a-zip',
      ),
    ).toBe(
      'This file is not a Waymark journey: it is not the zip archive every .journey file is. Ask the sender to save the journey again from Waymark.',
    );
  });
});

describe('a .journey too large to open says which limit it hit', () => {
  it('unpacked size (a zip bomb): the size and the limit, and no advice about photos', async () => {
    const bomb = buildZip([
      deflated('manifest.json', text(JSON.stringify(MANIFEST))),
      { name: 'journey.json', data: zeroBomb(4_200_000), method: 8, crc: 0, declaredSize: 1_083_600_001 },
    ]);
    const message = await refusal(bomb, 'too-large');
    expect(message).toBe(
      'This journey file would unpack to 1,033 MB, more than the 200 MB Waymark unpacks safely, so it was not opened. It was not saved by Waymark as it is; ask the sender to save the journey again from Waymark.',
    );
    expect(message).not.toMatch(/photo/);
  });

  it('a header that lies about its size is caught while unpacking', async () => {
    const zip = buildZip([
      deflated('manifest.json', text(JSON.stringify(MANIFEST))),
      { name: 'journey.json', data: zeroBomb(4_200_000), method: 8, crc: 0, declaredSize: 2_000 },
    ]);
    expect(await refusal(zip, 'too-large')).toBe(
      'Part of this journey file unpacks to more than it says it holds, so it was not opened. Ask for the file again, saved from Waymark.',
    );
  });

  it('number of entries: the count and the limit', async () => {
    const many = Array.from({ length: 2_001 }, (_, i) => stored(`junk/${i}.txt`, text('x')));
    const message = await refusal(journeyZip(...many), 'too-large');
    expect(message).toBe(
      'This journey file holds 2,003 entries, more than the 2,000 Waymark reads, so it was not opened. A journey file holds a few; ask the sender to save the journey again from Waymark.',
    );
    expect(message).not.toMatch(/photo/);
  });

  it('the file itself: here large photos are the likely cause, and the advice says so', async () => {
    const file = writeJourneyFile({ document: sampleJourney(), assets: [], appVersion: 't', savedAt: new Date(0) });
    expect(await refusal(file, 'too-large', { maxFileBytes: 1024 })).toMatch(
      /^This journey file is \d+(\.\d)? KB, more than the 1 KB Waymark opens\. Ask the sender to remove large persona photos and save again\.$/,
    );
  });

  it('journey.json inside: long texts, not photos', async () => {
    const message = await refusal(journeyZip(), 'too-large', { maxJourneyJsonBytes: 1024 });
    expect(message).toMatch(
      /^The journey inside this file unpacks to \d+ KB, more than the 1 KB Waymark reads\. Ask the sender to split the journey into smaller ones or shorten its longest texts, and save again\.$/,
    );
  });

  it('a plain JSON journey over its limit', async () => {
    expect(await refusal(text(JSON.stringify(sampleJourney())), 'too-large', { maxJourneyJsonBytes: 1024 })).toMatch(
      /^This JSON journey is \d+ KB, more than the 1 KB Waymark reads\. Ask the sender to save it as a \.journey file from Waymark\.$/,
    );
  });
});
