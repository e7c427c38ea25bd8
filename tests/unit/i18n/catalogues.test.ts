/**
 * The interface catalogues (renderer/src/i18n/locales) stay complete and
 * lean: every language has exactly the English keys, every key is used by
 * the code (the source is scanned for catalogue keys in string literals, so
 * `t('library.empty')` and key tables like GROUP_LABELS both count), every
 * key the code asks `t()` for exists, and no translated catalogue keeps
 * English words beyond brand, format and file names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS } from '../../../electron/common/contract';
import { CATALOGUES, catalogueKeys, UI_LANGUAGES } from '../../../renderer/src/i18n';

const SRC = path.resolve(__dirname, '../../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const SOURCE = sourceFiles(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
/** Every quoted string in the source that looks like a catalogue key ("section.key"). */
const LITERALS = new Set([...SOURCE.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)].map((m) => m[1]!));
/** Keys passed straight to t(): these must exist. */
const CALLED = new Set(
  [...SOURCE.matchAll(/\bt\(\s*['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)].map((m) => m[1]!),
);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = catalogueKeys(CATALOGUES.en);
const base = (key: string) => key.replace(PLURAL, '');

/** Latin words a translated catalogue may keep: brand, format and file names, and interpolation names. */
const ALLOWED_LATIN =
  /\{\{\w+\}\}|\b(Waymark|PDF|PNG|SVG|HTML|html|CSV|XLSX|Excel|PowerPoint|pptx|Markdown|QR|journey|CSAT|CES|NPS|Ctrl|Shift|Alt|Cmd|Enter|Esc|Delete|Tab)\b/g;

function value(catalogue: Record<string, unknown>, key: string): string {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue) as string;
}

describe('interface catalogues', () => {
  for (const language of UI_LANGUAGES) {
    it(`${language}: has exactly the English keys, none empty`, () => {
      const keys = catalogueKeys(CATALOGUES[language]);
      expect(
        keys.filter((k) => !english.includes(k)),
        'keys English does not have',
      ).toEqual([]);
      expect(
        english.filter((k) => !keys.includes(k)),
        'missing keys',
      ).toEqual([]);
      for (const key of keys) expect(value(CATALOGUES[language], key).trim(), key).not.toBe('');
    });
  }

  it('has no unused keys: each is named in the code (native menu keys through MENU_LABEL_KEYS)', () => {
    const menuKeys = new Set(MENU_LABEL_KEYS.map((k) => `menu.${k}`));
    const unused = english.filter((key) => !LITERALS.has(base(key)) && !LITERALS.has(key) && !menuKeys.has(key));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks t() for', () => {
    const bases = new Set(english.map(base));
    expect([...CALLED].filter((key) => !bases.has(key))).toEqual([]);
  });

  for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: no English left but brand, format and file names`, () => {
      for (const key of catalogueKeys(CATALOGUES[language])) {
        const text = value(CATALOGUES[language], key).replace(ALLOWED_LATIN, '');
        expect(text, key).not.toMatch(/[A-Za-z]{2,}/);
      }
    });
  }

  it('plural keys come in the forms Intl.PluralRules asks for in each language', () => {
    for (const language of UI_LANGUAGES) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const keys = catalogueKeys(CATALOGUES[language]);
      for (const plural of new Set(keys.filter((k) => PLURAL.test(k)).map(base))) {
        for (const category of categories) expect(keys, `${language} ${plural}`).toContain(`${plural}_${category}`);
      }
    }
  });

  it('each t() call with its values written out gives every value its sentence writes, in every language', () => {
    // t('files.stageCount', { count: 3 }) for a sentence writing {{n}} showed "{{n}} stages" (the viewer dialog).
    const calls = [
      ...SOURCE.matchAll(
        /\bt\(\s*'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)',\s*(\{[^{}()]*\}|countParams\([^()]*\))\s*\)/g,
      ),
    ];
    expect(calls.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [, key, values] of calls) {
      if (values!.includes('...')) continue;
      const given = values!.startsWith('countParams')
        ? new Set(['count', 'n'])
        : new Set([...values!.matchAll(/([A-Za-z_$][\w$]*)\s*(?=[:,}])/g)].map((m) => m[1]!));
      for (const language of UI_LANGUAGES) {
        const forms = catalogueKeys(CATALOGUES[language]).filter((k) => k === key || base(k) === key);
        for (const form of forms) {
          for (const [, name] of value(CATALOGUES[language], form).matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            if (!given.has(name!)) missing.push(`${language} ${form}: {{${name}}} not given`);
          }
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('each t() call with no values asks for a sentence that needs none, in every language', () => {
    // t('editor.deletedElsewhere') showed "“{{name}}”, selected here, …" once that key's sentence took a name.
    const calls = [...SOURCE.matchAll(/\bt\(\s*'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)'\s*\)/g)];
    expect(calls.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [, key] of calls) {
      for (const language of UI_LANGUAGES) {
        const forms = catalogueKeys(CATALOGUES[language]).filter((k) => k === key || base(k) === key);
        for (const form of forms) {
          for (const [, name] of value(CATALOGUES[language], form).matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            missing.push(`${language} ${form}: {{${name}}} not given`);
          }
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
