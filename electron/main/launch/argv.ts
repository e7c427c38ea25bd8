/**
 * Which files a launch asks us to open (the names the Open dialogs and a drop take). Used for the first
 * launch's argv and for the argv a second instance hands over.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOpenablePath } from '../ipc/file-actions';

export interface ArgvContext {
  /** Folder the launching process ran in; relative paths resolve against it. */
  workingDirectory: string;
  /** Path separator style of the OS; tests pass 'win32' or 'posix'. */
  pathStyle?: 'posix' | 'win32';
}

/**
 * The openable paths in `argv` (`OPENABLE_EXTENSIONS`), absolute, without duplicates, in order.
 * argv[0] is the executable; switches (`--foo`, `-x`) and the app folder of a
 * development run (`electron .`) are skipped, and so is anything else Waymark
 * does not open.
 */
export function journeyPathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const p = context.pathStyle === 'win32' ? path.win32 : context.pathStyle === 'posix' ? path.posix : path;
  const found: string[] = [];
  for (const raw of argv.slice(1)) {
    if (raw.length === 0 || raw.startsWith('-')) continue;
    let candidate = raw;
    if (raw.startsWith('file://')) {
      try {
        candidate = fileURLToPath(raw, { windows: context.pathStyle === 'win32' });
      } catch {
        continue;
      }
    }
    if (!isOpenablePath(candidate)) continue;
    const absolute = p.resolve(context.workingDirectory, candidate);
    if (!found.includes(absolute)) found.push(absolute);
  }
  return found;
}
