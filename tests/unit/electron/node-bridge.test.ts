import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeBridge, createScriptedDialog, decodeBytes, encodeBytes } from '../../support/node-bridge';
import { SEED_TITLES, fromUtf8, utf8, withTempDir } from './helpers';

const JOURNEY_FILTER = [{ name: 'Waymark journey', extensions: ['journey'] }];

describe('bytes on the JSON wire', () => {
  it('round-trips nested Uint8Arrays through base64 and survives JSON', () => {
    const value = { name: SEED_TITLES.ta, files: [{ bytes: utf8(SEED_TITLES.hy) }], n: 3, none: null };
    const wire = JSON.parse(JSON.stringify(encodeBytes(value)));
    expect(wire.files[0].bytes).toEqual({ __bytes: Buffer.from(SEED_TITLES.hy).toString('base64') });
    const back = decodeBytes(wire) as typeof value;
    expect(back.files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(fromUtf8(back.files[0]!.bytes)).toBe(SEED_TITLES.hy);
    expect(back.name).toBe(SEED_TITLES.ta);
  });

  it('is safe to apply twice', () => {
    const bytes = utf8('abc');
    expect(decodeBytes(decodeBytes(encodeBytes(bytes)))).toEqual(bytes);
    expect(encodeBytes(encodeBytes(bytes))).toEqual(encodeBytes(bytes));
  });
});

describe('node bridge', () => {
  it('saves and reopens through the real handlers with a scripted dialog', async () => {
    await withTempDir(async (dir) => {
      const dialog = createScriptedDialog();
      const bridge = createNodeBridge({
        userDataDir: path.join(dir, 'userData'),
        dialog,
        printHtmlToPdf: async (h) => utf8(h),
      });
      const target = path.join(dir, 'తెలుగు.journey');
      dialog.nextSave(target);
      expect(dialog.pending()).toBe(1);

      const saved = await bridge.invoke('saveFile', [
        {
          suggestedName: 'తెలుగు.journey',
          filters: JOURNEY_FILTER,
          bytes: { __bytes: Buffer.from(SEED_TITLES.te).toString('base64') },
        },
      ]);
      expect(saved).toEqual({ ok: true, value: { name: 'తెలుగు.journey', path: target } });
      expect(await readFile(target, 'utf8')).toBe(SEED_TITLES.te);
      expect(dialog.pending()).toBe(0);

      const reopened = await bridge.invoke('openRecent', [target]);
      expect(reopened.ok).toBe(true);
      const wire = encodeBytes(reopened) as { value: { bytes: { __bytes: string } } };
      expect(Buffer.from(wire.value.bytes.__bytes, 'base64').toString('utf8')).toBe(SEED_TITLES.te);
    });
  });

  it('cancels dialogs with nothing queued, records titles, refuses unknown channels', async () => {
    await withTempDir(async (dir) => {
      const dialog = createScriptedDialog();
      const bridge = createNodeBridge({ userDataDir: dir, dialog, printHtmlToPdf: async () => utf8('') });
      await writeFile(path.join(dir, 'x.journey'), '{}');
      expect(await bridge.invoke('openFile', [{ filters: JOURNEY_FILTER }])).toEqual({ ok: true, value: [] });
      expect(dialog.requests).toHaveLength(1);
      await bridge.invoke('setTitle', [SEED_TITLES.ml]);
      expect(bridge.titles).toEqual([SEED_TITLES.ml]);
      expect(await bridge.invoke('runShell', ['rm -rf /'])).toMatchObject({
        ok: false,
        error: { code: 'bad-arguments' },
      });
      expect(await bridge.invoke('appInfo', [])).toMatchObject({
        ok: true,
        value: { name: 'Waymark', electron: null },
      });
    });
  });

  it('answers the live channels with the real session server on loopback, serving the given app', async () => {
    await withTempDir(async (dir) => {
      const app = path.join(dir, 'renderer');
      await mkdir(app);
      await writeFile(path.join(app, 'index.html'), '<!doctype html><html><head></head><body>Waymark</body></html>');
      const bridge = createNodeBridge({
        userDataDir: path.join(dir, 'userData'),
        dialog: createScriptedDialog(),
        printHtmlToPdf: async (h) => utf8(h),
        liveStaticDir: app,
      });
      const started = await bridge.invoke('liveStart', [
        { journeyId: 'journey:bridge', journeyTitle: SEED_TITLES.te, requireApproval: false },
      ]);
      if (!started.ok) throw new Error(started.error.message);
      const info = started.value as { joinUrls: Record<string, string>; port: number };
      expect(info.joinUrls.contributor).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${info.port}/#/join/`));
      expect(await (await fetch(info.joinUrls.contributor ?? '')).text()).toContain('Waymark');
      expect(await bridge.invoke('liveStatus', [])).toEqual({ ok: true, value: info });
      expect(await bridge.invoke('liveEnd', [])).toEqual({ ok: true, value: true });
      expect(bridge.live.status()).toBeNull();
      await expect(fetch(`http://127.0.0.1:${info.port}/`)).rejects.toThrow();
    });
  });
});
