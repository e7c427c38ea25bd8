/**
 * A `.journey` renamed on its way (a mail system's `.zip`, a user's `.json`, no extension at all) is
 * opened by its content, dropped or picked, with the reader's checks; a file that is no journey is
 * still refused, saying what it is. The drop and the Open dialog take the same names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { droppedFileKind, JOURNEY_OPEN_EXTENSIONS, planDrop } from '../../../renderer/src/files-ui/dropped-files';
import { journeyOpenFilters, openDroppedFiles } from '../../../renderer/src/files-ui/open-files';
import { writeJourneyFile } from '../../../renderer/src/files';
import { getJourneyDocument, listJourneys, WaymarkDB } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';
import type { AppServices } from '../../../renderer/src/services';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, TAMIL } from '../../fixtures/seed-text';
import { buildZip, deflated, text } from '../files/zip-tools';

let counter = 0;
const services = () =>
  ({ db: new WaymarkDB(`renamed-${process.pid}-${++counter}`), navigate: () => undefined }) as unknown as AppServices;
const messages = () => useToasts.getState().toasts.map((t) => t.message);

afterEach(() => useToasts.setState({ toasts: [] }));

function journeyBytes() {
  const b = journey(SEED_PHRASE.tamil);
  const stage = b.stage(SEED_PHRASE.armenian);
  b.touchpoint(stage, { title: TAMIL[1] });
  const document = b.build();
  return { document, bytes: writeJourneyFile({ document, assets: [], appVersion: 'test', savedAt: new Date(0) }) };
}

describe('a journey under another name', () => {
  it('is taken by a drop as a journey when named .zip or .json, or by its first bytes under any other name', () => {
    const { bytes } = journeyBytes();
    expect(droppedFileKind('map.zip')).toBe('journey');
    expect(droppedFileKind(`${TAMIL[0]}.JSON`)).toBe('journey');
    expect(droppedFileKind('map.journey.dat', bytes.subarray(0, 64))).toBe('journey');
    expect(droppedFileKind('map', text('\uFEFF  {"journey":'))).toBe('journey');
    // Not a zip nor JSON: refused by its name, as before.
    expect(droppedFileKind('photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10))).toBe('other');
    expect(droppedFileKind('report.pdf', text('%PDF-1.7'))).toBe('other');
    // An Excel workbook or a Word file is a zip too, but starts with other entries: refused as it was,
    // with the sentence that points to CSV, not opened as a broken journey.
    const xlsx = buildZip([
      deflated('[Content_Types].xml', text('<Types/>')),
      deflated('xl/workbook.xml', text('<w/>')),
    ]);
    expect(droppedFileKind('touchpoints.xlsx', xlsx.subarray(0, 64))).toBe('other');
    const sheet = { name: 'touchpoints.xlsx' };
    expect(planDrop([sheet], true, new Map([[sheet, xlsx.subarray(0, 64)]])).refused[0]?.message).toBe(
      'touchpoints.xlsx cannot be opened: Waymark opens journeys (.journey, .zip or .json) and imports touchpoints from .csv, .tsv or .txt files.',
    );
    const renamed = { name: 'attachment' };
    expect(planDrop([renamed], false, new Map([[renamed, bytes.subarray(0, 64)]])).journeys).toEqual([renamed]);
  });

  it('is taken as a journey under a CSV or text name when its bytes are a journey’s zip; a text file stays a CSV', () => {
    const { bytes } = journeyBytes();
    const head = bytes.subarray(0, 64);
    expect(droppedFileKind('notes.txt', head)).toBe('journey');
    expect(droppedFileKind(`${TAMIL[0]}.CSV`, head)).toBe('journey');
    expect(droppedFileKind('notes.txt', text('title,stage\n'))).toBe('csv');
    // A text file may start with a brace: still a CSV under its name.
    expect(droppedFileKind('notes.txt', text('{"journey":'))).toBe('csv');
    expect(droppedFileKind('notes.txt')).toBe('csv');
    const notes = { name: 'notes.txt' };
    // Over the library a CSV would be refused; this one opens as the journey it is.
    expect(planDrop([notes], false, new Map([[notes, head]]))).toEqual({ journeys: [notes], csv: null, refused: [] });
  });

  it('opens when dropped as .zip, with every stage and touchpoint', async () => {
    const { document, bytes } = journeyBytes();
    const app = services();
    await openDroppedFiles(app, [new File([bytes as BlobPart], 'map.zip')]);
    const stored = await getJourneyDocument(app.db, document.journey.id);
    expect(stored?.journey.title).toBe(SEED_PHRASE.tamil);
    expect(stored?.stages.map((s) => s.name)).toEqual([SEED_PHRASE.armenian]);
    expect(stored?.touchpoints.map((t) => t.title)).toEqual([TAMIL[1]]);
    expect(messages()).toEqual([`Opened “${SEED_PHRASE.tamil}” from map.zip.`]);
  });

  it('opens a plain JSON journey named .json', async () => {
    const { document } = journeyBytes();
    const app = services();
    await openDroppedFiles(app, [new File([JSON.stringify(document)], 'map.json')]);
    expect((await getJourneyDocument(app.db, document.journey.id))?.touchpoints).toHaveLength(1);
  });

  it('refuses a zip or JSON that is no journey, saying what it is, and stores nothing', async () => {
    const app = services();
    const docx = buildZip([
      deflated('[Content_Types].xml', text('<Types/>')),
      deflated('word/document.xml', text('<w/>')),
    ]);
    await openDroppedFiles(app, [new File([docx as BlobPart], 'letter.zip'), new File(['{"rows": []}'], 'data.json')]);
    expect(await listJourneys(app.db)).toEqual([]);
    expect(messages()).toEqual([
      'letter.zip: This zip file is not a Waymark journey: it has no manifest.json. Open a file saved by Waymark.',
      'data.json: This file is JSON text, but not a Waymark journey. Open a .journey file saved by Waymark.',
    ]);
  });

  it('is offered by the Open dialog under the same names a drop takes', () => {
    const [filter] = journeyOpenFilters();
    expect(filter?.extensions).toEqual(['journey', 'zip', 'json']);
    expect(filter?.extensions).toEqual([...JOURNEY_OPEN_EXTENSIONS]);
    for (const extension of filter!.extensions) expect(droppedFileKind(`a.${extension}`)).toBe('journey');
  });
});
