import { describe, expect, it } from 'vitest';
import { droppedFileKind, isFileDrag, planDrop } from '../../../renderer/src/files-ui/dropped-files';
import { folderOf } from '../../../renderer/src/files-ui/file-paths';
import { csvFileFilters, readCsvFile } from '../../../renderer/src/files-ui/csv-file';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const file = (name: string) => ({ name });

describe('dropped files', () => {
  it('tell journey and .csv files by their extension, in any case and any script', () => {
    expect(droppedFileKind(`${TAMIL[0]}.journey`)).toBe('journey');
    expect(droppedFileKind('MAP.JOURNEY')).toBe('journey');
    expect(droppedFileKind(`${MALAYALAM[2]}.CSV`)).toBe('csv');
    expect(droppedFileKind('csv')).toBe('other');
  });

  it('import a .tsv (Google Sheets’ and Numbers’ tab-separated download) like a .csv, dropped or picked', () => {
    expect(droppedFileKind(`${TAMIL[0]}.tsv`)).toBe('csv');
    expect(droppedFileKind('SHEET.TSV')).toBe('csv');
    expect(planDrop([file('touchpoints.tsv')], true).csv).toEqual(file('touchpoints.tsv'));
    expect(csvFileFilters()[0]?.extensions).toContain('tsv');
  });

  it('take by a drop every name the CSV dialog takes, .txt included, and refuse the same bytes with the same sentence', () => {
    for (const extension of csvFileFilters()[0]!.extensions) {
      expect(droppedFileKind(`${TAMIL[0]}.${extension.toUpperCase()}`)).toBe('csv');
    }
    const txt = file('touchpoints.txt');
    expect(planDrop([txt], true)).toEqual({ journeys: [], csv: txt, refused: [] });
    expect(planDrop([txt], false).refused[0]!.message).toBe(
      'touchpoints.txt: open a journey first, then drop the CSV on it to import its touchpoints.',
    );
    // Dropped or picked, the same reading: a .txt that is no text says so, one that is a list is read.
    expect(readCsvFile('touchpoints.txt', Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0))).toEqual({
      ok: false,
      message:
        'touchpoints.txt is not a CSV text file; in your spreadsheet app choose Save as › CSV, then import that file.',
    });
    const read = readCsvFile('touchpoints.txt', new TextEncoder().encode(`Stage\tTitle\n${MALAYALAM[0]}\tAd\n`));
    expect(read.ok && read.parsed.rows).toEqual([[MALAYALAM[0], 'Ad']]);
  });

  it('count only drags that carry files, not a node moved on the canvas or selected text', () => {
    expect(isFileDrag(['Files'])).toBe(true);
    expect(isFileDrag(['text/plain', 'Files'])).toBe(true);
    expect(isFileDrag(['text/plain', 'text/html'])).toBe(false);
    expect(isFileDrag([])).toBe(false);
    expect(isFileDrag(null)).toBe(false);
    expect(isFileDrag(undefined)).toBe(false);
  });

  it('open every .journey and refuse every other file with one sentence naming it', () => {
    const a = file(`${TAMIL[0]}.journey`);
    const b = file('b.journey');
    const pdf = file('report.pdf');
    const plan = planDrop([a, pdf, b], false);
    expect(plan.journeys).toEqual([a, b]);
    expect(plan.csv).toBeNull();
    expect(plan.refused).toEqual([
      {
        file: pdf,
        message:
          'report.pdf cannot be opened: Waymark opens journeys (.journey, .zip or .json) and imports touchpoints from .csv, .tsv or .txt files.',
      },
    ]);
  });

  it('import a CSV only into an open journey, one at a time, and never alongside journey files', () => {
    const csv = file(`${MALAYALAM[2]}.csv`);
    const second = file('second.csv');
    expect(planDrop([csv], true)).toEqual({ journeys: [], csv, refused: [] });

    const closed = planDrop([csv], false);
    expect(closed.csv).toBeNull();
    expect(closed.refused[0]!.message).toBe(
      `${MALAYALAM[2]}.csv: open a journey first, then drop the CSV on it to import its touchpoints.`,
    );

    const two = planDrop([csv, second], true);
    expect(two.csv).toBe(csv);
    expect(two.refused.map((r) => r.file)).toEqual([second]);
    expect(two.refused[0]!.message).toMatch(/^second\.csv was not imported: one CSV file is imported at a time/);

    const mixed = planDrop([csv, file('x.journey')], true);
    expect(mixed.csv).toBeNull();
    expect(mixed.journeys).toHaveLength(1);
    expect(mixed.refused[0]!.message).toMatch(/drop a CSV file on its own/);
  });
});

describe('folderOf', () => {
  it('gives the folder of POSIX and Windows paths', () => {
    expect(folderOf(`/home/anu/${TAMIL[0]}.journey`)).toBe('/home/anu');
    expect(folderOf('C:\\Users\\anu\\map.journey')).toBe('C:\\Users\\anu');
    expect(folderOf('/map.journey')).toBe('/');
    expect(folderOf('map.journey')).toBe('');
  });
});
