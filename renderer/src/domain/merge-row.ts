/**
 * One row edited in two places from the same stored row: a window's unsaved edit and another
 * window's save (session/store.ts), or a window's write and what another window stored meanwhile
 * (storage/changes.ts). One definition serves both, so a window merges exactly as storage does.
 */
import { sameData } from './equal';
import { mergeLists } from './list-merge';
import { mergeTextEdits } from './text-edit';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const NO_PROSE: ReadonlySet<string> = new Set();

/**
 * A row edited here (`local`, from `base`, the row as last known stored) merged with the same row
 * as edited elsewhere (`remote`): each field this side did not change takes the remote value;
 * nested objects (a touchpoint's metrics, the journey's workshop) field by field; lists of texts
 * or of items with ids (pain points, needs, tags) item by item (`mergeLists`), other lists as one
 * value; a prose field (`prose`: a title, thoughts) both changed, as text, when they changed
 * different words of it. `conflict`: a field both changed, to different values (this side's is
 * kept).
 */
export function mergeRow(
  local: unknown,
  base: unknown,
  remote: unknown,
  prose: ReadonlySet<string> = NO_PROSE,
): { value: unknown; conflict: boolean } {
  if (sameData(local, base)) return { value: remote, conflict: false };
  if (sameData(remote, base) || sameData(local, remote)) return { value: local, conflict: false };
  if (Array.isArray(local) && Array.isArray(base) && Array.isArray(remote)) {
    const list = mergeLists(local, base, remote, (a, b, c) => mergeRow(a, b, c));
    if (list) return list;
  }
  if (!isPlainObject(local) || !isPlainObject(base) || !isPlainObject(remote)) return { value: local, conflict: true };
  const out: Record<string, unknown> = { ...local };
  let conflict = false;
  for (const name of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const [mine, was, theirs] = [local[name], base[name], remote[name]];
    const text =
      prose.has(name) && typeof mine === 'string' && typeof was === 'string' && typeof theirs === 'string'
        ? mergeTextEdits(was, mine, theirs)
        : null;
    const field = text !== null ? { value: text, conflict: false } : mergeRow(mine, was, theirs);
    conflict ||= field.conflict;
    if (field.value === undefined) delete out[name];
    else out[name] = field.value;
  }
  return { value: out, conflict };
}
