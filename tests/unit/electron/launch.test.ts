import { describe, expect, it } from 'vitest';
import {
  CSV_FILE_EXTENSIONS,
  JOURNEY_FILE_EXTENSIONS,
  type IpcResult,
  type OpenedFile,
} from '../../../electron/common/contract';
import { OPENABLE_EXTENSIONS } from '../../../electron/main/ipc/file-actions';
import { journeyPathsFromArgv } from '../../../electron/main/launch/argv';
import { createOpenQueue } from '../../../electron/main/launch/open-queue';
import { SEED_TITLES, utf8 } from './helpers';

describe('journeyPathsFromArgv', () => {
  it('picks .journey paths, absolute, deduplicated, skipping the executable and switches', () => {
    const argv = [
      '/opt/Waymark/waymark',
      '--no-sandbox',
      'maps/Q3 workshop.journey',
      '/home/ana/Export.JOURNEY',
      'notes.pages',
      '--user-data-dir=/tmp/x.journey',
      'maps/Q3 workshop.journey',
      `/home/ana/${SEED_TITLES.ml.slice(0, 12)}.journey`,
    ];
    expect(journeyPathsFromArgv(argv, { workingDirectory: '/home/ana', pathStyle: 'posix' })).toEqual([
      '/home/ana/maps/Q3 workshop.journey',
      '/home/ana/Export.JOURNEY',
      `/home/ana/${SEED_TITLES.ml.slice(0, 12)}.journey`,
    ]);
  });

  it('takes every name the Open dialog and a drop take (.journey, .zip, .json, .csv, .tsv, .txt), nothing else', () => {
    const argv = [
      'waymark',
      `/home/ana/${SEED_TITLES.hy.slice(0, 10)}.CSV`,
      '/home/ana/photo.png',
      '/home/ana/setup.exe',
      '/home/ana/map.journey.zip',
      '/home/ana/touchpoints.csv',
      '/home/ana/map.journey',
      '/home/ana/export.JSON',
      '/home/ana/sheet.tsv',
      '/home/ana/unicode text.txt',
      '/home/ana/map.journey.dat',
    ];
    expect(journeyPathsFromArgv(argv, { workingDirectory: '/', pathStyle: 'posix' })).toEqual([
      `/home/ana/${SEED_TITLES.hy.slice(0, 10)}.CSV`,
      '/home/ana/map.journey.zip',
      '/home/ana/touchpoints.csv',
      '/home/ana/map.journey',
      '/home/ana/export.JSON',
      '/home/ana/sheet.tsv',
      '/home/ana/unicode text.txt',
    ]);
  });

  it('names the same extensions as the renderer’s Open dialogs and drop', () => {
    expect(OPENABLE_EXTENSIONS).toEqual(
      [...JOURNEY_FILE_EXTENSIONS, ...CSV_FILE_EXTENSIONS].map((extension) => `.${extension}`),
    );
    expect(OPENABLE_EXTENSIONS).toEqual(['.journey', '.zip', '.json', '.csv', '.tsv', '.txt']);
  });

  it('ignores the app folder of a development run', () => {
    expect(journeyPathsFromArgv(['/usr/bin/electron', '.'], { workingDirectory: '/work', pathStyle: 'posix' })).toEqual(
      [],
    );
    expect(
      journeyPathsFromArgv(['/usr/bin/electron', '/work/main', 'a.journey'], {
        workingDirectory: '/work',
        pathStyle: 'posix',
      }),
    ).toEqual(['/work/a.journey']);
  });

  it('understands Windows paths and file:// URLs', () => {
    expect(
      journeyPathsFromArgv(
        ['C:\\Program Files\\Waymark\\Waymark.exe', 'D:\\Maps\\Onboarding.journey', 'sub\\b.journey'],
        {
          workingDirectory: 'C:\\Users\\ana',
          pathStyle: 'win32',
        },
      ),
    ).toEqual(['D:\\Maps\\Onboarding.journey', 'C:\\Users\\ana\\sub\\b.journey']);
    expect(
      journeyPathsFromArgv(['waymark', 'file:///home/ana/My%20Map.journey'], {
        workingDirectory: '/',
        pathStyle: 'posix',
      }),
    ).toEqual(['/home/ana/My Map.journey']);
  });
});

