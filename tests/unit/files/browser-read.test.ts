import { describe, expect, it } from 'vitest';
import { MAX_OPEN_BYTES } from '../../../electron/common/contract';
import { readBrowserFile } from '../../../renderer/src/platform/web-host';
import { readJourneyFileInWorker } from '../../../renderer/src/files-ui/read-journey';
import { writeJourneyFile } from '../../../renderer/src/files';
import { sampleJourney } from '../../fixtures/sample-journey';
import { MALAYALAM } from '../../fixtures/seed-text';

/** A File that says how large it is and counts reads, without holding the bytes. */
function fakeFile(name: string, size: number) {
  const reads = { count: 0 };
  const file = {
    name,
    size,
    arrayBuffer: async () => {
      reads.count += 1;
      return new ArrayBuffer(0);
    },
  } as unknown as File;
  return { file, reads };
}

describe('files picked or dropped in the browser', () => {
  it('refuses a file over the limit before reading a byte, saying how large it is', async () => {
    const { file, reads } = fakeFile(`${MALAYALAM[0]!.slice(0, 8)}.journey`, MAX_OPEN_BYTES + 1);
    await expect(readBrowserFile(file)).rejects.toMatchObject({
      name: 'HostError',
      code: 'file-too-large',
      message: `${MALAYALAM[0]!.slice(0, 8)}.journey could not be opened: the file is 64.1 MB, larger than the 64 MB Waymark can open.`,
    });
    expect(reads.count).toBe(0);
  });

  it('reads a file at the limit', async () => {
    const { file, reads } = fakeFile('edge.journey', MAX_OPEN_BYTES);
    await expect(readBrowserFile(file)).resolves.toMatchObject({ name: 'edge.journey', path: null });
    expect(reads.count).toBe(1);
  });
});

describe('readJourneyFileInWorker without a Worker (Node)', () => {
  it('runs the same reader in place, with progress, and honours cancel', async () => {
    const document = sampleJourney();
    const bytes = writeJourneyFile({ document, assets: [], appVersion: '1', savedAt: new Date(0) });
    const steps: string[] = [];
    const task = readJourneyFileInWorker(bytes.slice(), (p) => steps.push(p.step));
    const result = await task.result;
    expect(result.ok && result.document.journey.id).toBe(document.journey.id);
    expect(steps).toEqual(['unpacking', 'checking', 'parsing', 'validating', 'photos']);

    const cancelled = readJourneyFileInWorker(bytes.slice());
    cancelled.cancel();
    expect(await cancelled.result).toEqual({ ok: false, cancelled: true });
  });
});
