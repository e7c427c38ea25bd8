/**
 * The file a save dialog's answer really means. Linux file choosers do not
 * add the chosen filter's extension, so Waymark adds it after the dialog;
 * the dialog's own "replace?" question was then about a different name
 * (`map`, not `map.journey`). When the name with the extension already
 * exists, the user is asked again, about that file, before it is replaced.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { FileFilter } from '../../common/contract';

export interface SaveTargetPorts {
  /** Whether something (file, folder, link) already has this path. */
  exists(filePath: string): Promise<boolean>;
  /** Asks whether to replace this existing file; true only on an explicit yes. */
  confirmReplace(filePath: string): Promise<boolean>;
}

/**
 * Adds the first filter's extension to a path that does not end with one of the filters' extensions.
 * Any dot is not an extension: “Workshop 12.03”, “Acme v2.1” or “Mr. Smith” typed into the chooser
 * would otherwise be saved with none, and the file would neither show in the open dialog nor open on a
 * double-click.
 */
export function withDefaultExtension(filePath: string, filters: FileFilter[]): string {
  const extension = filters[0]?.extensions.find((e) => e !== '*');
  if (extension === undefined) return filePath;
  const lower = path.basename(filePath).toLowerCase();
  const named = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
  if (named.some((e) => lower.endsWith(`.${e.toLowerCase()}`))) return filePath;
  return `${filePath}.${extension}`;
}

export async function pathExists(filePath: string): Promise<boolean> {
  try {
    await lstat(filePath);
    return true;
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    // Anything but "not there" (a permission problem, say) counts as existing, so we ask rather than overwrite.
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/**
 * The path to write, or null when the user declined to replace the file the
 * added extension points at (nothing is written then).
 */
export async function resolveSaveTarget(
  chosen: string,
  filters: FileFilter[],
  ports: SaveTargetPorts,
): Promise<string | null> {
  const target = withDefaultExtension(chosen, filters);
  // Same name as in the dialog: the dialog itself asked about replacing it.
  if (target === chosen) return chosen;
  if (!(await ports.exists(target))) return target;
  return (await ports.confirmReplace(target)) ? target : null;
}
