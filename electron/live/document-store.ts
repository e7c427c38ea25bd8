/**
 * Keeps a team server's documents on disk: one file per document holding its
 * whole Yjs state, written atomically (temporary file, then rename) after
 * Hocuspocus's debounce and when the last client leaves. A file that is not a
 * Yjs state is moved aside (never deleted) and the document starts empty.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';

export interface FileDocumentStore extends Extension {
  /** The file a document lives in. */
  fileFor(documentName: string): string;
  /** Resolves when every write started so far has finished. */
  idle(): Promise<void>;
}

export function createFileDocumentStore(dir: string, log: (message: string) => void): FileDocumentStore {
  const writes = new Map<string, Promise<void>>();
  const fileFor = (documentName: string) =>
    path.join(dir, `${createHash('sha256').update(documentName, 'utf8').digest('hex')}.yjs`);

  const idle = async () => {
    while (writes.size > 0) await Promise.all([...writes.values()]);
  };

  return {
    fileFor,
    idle,
    async onLoadDocument({ documentName }) {
      const file = fileFor(documentName);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch {
        return undefined; // a new document
      }
      try {
        Y.applyUpdate(new Y.Doc(), bytes);
        return bytes;
      } catch {
        const aside = `${file}.unreadable-${Date.now()}`;
        await rename(file, aside);
        log(
          `${documentName} could not be read from ${file}; the file was kept as ${aside} and the document starts empty.`,
        );
        return undefined;
      }
    },
    async onStoreDocument({ documentName, document }) {
      const file = fileFor(documentName);
      const bytes = Y.encodeStateAsUpdate(document);
      const previous = writes.get(file) ?? Promise.resolve();
      const write = previous.then(async () => {
        await mkdir(dir, { recursive: true });
        const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, file);
      });
      const settled: Promise<void> = write.then(
        () => undefined,
        () => undefined,
      );
      writes.set(file, settled);
      void settled.then(() => {
        if (writes.get(file) === settled) writes.delete(file);
      });
      try {
        await write;
      } catch (error) {
        log(`${documentName} could not be saved: ${error instanceof Error ? error.message : String(error)}`);
        // Rejecting makes Hocuspocus keep the document in memory instead of unloading it.
        throw error;
      }
    },
    async onDestroy() {
      await idle();
    },
  };
}