describe('open queue', () => {
  const fakeRead = async (p: string): Promise<IpcResult<OpenedFile>> =>
    p.includes('missing')
      ? { ok: false, error: { code: 'not-found', message: `${p} could not be opened.` } }
      : { ok: true, value: { name: p.split('/').pop()!, path: p, bytes: utf8(SEED_TITLES.ta) } };

  it('holds files until the renderer is ready, then delivers each once, in order', async () => {
    const delivered: string[] = [];
    const reports: string[] = [];
    const queue = createOpenQueue({
      read: fakeRead,
      deliver: (f) => delivered.push(f.path!),
      report: (m) => reports.push(m),
    });
    queue.push('/a.journey', '/b.journey', '/a.journey');
    queue.push('/missing.journey');
    expect(queue.pending()).toEqual(['/a.journey', '/b.journey', '/missing.journey']);
    expect(delivered).toEqual([]);

    await queue.markReady();
    expect(delivered).toEqual(['/a.journey', '/b.journey']);
    expect(reports).toEqual(['/missing.journey could not be opened.']);
    expect(queue.pending()).toEqual([]);

    queue.push('/c.journey');
    await queue.idle();
    expect(delivered).toEqual(['/a.journey', '/b.journey', '/c.journey']);
  });

  it('holds again while the renderer reloads', async () => {
    const delivered: string[] = [];
    const queue = createOpenQueue({ read: fakeRead, deliver: (f) => delivered.push(f.path!), report: () => undefined });
    await queue.markReady();
    queue.markNotReady();
    queue.push('/late.journey');
    await queue.idle();
    expect(delivered).toEqual([]);
    await queue.markReady();
    expect(delivered).toEqual(['/late.journey']);
  });

  it('a read that throws is reported, not lost silently', async () => {
    const reports: string[] = [];
    const queue = createOpenQueue({
      read: () => Promise.reject(new Error('disk gone')),
      deliver: () => undefined,
      report: (m) => reports.push(m),
    });
    queue.push('/x.journey');
    await queue.markReady();
    // Said as a file that could not be read, in the words the other read failures use (any language).
    expect(reports).toEqual([
      'x.journey could not be opened: the file could not be read (unknown error); check that you may read it and try again.',
    ]);
  });

  it('takes the names a drop takes from the OS (macOS open-file), reporting and never reading the rest', async () => {
    const read: string[] = [];
    const delivered: string[] = [];
    const reports: string[] = [];
    const queue = createOpenQueue({
      read: (p) => {
        read.push(p);
        return fakeRead(p);
      },
      deliver: (f) => delivered.push(f.path!),
      report: (m) => reports.push(m),
    });
    queue.push('/Users/ana/Desktop/map.journey', '/Users/ana/Desktop/logo.svg', '/Applications/Tool.app');
    queue.push('/Users/ana/Desktop/touchpoints.CSV', '/Users/ana/.ssh/id_rsa');
    queue.push(
      '/Users/ana/Mail/map.journey.zip',
      '/Users/ana/Desktop/export.json',
      '/Users/ana/s.tsv',
      '/Users/ana/u.txt',
    );
    await queue.markReady();
    expect(read).toEqual([
      '/Users/ana/Desktop/map.journey',
      '/Users/ana/Desktop/touchpoints.CSV',
      '/Users/ana/Mail/map.journey.zip',
      '/Users/ana/Desktop/export.json',
      '/Users/ana/s.tsv',
      '/Users/ana/u.txt',
    ]);
    // Delivered as bytes: the renderer's reader decides by content what each one is.
    expect(delivered).toEqual(read);
    const refused =
      ' was not opened: Waymark opens journeys (.journey, .zip, .json) and touchpoint spreadsheets (.csv, .tsv, .txt).';
    expect(reports).toEqual([`logo.svg${refused}`, `Tool.app${refused}`, `id_rsa${refused}`]);
  });
});
