/**
 * A journey's title may be 1,000 characters long; main takes a window title of at most 300 and
 * refused a longer one, so the window kept the title of the journey before. The Electron host now
 * cuts it, at a whole letter, with an ellipsis; a title within the limit passes as it is.
 */
import { describe, expect, it } from 'vitest';
import { ipcName, MAX_WINDOW_TITLE_CHARS } from '../../../electron/common/contract';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import type { SenderInfo } from '../../../electron/main/ipc/sender';
import { buildBridge } from '../../../electron/preload/bridge';
import { createElectronHost } from '../../../renderer/src/platform/electron-host';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const APP_SENDER: SenderInfo = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };
const unused = () => Promise.reject(new Error('not used here'));

function hostWithWindow() {
  const titles: string[] = [];
  const handlers = createIpcHandlers({
    fs: { open: unused, writeFileAtomic: unused },
    dialog: { showOpenDialog: unused, showSaveDialog: unused, confirmReplace: unused },
    printHtmlToPdf: unused,
    setTitle: (title: string) => void titles.push(title),
    closeReady: () => false,
    appInfo: () => ({ name: 'Waymark', version: '0', platform: 'linux', electron: null, chrome: null }),
    recent: { list: unused, add: unused, has: unused, remove: unused, clear: unused, onChange: () => () => undefined },
    live: null,
    now: Date.now,
    log: () => undefined,
  } as unknown as Parameters<typeof createIpcHandlers>[0]);
  const calls: Promise<unknown>[] = [];
  const bridge = buildBridge({
    invoke: (channel, ...args) => {
      const name = channel.replace(/^waymark:/, '') as keyof typeof handlers;
      expect(ipcName(name)).toBe(channel);
      const call = (handlers[name] as (s: SenderInfo, a: unknown) => Promise<unknown>)(APP_SENDER, args);
      calls.push(call);
      return call;
    },
    on: () => undefined,
    removeListener: () => undefined,
  });
  return { host: createElectronHost(bridge), titles, settled: () => Promise.all(calls) };
}

describe('the window title in the Electron host', () => {
  it('cuts a journey title longer than main takes, at a whole letter, and shows it', async () => {
    const { host, titles, settled } = hostWithWindow();
    // Malayalam letters with their vowel signs: a cut inside one would leave a lone sign.
    const long = `${MALAYALAM[0]!} `.repeat(40).trim();
    expect(long.length).toBeGreaterThan(MAX_WINDOW_TITLE_CHARS);
    host.setTitle(`${long} — Waymark`);
    await settled();
    expect(titles).toHaveLength(1);
    const shown = titles[0]!;
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(MAX_WINDOW_TITLE_CHARS);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    // Cut between graphemes: what is kept ends where a grapheme of the whole title ends.
    const segmenter = new Intl.Segmenter('ml', { granularity: 'grapheme' });
    const ends = new Set([...segmenter.segment(long)].map((s) => s.index + s.segment.length));
    expect(ends.has(shown.length - 1)).toBe(true);
  });

  it('passes a title within the limit as it is', async () => {
    const { host, titles, settled } = hostWithWindow();
    host.setTitle(`${TAMIL[0]!} — Waymark`);
    await settled();
    expect(titles).toEqual([`${TAMIL[0]!} — Waymark`]);
  });
});
