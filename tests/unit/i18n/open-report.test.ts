// @vitest-environment happy-dom
/**
 * Opening a .journey that needed repairs or left parts out: the toast counts them and its
 * Details button lists each one, in the interface language (files-ui/open-files.ts openReport).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readJourneyFile } from '../../../renderer/src/files';
import { openReport } from '../../../renderer/src/files-ui/open-files';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL } from '../../fixtures/seed-text';
import { buildZip, deflated, stored, text } from '../files/zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };

/** A journey whose connections (one unless said) point at a touchpoint that is not there, with a stray entry beside it. */
async function repairedRead(lost = 1) {
  const doc = sampleJourney();
  const dangling = Array.from({ length: lost }, (_, i) => ({
    ...doc.connections[0]!,
    id: `connection:lost${i}`,
    target: 'touchpoint:lost',
  }));
  const bytes = buildZip([
    deflated('manifest.json', text(JSON.stringify(MANIFEST))),
    deflated('journey.json', text(JSON.stringify({ ...doc, connections: [...doc.connections, ...dangling] }))),
    stored('notes.txt', text('x')),
  ]);
  const read = await readJourneyFile(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read;
}

afterEach(() => setUiLanguage('en'));

describe('the report of an opened file', () => {
  it('counts what was repaired and left out, and lists each in English', async () => {
    const read = await repairedRead();
    const report = openReport('map.journey', 'Map', read);
    expect(report.summary).toBe(
      'Opened “Map” from map.journey. 1 broken link was repaired. 1 part of the file was left out.',
    );
    expect(report.lines).toEqual([...read.repairs, ...read.warnings]);
    expect(report.details?.label).toBe('Details');
  });

  it('says each repair and left-out part in Tamil', async () => {
    const read = await repairedRead();
    await setUiLanguage('ta');
    const title = TAMIL[0]!.slice(0, 20);
    const report = openReport('map.journey', title, read);
    expect(report.lines).toEqual([
      'இல்லாத தொடுப்புள்ளிக்குச் செல்லும் ஓர் இணைப்பு நீக்கப்பட்டது.',
      'அறியப்படாத “notes.txt” பகுதி புறக்கணிக்கப்பட்டது.',
    ]);
    expect(report.summary).toContain(title);
    expect(report.summary).toContain('கோப்பின் 1 பகுதி விடப்பட்டது.');
    expect(report.details?.label).toBe('விவரங்கள்');
    for (const line of [report.summary, ...report.lines])
      expect(line.replace(/notes\.txt|map\.journey/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('says a change made more than once once, with how many times, where it first came', async () => {
    const read = await repairedRead(3);
    const report = openReport('map.journey', 'Map', read);
    expect(report.summary).toContain('3 broken links were repaired.');
    expect(report.lines).toEqual([
      'Dropped a connection to a touchpoint that does not exist. (3 times)',
      'Ignored the unknown entry “notes.txt”.',
    ]);
    await setUiLanguage('ta');
    expect(openReport('map.journey', 'Map', read).lines[0]).toBe(
      'இல்லாத தொடுப்புள்ளிக்குச் செல்லும் ஓர் இணைப்பு நீக்கப்பட்டது. (3 முறை)',
    );
  });

  it('a file opened without repairs shows no Details button', async () => {
    const read = await readJourneyFile(text(JSON.stringify(sampleJourney())));
    if (!read.ok) throw new Error(read.error.message);
    // A plain JSON journey leaves its photos out: said too.
    expect(openReport('a.json', 'A', read).details).toBeDefined();
    expect(openReport('a.journey', 'A', { repairTexts: [], warningTexts: [] })).toEqual({
      summary: 'Opened “A” from a.journey.',
      lines: [],
    });
  });
});
