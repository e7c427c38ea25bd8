/**
 * A `.journey` whose journey fails the schema is refused as before, and the
 * refusal carries what can be read of it, for the user to open instead.
 */
import { describe, expect, it } from 'vitest';
import { readJourneyFile } from '../../../renderer/src/files';
import { DAMAGED_JOURNEY_CHANGES, damagedJourney } from '../../fixtures/damaged-journey';
import { sampleJourney } from '../../fixtures/sample-journey';
import { buildZip, deflated, text } from './zip-tools';

const MANIFEST = {
  format: 'waymark-journey',
  formatVersion: 1,
  appVersion: '0.1.0',
  createdAt: '2024-05-06T09:30:00.000Z',
  savedAt: '2024-05-07T10:00:00.000Z',
  assets: [],
};

const journeyZip = (journey: unknown) =>
  buildZip([
    deflated('manifest.json', text(JSON.stringify(MANIFEST))),
    deflated('journey.json', text(JSON.stringify(journey))),
  ]);

describe('reading a damaged journey', () => {
  it('refuses it naming the bad values, and offers what can be read, every change listed', async () => {
    const raw = damagedJourney();
    const dropped = (raw.touchpoints as { id: string }[])[2]!.id;
    const r = await readJourneyFile(journeyZip(raw));
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.code).toBe('schema');
    expect(r.error.details).toEqual(expect.arrayContaining([expect.stringMatching(/^touchpoints\.0\.emotion: /)]));
    const saved = r.salvaged;
    if (!saved) throw new Error('expected what can be read');
    expect(saved.document.touchpoints.map((t) => t.id)).not.toContain(dropped);
    // The connections of the touchpoint left out go with it, listed after the salvage's own changes.
    expect(saved.document.connections.some((c) => c.source === dropped || c.target === dropped)).toBe(false);
    const own = DAMAGED_JOURNEY_CHANGES.length;
    expect(saved.repairTexts.map((t) => t.code)).toEqual([
      ...DAMAGED_JOURNEY_CHANGES,
      ...saved.repairTexts.slice(own).map(() => 'repairConnection'),
    ]);
    expect(saved.repairTexts.length).toBeGreaterThan(own);
    expect(saved.repairs).toHaveLength(saved.repairTexts.length);
    expect(saved.info.source).toBe('journey-file');
  });

  it('a plain JSON journey is offered the same way', async () => {
    const r = await readJourneyFile(text(JSON.stringify(damagedJourney())));
    if (r.ok) throw new Error('expected a refusal');
    expect(r.salvaged?.info.source).toBe('plain-json');
    expect(r.salvaged?.document.journey.status).toBe('draft');
  });

  it('reads a journey whose manifest is missing or unreadable without it, its photos left out and listed', async () => {
    const doc = sampleJourney();
    const withPhoto = {
      ...doc,
      personas: doc.personas.map((p, i) => (i === 0 ? { ...p, photoBlobId: 'blob:lost' } : p)),
    };
    const journey = deflated('journey.json', text(JSON.stringify(withPhoto)));
    for (const manifest of [
      [],
      [deflated('manifest.json', text('{"format": "waymark-jour'))],
      [deflated('manifest.json', text(JSON.stringify({ format: 'something-else', formatVersion: 1 })))],
    ]) {
      const r = await readJourneyFile(buildZip([...manifest, journey]));
      if (r.ok) throw new Error('expected a refusal');
      expect(['missing-manifest', 'bad-manifest']).toContain(r.error.code);
      const saved = r.salvaged;
      if (!saved) throw new Error('expected what can be read');
      expect(saved.document.touchpoints).toHaveLength(doc.touchpoints.length);
      expect(saved.document.personas[0]?.photoBlobId).toBeNull();
      expect(saved.repairTexts.map((t) => t.code)).toEqual(['salvageManifest', 'repairPersonaPhoto']);
    }
    // A manifest of a newer format is not worked around: that file needs a newer Waymark.
    const newer = await readJourneyFile(
      buildZip([deflated('manifest.json', text(JSON.stringify({ ...MANIFEST, formatVersion: 99 }))), journey]),
    );
    expect(newer.ok === false && newer.error.code).toBe('too-new');
    expect(newer.ok === false && newer.salvaged).toBe(undefined);
  });

  it('offers nothing when asked not to, when there is no journey to open, or when the file is refused for another reason', async () => {
    const off = await readJourneyFile(journeyZip(damagedJourney()), { salvage: false });
    expect(off.ok === false && off.salvaged).toBe(undefined);
    const { id: _id, ...noId } = sampleJourney().journey;
    const none = await readJourneyFile(journeyZip({ ...sampleJourney(), journey: noId }));
    expect(none.ok === false && none.error.code === 'schema' && none.salvaged).toBe(undefined);
    const syntax = await readJourneyFile(
      buildZip([
        deflated('manifest.json', text(JSON.stringify(MANIFEST))),
        deflated('journey.json', text('{"journey": ')),
      ]),
    );
    expect(syntax.ok === false && syntax.error.code).toBe('json-syntax');
    expect(syntax.ok === false && syntax.salvaged).toBe(undefined);
  });
});
