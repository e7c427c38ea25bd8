/**
 * One shape and one checker for every version history of Waymark: the
 * journey's schema (domain/migrations.ts), the `.journey` file format
 * (files/journey/format.ts) and the IndexedDB schema (storage/schema.ts).
 *
 * A history is append-only data: step N brings data from version N − 1 to
 * version N and is never edited once shipped; a new version is a new step at
 * the end. Every step has a name saying what it changes.
 */

/** One numbered, named step of a version history. */
export interface Migration<Up> {
  /** The version this step brings data to, from `version − 1`. */
  version: number;
  /** What the step changes, in a few words; unique within its history. */
  name: string;
  /** The work of the step; its shape depends on the history (a function, Dexie stores, …). */
  up: Up;
}

export interface VersionHistory {
  /** What the history versions, for messages: “Document schema”, “File format”, “Storage”. */
  what: string;
  /** The version data has before the first step (1 for documents and files, 0 for storage). */
  base: number;
  /** The version the history must reach. */
  current: number;
}

/**
 * Checks that the steps run base + 1, base + 2, … without gap, duplicate or
 * disorder, each with a name of its own, and end at `current`; returns
 * `current`. Throws on a broken history: a programming error, run when each
 * history's module loads and caught by tests.
 */
export function checkMigrations(
  steps: readonly Pick<Migration<unknown>, 'version' | 'name'>[],
  history: VersionHistory,
): number {
  const { what, base, current } = history;
  const names = new Set<string>();
  let version = base;
  for (const step of steps) {
    if (step.version !== version + 1) {
      throw new Error(`${what} migrations broken at ${version}→${step.version}; expected ${version}→${version + 1}`);
    }
    const name = step.name.trim();
    if (name === '') throw new Error(`${what} migration to ${step.version} has no name`);
    if (names.has(name)) throw new Error(`${what} migration to ${step.version} repeats the name “${name}”`);
    names.add(name);
    version = step.version;
  }
  if (version !== current) throw new Error(`${what} migrations end at ${version}, expected ${current}`);
  return current;
}
