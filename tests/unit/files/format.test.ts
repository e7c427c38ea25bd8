import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  DEFAULT_FILE_LIMITS,
  FILE_ERROR_CODES,
  FILE_ERROR_MESSAGES,
  FILE_MIGRATIONS,
  FILE_FORMAT_HISTORY,
  findJsonSyntaxProblem,
  stableStringify,
  type FileMigration,
} from '../../../renderer/src/files';
import { migrateFileContents } from '../../../renderer/src/files/journey/format';
import { checkMigrations } from '../../../renderer/src/domain/versions';
import { lineAndColumn } from '../../../renderer/src/files/journey/json-syntax';
import { TAMIL } from '../../fixtures/seed-text';

describe('file format versions', () => {
  it('the shipped file migration chain has no gap (checked by the one domain checker)', () => {
    expect(FILE_FORMAT_HISTORY.current).toBe(CURRENT_FORMAT_VERSION);
    expect(() => checkMigrations(FILE_MIGRATIONS, FILE_FORMAT_HISTORY)).not.toThrow();
  });

  it('the checker rejects a gap and a chain that stops short', () => {
    const step = (version: number): FileMigration => ({ version, name: `to ${version}`, up: (c) => c });
    const history = (current: number) => ({ ...FILE_FORMAT_HISTORY, current });
    expect(() => checkMigrations([step(2), step(4)], history(4))).toThrow(/File format migrations broken at 2→4/);
    expect(() => checkMigrations([step(2)], history(3))).toThrow(/end at 2/);
    expect(() => checkMigrations([], history(2))).toThrow(/end at 1/);
  });

  it('migrates step by step from the file’s version, on a copy', () => {
    const steps: FileMigration[] = [
      { version: 2, name: 'rename doc', up: (c) => ({ ...c, journey: { renamed: c.journey } }) },
      { version: 3, name: 'stamp', up: (c) => ({ ...c, manifest: { ...c.manifest, stamped: true } }) },
    ];
    const input = { manifest: { formatVersion: 1 }, journey: { a: 1 } };
    const out = migrateFileContents(input, 1, steps);
    expect(out.journey).toEqual({ renamed: { a: 1 } });
    expect(out.manifest).toMatchObject({ stamped: true });
    expect(input).toEqual({ manifest: { formatVersion: 1 }, journey: { a: 1 } });
    expect(migrateFileContents(input, 2, steps).journey).toEqual({ a: 1 });
  });
});

describe('error catalogue and limits', () => {
  it('every code has one sentence that says what to do next', () => {
    for (const code of FILE_ERROR_CODES) expect(FILE_ERROR_MESSAGES[code]).toMatch(/^[A-Z][^]*\.$/);
    expect(DEFAULT_FILE_LIMITS).toEqual({
      maxFileBytes: 64 * 1024 * 1024,
      maxTotalUncompressedBytes: 200 * 1024 * 1024,
      maxEntries: 2000,
      maxJourneyJsonBytes: 60 * 1024 * 1024,
      maxManifestBytes: 64 * 1024,
      maxAssetBytes: 20 * 1024 * 1024,
    });
  });
});

describe('stable JSON', () => {
  it('sorts keys recursively, keeps array order and ends in a newline', () => {
    expect(stableStringify({ b: 1, a: { d: [3, 1], c: null }, u: undefined })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
    expect(JSON.parse(stableStringify({ ['__proto__']: 1, x: 2 }))).toEqual(JSON.parse('{"__proto__":1,"x":2}'));
  });
});

describe('JSON syntax locator', () => {
  it('agrees with JSON.parse on what is valid (property)', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((s) => s.slice(0, Math.max(0, s.length - 1))),
      fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789-.eE+ tfalsenu\\\n'.split('')), maxLength: 30 }),
    );
    fc.assert(
      fc.property(jsonish, (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        const problem = findJsonSyntaxProblem(s);
        expect(problem === null).toBe(valid);
        if (problem) expect(problem.offset).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('counts columns in characters, and survives deep nesting', () => {
    expect(lineAndColumn(`"${TAMIL[0]}"x`, TAMIL[0].length + 2)).toEqual({ line: 1, column: TAMIL[0].length + 3 });
    expect(lineAndColumn('😄😄x', 4)).toEqual({ line: 1, column: 3 });
    expect(findJsonSyntaxProblem('['.repeat(200_000))).toMatchObject({ line: 1, column: 200_001, expected: 'a value' });
    expect(findJsonSyntaxProblem('{"a":1}\n\n  x')).toMatchObject({
      line: 3,
      column: 3,
      expected: 'the end of the text',
    });
    expect(findJsonSyntaxProblem('"tab\there"')).toMatchObject({ column: 5 });
    expect(findJsonSyntaxProblem('01')).toMatchObject({ column: 2 });
  });
});
