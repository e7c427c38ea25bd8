/**
 * The contract carries no dead channels: every invoke channel is called by
 * the renderer (through the Electron host) and every event channel has a
 * subscriber there. A channel nobody uses is attack surface for nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, IPC_CHANNELS } from '../../../electron/common/contract';
import { ROOT } from './helpers';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const renderer = sources(path.join(ROOT, 'renderer', 'src')).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

/** Files of the renderer that call `bridge.<name>(`. */
const callers = (name: string) =>
  renderer.filter(({ text }) => new RegExp(`\\bbridge\\s*\\.\\s*${name}\\s*\\(`).test(text)).map((f) => f.file);

describe('IPC contract channels', () => {
  it('has found the renderer sources', () => {
    expect(renderer.some((f) => f.file.endsWith(path.join('platform', 'electron-host.ts')))).toBe(true);
  });

  it.each(IPC_CHANNELS)('the renderer invokes %s', (channel) => {
    expect(callers(channel)).not.toEqual([]);
  });

  it.each(EVENT_CHANNELS)('the renderer listens to %s', (event) => {
    const subscription = `on${event[0]!.toUpperCase()}${event.slice(1)}`;
    expect(callers(subscription)).not.toEqual([]);
  });

  it('a channel the renderer does not call is caught (the check is not vacuous)', () => {
    expect(callers('printToPdf')).toEqual([]);
    expect(callers('openExternal')).toEqual([]);
    expect(callers('setTitle')).toEqual(['renderer/src/platform/electron-host.ts']);
  });
});
