/**
 * A file the OS hands over (double-click, Open with, the command line, a second instance) arrives as
 * bytes with its name (main reads it within MAX_OPEN_BYTES and knows no journey logic); the renderer
 * opens it with the reader a picked or dropped journey goes through, deciding by content. Main takes
 * the names the pickers and a drop take; a file that is no journey is refused as the Open dialog
 * refuses it, and nothing in the library changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_OPEN_EXTENSIONS } from '../../../renderer/src/files-ui/csv-file';
import { JOURNEY_OPEN_EXTENSIONS } from '../../../renderer/src/files-ui/dropped-files';
import { openHandedOverFile, openJourneyFiles } from '../../../renderer/src/files-ui/open-files';
import { registerCsvImportHost, useCsvImportState } from '../../../renderer/src/files-ui/csv-import-state';
import { writeJourneyFile } from '../../../renderer/src/files';
import { getJourneyDocument, listJourneys, WaymarkDB } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';
import type { AppServices } from '../../../renderer/src/services';
import { OPENABLE_EXTENSIONS } from '../../../electron/main/ipc/file-actions';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, TAMIL } from '../../fixtures/seed-text';

let counter = 0;
const services = () =>
  ({ db: new WaymarkDB(`os-open-${process.pid}-${++counter}`), navigate: () => undefined }) as unknown as AppServices;
const messages = () => useToasts.getState().toasts.map((t) => t.message);
const utf8 = (s: string) => new TextEncoder().encode(s);

afterEach(() => useToasts.setState({ toasts: [] }));

function journeyDocument() {
  const b = journey(SEED_PHRASE.tamil);
  b.touchpoint(b.stage(SEED_PHRASE.armenian), { title: TAMIL[1] });
  return b.build();
}

describe('a file handed over by the OS', () => {
  it('is taken by main under every name the pickers and a drop take', () => {
    expect(OPENABLE_EXTENSIONS).toEqual([...JOURNEY_OPEN_EXTENSIONS, ...CSV_OPEN_EXTENSIONS].map((e) => `.${e}`));
  });

  it('opens a journey renamed .zip or .json by its content', async () => {
    const document = journeyDocument();
    const app = services();
    const bytes = writeJourneyFile({ document, assets: [], appVersion: 'test', savedAt: new Date(0) });
    await openJourneyFiles(app, [{ name: 'map.journey.zip', path: '/home/ana/map.journey.zip', bytes }]);
    expect((await getJourneyDocument(app.db, document.journey.id))?.touchpoints.map((t) => t.title)).toEqual([
      TAMIL[1],
    ]);
    const other = services();
    await openJourneyFiles(other, [
      { name: 'map.json', path: '/home/ana/map.json', bytes: utf8(JSON.stringify(document)) },
    ]);
    expect((await getJourneyDocument(other.db, document.journey.id))?.journey.title).toBe(SEED_PHRASE.tamil);
  });

  it('refuses a .txt, .tsv or .json that is no journey with the Open dialog’s sentence, storing nothing', async () => {
    const app = services();
    const before = journeyDocument();
    const bytes = writeJourneyFile({ document: before, assets: [], appVersion: 'test', savedAt: new Date(0) });
    await openJourneyFiles(app, [{ name: 'mine.journey', path: '/home/ana/mine.journey', bytes }]);
    useToasts.setState({ toasts: [] });
    const stored = await getJourneyDocument(app.db, before.journey.id);
    expect(stored?.touchpoints).toHaveLength(1);
    await openJourneyFiles(app, [
      { name: 'notes.txt', path: '/home/ana/notes.txt', bytes: utf8('Stage,Title\nDiscover,Sees an ad\n') },
      { name: 'sheet.tsv', path: '/home/ana/sheet.tsv', bytes: utf8('Stage\tTitle\nBuy\tPays\n') },
      { name: 'data.json', path: '/home/ana/data.json', bytes: utf8('{"rows": []}') },
    ]);
    const plain =
      'This file is plain text, not a Waymark journey (a .journey file is a zip archive). Open the .journey file that Waymark saved; to bring in a list of touchpoints, use Import touchpoints from CSV.';
    expect(messages()).toEqual([
      `notes.txt: ${plain}`,
      `sheet.tsv: ${plain}`,
      'data.json: This file is JSON text, but not a Waymark journey. Open a .journey file saved by Waymark.',
    ]);
    expect(await listJourneys(app.db)).toHaveLength(1);
    expect(await getJourneyDocument(app.db, before.journey.id)).toEqual(stored);
  });

  it('imports a spreadsheet into the open journey, as a drop does, and says to open one first when none is', async () => {
    const app = services();
    const csv = { name: 'ஆய்வு.csv', path: '/home/ana/ஆய்வு.csv', bytes: utf8('Stage,Title\nDiscover,Sees an ad\n') };
    await openHandedOverFile(app, csv);
    expect(messages()).toEqual(['ஆய்வு.csv: open a journey first, then import the CSV into it.']);
    expect(useCsvImportState.getState().request).toBeNull();

    const unregister = registerCsvImportHost();
    try {
      useToasts.setState({ toasts: [] });
      await openHandedOverFile(app, { ...csv, name: 'sheet.tsv', bytes: utf8('Stage\tTitle\nBuy\tPays\n') });
      expect(messages()).toEqual([]);
      expect(useCsvImportState.getState().request).toMatchObject({ fileName: 'sheet.tsv' });
      expect(useCsvImportState.getState().request?.parsed.rows).toHaveLength(1);
    } finally {
      unregister();
    }
    expect(await listJourneys(app.db)).toHaveLength(0);
  });
});
