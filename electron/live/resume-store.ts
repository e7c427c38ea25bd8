/**
 * Remembers each journey's last session (its tokens, port, removed
 * participants) so a session ended less than RESUME_WINDOW_MS ago can be
 * resumed with the same links. Tokens are secrets: the file is private to the
 * user (0600) and written atomically; a damaged file is ignored, never trusted.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { RESUME_WINDOW_MS, participantIdSchema, tokenSchema } from '../common/live';

export const LiveResumeRecordSchema = z.object({
  journeyId: z.string().min(1).max(200),
  tokens: z.object({ host: tokenSchema, editor: tokenSchema, contributor: tokenSchema, viewer: tokenSchema }),
  port: z.number().int().min(1).max(65_535),
  /** When the session was last seen running (or ended). */
  savedAt: z.number(),
  /** Removed participants stay out when the session resumes. */
  banned: z.array(participantIdSchema).max(10_000),
  /** Participants the facilitator let in need not ask again. */
  admitted: z.array(participantIdSchema).max(10_000),
});
export type LiveResumeRecord = z.infer<typeof LiveResumeRecordSchema>;

export interface LiveResumeStore {
  /** The journey's last session when it was seen less than RESUME_WINDOW_MS before `now`. */
  load(journeyId: string, now: number): Promise<LiveResumeRecord | null>;
  save(record: LiveResumeRecord): Promise<void>;
}

const FileSchema = z.object({ version: z.literal(1), sessions: z.array(LiveResumeRecordSchema).max(1_000) });

const fresh = (record: LiveResumeRecord, now: number) =>
  now - record.savedAt < RESUME_WINDOW_MS && record.savedAt <= now + 60_000;

export function createMemoryResumeStore(): LiveResumeStore {
  const records = new Map<string, LiveResumeRecord>();
  return {
    load: async (journeyId, now) => {
      const record = records.get(journeyId);
      return record !== undefined && fresh(record, now) ? structuredClone(record) : null;
    },
    save: async (record) => void records.set(record.journeyId, structuredClone(record)),
  };
}

/** Keeps the records in `<dir>/live-sessions.json`. */
export function createFileResumeStore(dir: string, log: (message: string) => void = () => undefined): LiveResumeStore {
  const file = path.join(dir, 'live-sessions.json');
  let writing: Promise<void> = Promise.resolve();

  async function readAll(): Promise<LiveResumeRecord[]> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = FileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.sessions;
    } catch {
      // fall through
    }
    log(`Ignored ${file}: it is not a live-session file Waymark wrote; sessions will start with new links.`);
    return [];
  }

  return {
    load: async (journeyId, now) => {
      await writing;
      const record = (await readAll()).find((r) => r.journeyId === journeyId);
      return record !== undefined && fresh(record, now) ? record : null;
    },
    save: (record) => {
      const run = writing.then(async () => {
        const kept = (await readAll()).filter((r) => r.journeyId !== record.journeyId && fresh(r, record.savedAt));
        await mkdir(dir, { recursive: true });
        const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temporary, JSON.stringify({ version: 1, sessions: [...kept, record] }), { mode: 0o600 });
        await rename(temporary, file);
      });
      writing = run.catch((error: unknown) => {
        log(
          `Could not remember the live session for resuming: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      return writing;
    },
  };
}
