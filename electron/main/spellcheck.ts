/**
 * Spellcheck without the network. Chromium's spellchecker fetches Hunspell
 * dictionaries from Google's CDN on Windows and Linux; macOS uses the OS
 * spellchecker and downloads nothing. Dictionaries cannot be bundled with
 * Waymark (licences and size), so:
 *
 * - spellcheck is ON by default on macOS and OFF on Windows and Linux;
 *   Edit › Check Spelling turns it on or off, remembered in `preferences.json`;
 * - the download URL always points at a folder inside the app
 *   (`resources/dictionaries/`, empty unless a packager adds `.bdic` files),
 *   so even when it is on, a dictionary fetch never leaves the machine; where
 *   no dictionary is there, words simply go unchecked.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { atomicWrite, type AtomicFs } from './files/atomic-write';

export const PREFERENCES_NAME = 'preferences.json';
export const DICTIONARY_FOLDER = 'dictionaries';

/** On by default only where the OS checks spelling itself (no dictionary download). */
export const spellcheckDefault = (platform: NodeJS.Platform): boolean => platform === 'darwin';

/** The local folder Chromium may fetch dictionaries from (a file:// URL with the trailing slash it needs). */
export function dictionaryDownloadUrl(resourcesPath: string): string {
  const href = pathToFileURL(path.join(resourcesPath, DICTIONARY_FOLDER)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

const StoredPreferencesSchema = z.object({
  format: z.literal('waymark-preferences'),
  version: z.literal(1),
  spellcheck: z.boolean().optional(),
});

export interface PreferencesFs extends AtomicFs {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

export interface SpellcheckSetting {
  enabled(): Promise<boolean>;
  /** Saves the choice; the returned promise says whether it was written. */
  set(enabled: boolean): Promise<boolean>;
}

export function createSpellcheckSetting(options: {
  userDataDir: string;
  platform: NodeJS.Platform;
  fs?: PreferencesFs;
  log?: (message: string) => void;
}): SpellcheckSetting {
  const fs: PreferencesFs = options.fs ?? nodeFs;
  const file = path.join(options.userDataDir, PREFERENCES_NAME);
  const log = options.log ?? ((m: string) => console.warn(m));
  let cache: boolean | null = null;
  return {
    async enabled() {
      if (cache !== null) return cache;
      try {
        const parsed = StoredPreferencesSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
        if (!parsed.success) log(`Ignored damaged preferences at ${file}.`);
        cache = parsed.success && parsed.data.spellcheck !== undefined ? parsed.data.spellcheck : null;
      } catch {
        cache = null;
      }
      cache ??= spellcheckDefault(options.platform);
      return cache;
    },
    async set(enabled) {
      cache = enabled;
      const body = JSON.stringify({ format: 'waymark-preferences', version: 1, spellcheck: enabled }, null, 2);
      await fs.mkdir(options.userDataDir, { recursive: true }).catch(() => undefined);
      const result = await atomicWrite(file, new TextEncoder().encode(body), fs);
      if (!result.ok) log(`Could not save preferences (${result.step}: ${result.message}).`);
      return result.ok;
    },
  };
}
