import type { WorkerReply } from '../../../renderer/src/ui/off-thread';

/**
 * A stand-in for the browser's Worker (stub it as the global `Worker`): records what it is given
 * and answers as the test says. `reset()` after each test.
 */
export class FakeWorker {
  static made: FakeWorker[] = [];
  static answer: (request: unknown, worker: FakeWorker) => void = () => undefined;
  static reset() {
    FakeWorker.made = [];
    FakeWorker.answer = () => undefined;
  }
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: WorkerReply<unknown, unknown> }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(data: unknown) {
    this.posted.push(data);
    queueMicrotask(() => FakeWorker.answer(data, this));
  }
  reply(data: WorkerReply<unknown, unknown>) {
    this.onmessage?.({ data });
  }
  fail() {
    this.onerror?.({ preventDefault: () => undefined });
  }
  terminate() {
    this.terminated = true;
  }
}
