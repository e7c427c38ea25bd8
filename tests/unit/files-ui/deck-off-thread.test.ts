/**
 * The PowerPoint export builds its deck in a Web Worker: pptxgenjs writes all slide XML in one
 * block, which on the window's thread froze the dialog (its progress and Cancel) for a second or
 * more on a large journey. The worker tells its progress as it goes; without a worker the deck is
 * built in place, to the same slides. The worker's side (serveRequest) is checked too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildDeckOffThread,
  type DeckProgress,
  type DeckRequest,
} from '../../../renderer/src/files-ui/export/deck-off-thread';
import { serveRequest } from '../../../renderer/src/ui/off-thread';
import { journey } from '../../fixtures/journey-builder';
import { MALAYALAM, TELUGU } from '../../fixtures/seed-text';
import { deckTexts } from '../exports/deck-text';
import { FakeWorker } from './fake-worker';

function request(): DeckRequest {
  const b = journey(TELUGU[0]!.slice(0, 40));
  const stage = b.stage('Discover');
  b.touchpoint(stage, { title: MALAYALAM[1]!.slice(0, 50), emotion: -2 });
  return {
    doc: b.build(),
    options: { layout: '16:9', brandColour: '#0b7285', logo: null, date: '2026-12-01', language: 'te' },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.reset();
});

describe('buildDeckOffThread', () => {
  it('builds the deck in place where there is no Worker, telling each step and the writing', async () => {
    vi.stubGlobal('Worker', undefined);
    const r = request();
    const seen: DeckProgress[] = [];
    const bytes = await buildDeckOffThread(r, (p) => seen.push(p));
    expect(deckTexts(bytes).slides).toContain(MALAYALAM[1]!.slice(0, 50));
    expect(seen.some((p) => p.phase === 'slides')).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'writing', done: seen.at(-1)!.total });
  });

  it('hands the request to a module worker, passes its progress on, and gives back its bytes', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = new Uint8Array([80, 75, 3, 4]);
    FakeWorker.answer = (_, worker) => {
      worker.reply({ kind: 'progress', progress: { done: 1, total: 4, phase: 'slides' } });
      worker.reply({ kind: 'progress', progress: { done: 3, total: 4, phase: 'writing' } });
      worker.reply({ kind: 'done', value: bytes });
    };
    const r = request();
    const seen: DeckProgress[] = [];
    expect(await buildDeckOffThread(r, (p) => seen.push(p))).toBe(bytes);
    expect(seen.map((p) => p.phase)).toEqual(['slides', 'writing']);
    const [worker] = FakeWorker.made;
    expect(worker!.url.pathname).toMatch(/deck\.worker\.ts$/);
    expect(worker!.posted).toEqual([r]);
    expect(worker!.terminated).toBe(true);
  });

  it('stops the worker on Cancel, and says why the worker’s build failed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const stop = new AbortController();
    const built = buildDeckOffThread(request(), () => undefined, stop.signal);
    stop.abort();
    await expect(built).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);

    FakeWorker.answer = (_, worker) => worker.reply({ kind: 'failed', message: 'The slides could not be written.' });
    await expect(buildDeckOffThread(request(), () => undefined)).rejects.toThrow('The slides could not be written.');
  });

  it('builds in place when the worker cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = (_, worker) => worker.fail();
    const bytes = await buildDeckOffThread(request(), () => undefined);
    expect(deckTexts(bytes).slides).toContain(MALAYALAM[1]!.slice(0, 50));
  });
});

describe('serveRequest (the worker’s side)', () => {
  it('posts progress, then the result with its buffer moved; a failure is posted as its message', async () => {
    const posted: { message: unknown; transfer?: Transferable[] }[] = [];
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage: typeof postMessage } = {
      onmessage: null,
      postMessage: ((message: unknown, transfer?: Transferable[]) => posted.push({ message, transfer })) as never,
    };
    vi.stubGlobal('self', scope);
    const out = new Uint8Array([1, 2, 3]);
    serveRequest<number, Uint8Array, string>(
      (n, progress) => {
        progress(`step ${n}`);
        if (n < 0) throw new Error('No negative decks.');
        return out;
      },
      (bytes) => [bytes.buffer as ArrayBuffer],
    );
    scope.onmessage!({ data: 2 });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[0]!.message).toEqual({ kind: 'progress', progress: 'step 2' });
    expect(posted[1]).toEqual({ message: { kind: 'done', value: out }, transfer: [out.buffer] });

    scope.onmessage!({ data: -1 });
    await vi.waitFor(() => expect(posted).toHaveLength(4));
    expect(posted[3]!.message).toEqual({ kind: 'failed', message: 'No negative decks.' });
  });
});
