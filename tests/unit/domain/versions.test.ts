import { describe, expect, it } from 'vitest';
import { checkMigrations, type Migration } from '../../../renderer/src/domain/versions';

const step = (version: number, name = `step to ${version}`): Migration<null> => ({ version, name, up: null });
const history = (base: number, current: number) => ({ what: 'Test', base, current });

describe('checkMigrations: the one checker for document, file and storage histories', () => {
  it('accepts consecutive named steps from the base to the current version and returns the current version', () => {
    expect(checkMigrations([step(2), step(3), step(4)], history(1, 4))).toBe(4);
    expect(checkMigrations([step(1), step(2)], history(0, 2))).toBe(2);
    expect(checkMigrations([], history(1, 1))).toBe(1);
  });

  it('refuses a gap', () => {
    expect(() => checkMigrations([step(2), step(4)], history(1, 4))).toThrow(
      'Test migrations broken at 2→4; expected 2→3',
    );
  });

  it('refuses a duplicate version', () => {
    expect(() => checkMigrations([step(2), step(2, 'again'), step(3)], history(1, 3))).toThrow(
      'Test migrations broken at 2→2; expected 2→3',
    );
  });

  it('refuses steps out of order', () => {
    expect(() => checkMigrations([step(3), step(2)], history(1, 3))).toThrow(
      'Test migrations broken at 1→3; expected 1→2',
    );
  });

  it('refuses a chain that starts after the base', () => {
    expect(() => checkMigrations([step(2)], history(0, 2))).toThrow('broken at 0→2; expected 0→1');
  });

  it('refuses a chain that stops short of, or runs past, the current version', () => {
    expect(() => checkMigrations([step(2)], history(1, 3))).toThrow('Test migrations end at 2, expected 3');
    expect(() => checkMigrations([step(2), step(3)], history(1, 2))).toThrow('Test migrations end at 3, expected 2');
  });

  it('refuses a step without a name and two steps with the same name', () => {
    expect(() => checkMigrations([step(2, '  ')], history(1, 2))).toThrow('Test migration to 2 has no name');
    expect(() => checkMigrations([step(2, 'same'), step(3, 'same')], history(1, 3))).toThrow(
      'Test migration to 3 repeats the name “same”',
    );
  });
});
