/**
 * Opening a file by path on main's own authority (a recent entry the user
 * clicked, a file from the command line or Finder). Shared by the IPC
 * handlers, the menu and the launch queue so they all apply the same limit.
 */
import path from 'node:path';
import {
  CSV_FILE_EXTENSIONS,
  JOURNEY_FILE_EXTENSIONS,
  MAX_OPEN_BYTES,
  type HostErrorParams,
  type HostErrorReason,
  type IpcErrorCode,
  type IpcResult,
  type OpenedFile,
} from '../../common/contract';
import { readFileLimited, type ReadFs, type ReadLimitedResult } from '../files/read-limited';
import type { RecentFilesStore } from '../files/recent-files';
import { fail, ok } from './results';

export const JOURNEY_EXTENSION = '.journey';

export const isJourneyPath = (filePath: string) => path.extname(filePath).toLowerCase() === JOURNEY_EXTENSION;

/**
 * What the OS may hand us to open (argv, macOS `open-file`): the names the renderer's Open dialog and
 * drop take, journeys and touchpoint spreadsheets. Main only reads the bytes (within MAX_OPEN_BYTES); the
 * renderer's reader decides by content, and says what a file that is no journey is.
 */
export const OPENABLE_EXTENSIONS: readonly string[] = [...JOURNEY_FILE_EXTENSIONS, ...CSV_FILE_EXTENSIONS].map(
  (extension) => `.${extension}`,
);

export const isOpenablePath = (filePath: string) => OPENABLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase());

const READ_ERROR_CODES: Record<Exclude<ReadLimitedResult, { ok: true }>['reason'], IpcErrorCode> = {
  'too-large': 'file-too-large',
  'not-found': 'not-found',
  'not-a-file': 'read-failed',
  'read-failed': 'read-failed',
};

/** Which sentence the renderer says for a file that could not be read, and the values it names. */
function readFailure(
  read: Exclude<ReadLimitedResult, { ok: true }>,
  name: string,
): { reason: HostErrorReason; params: HostErrorParams } {
  switch (read.reason) {
    case 'not-found':
      return { reason: 'open-not-found', params: { name } };
    case 'not-a-file':
      return { reason: 'open-not-a-file', params: { name } };
    case 'too-large':
      return read.grew
        ? { reason: 'open-grew', params: { name, limit: MAX_OPEN_BYTES } }
        : { reason: 'open-too-large', params: { name, size: read.size ?? 0, limit: MAX_OPEN_BYTES } };
    case 'read-failed':
      return {
        reason: 'open-read-failed',
        params: { name, ...(read.errno !== undefined ? { detail: read.errno } : {}) },
      };
  }
}

export interface FileActionDeps {
  fs: ReadFs;
  recent: RecentFilesStore;
}

/** Reads `filePath` within MAX_OPEN_BYTES; journeys go to the top of the recent list. */
export async function openPath(deps: FileActionDeps, filePath: string): Promise<IpcResult<OpenedFile>> {
  const read = await readFileLimited(filePath, MAX_OPEN_BYTES, deps.fs);
  if (!read.ok) {
    if (read.reason === 'not-found') await deps.recent.remove(filePath);
    const name = path.basename(filePath);
    const { reason, params } = readFailure(read, name);
    return fail(READ_ERROR_CODES[read.reason], `${name} could not be opened: ${read.message}`, reason, params);
  }
  if (isJourneyPath(filePath)) await deps.recent.add(filePath);
  return ok({ name: path.basename(filePath), path: filePath, bytes: read.bytes });
}
