import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDocument, readJourneyFile, writeJourneyFile } from '../../../renderer/src/files';
import { repairReferences } from '../../../renderer/src/domain';
import { journeyDocumentArb } from './arbitraries';

describe('.journey round trip (property)', () => {
  it('write then read gives the same document; writing twice gives the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(journeyDocumentArb, fc.date({ noInvalidDate: true }), async (document, savedAt) => {
        expect(repairReferences(document).repairs).toEqual([]);
        const input = { document, assets: [], appVersion: '0.1.0', savedAt };
        const bytes = writeJourneyFile(input);
        expect(writeJourneyFile(structuredClone(input))).toEqual(bytes);
        const r = await readJourneyFile(bytes);
        if (!r.ok) throw new Error(`${r.error.code}: ${r.error.details?.join(' | ')}`);
        // A file is never in the trash: everything else comes back as written.
        expect(r.document).toEqual(
          canonicalDocument({ ...document, journey: { ...document.journey, deletedAt: null } }),
        );
        expect(r.repairs).toEqual([]);
        expect(r.warnings).toEqual([]);
      }),
      { numRuns: 80, seed: 20240506 },
    );
  }, 60_000);
});
