import { describe, expect, it } from 'vitest';
import { JourneyDocumentSchema, LIMITS, type JourneyDocument } from '../../../renderer/src/domain/model';
import { MAX_LISTED_REPAIRS, salvageDocument } from '../../../renderer/src/domain/salvage';
import { DAMAGED_JOURNEY_CHANGES, damagedJourney } from '../../fixtures/damaged-journey';
import { sampleJourney } from '../../fixtures/sample-journey';

describe('salvageDocument: what can be read of a journey the schema refuses', () => {
  it('puts each bad value right the least lossy way, lists each change, and leaves the input as it was', () => {
    const raw = damagedJourney();
    const before = JSON.stringify(raw);
    expect(JourneyDocumentSchema.safeParse(raw).success).toBe(false);

    const saved = salvageDocument(raw);
    if (!saved) throw new Error('expected a salvaged journey');
    expect(JSON.stringify(raw)).toBe(before);
    expect(JourneyDocumentSchema.safeParse(saved.document).success).toBe(true);
    const sample = raw as unknown as JourneyDocument;
    const [first, second, third] = sample.touchpoints;
    const { journey, touchpoints, notes } = saved.document;

    // A value that does not fit takes its default; inside a list only the item's value does.
    expect(journey.status).toBe('draft');
    const one = touchpoints.find((t) => t.id === first!.id)!;
    expect(first!.emotion).toBe('very happy');
    expect(one.emotion).toBeNull();
    expect(one.painPoints.map((p) => [p.id, p.severity])).toEqual([
      ['pain:ok', 3],
      ['pain:bad', 2],
    ]);
    // Too long: shortened to the limit, not emptied.
    const two = touchpoints.find((t) => t.id === second!.id)!;
    expect(two.title).toBe('ம'.repeat(LIMITS.shortText));
    expect(two.tags).toHaveLength(LIMITS.tags);
    expect(two.tags[0]).toBe('tag 0');
    // A record that cannot be placed is left out; the rest are kept.
    expect(touchpoints.map((t) => t.id)).not.toContain(third!.id);
    expect(touchpoints).toHaveLength(sample.touchpoints.length - 1);
    expect(notes).toEqual([]);
    expect(saved.document.stages).toEqual(sample.stages);
    expect(two.title).not.toBe(second!.title);

    // Named by their first 60 characters.
    const named = (title: string) => (title.length > 60 ? `${title.slice(0, 60)}…` : title);
    expect(saved.repairs).toEqual([
      `Reset the status of journey “${named(sample.journey.title)}”: its value could not be read.`,
      `Reset the emotion of touchpoint “${named(first!.title)}”: its value could not be read.`,
      // A list place is numbered from 1, as people count: painPoints.1 is the second pain point.
      `Reset the severity of pain point 2 of touchpoint “${named(first!.title)}”: its value could not be read.`,
      `Left out pain point 3 of touchpoint “${named(first!.title)}”: it could not be read.`,
      `Shortened the title of touchpoint “${'ம'.repeat(60)}…” to 1,000 characters.`,
      `Shortened the tags of touchpoint “${'ம'.repeat(60)}…” to the first ${LIMITS.tags}.`,
      expect.stringMatching(/^Left out a touchpoint \(“.+”\): it could not be read\.$/),
      'Left out every note in the file: they were not stored as a list.',
    ]);
    expect(saved.repairTexts.map((t) => t.code)).toEqual(DAMAGED_JOURNEY_CHANGES);
  });

  it('lists the first changes one by one and counts the rest in one line', () => {
    const doc = sampleJourney();
    const many = Array.from({ length: MAX_LISTED_REPAIRS + 7 }, (_, i) => ({
      ...doc.touchpoints[0]!,
      id: `touchpoint:t${i}`,
      emotion: 'high',
    }));
    const saved = salvageDocument({ ...doc, touchpoints: many });
    if (!saved) throw new Error('expected a salvaged journey');
    expect(saved.document.touchpoints).toHaveLength(many.length);
    expect(saved.repairs).toHaveLength(MAX_LISTED_REPAIRS + 1);
    expect(saved.repairs.at(-1)).toBe('…and 7 more changes.');
    expect(saved.repairTexts.at(-1)).toEqual({ code: 'salvageMore', params: { count: 7 } });
  });

  it('puts right every bad value of a record in a few passes: 50,000 bad pain points, and items without an id', () => {
    const doc = sampleJourney();
    const pains = Array.from({ length: LIMITS.listItems }, (_, i) => ({ id: `pain:p${i}`, text: `${i}`, severity: 7 }));
    const touchpoints = Array.from({ length: 100 }, (_, i) => ({
      ...doc.touchpoints[0]!,
      id: `touchpoint:t${i}`,
      painPoints: i === 0 ? [{ text: 'no id', severity: 1 }, ...pains.slice(1)] : pains,
    }));
    const saved = salvageDocument({ ...doc, touchpoints });
    if (!saved) throw new Error('expected a salvaged journey');
    const [first, second] = saved.document.touchpoints;
    // The pain point without an id cannot be kept: the item goes, the others stay with the default severity.
    expect(first!.painPoints.map((p) => p.id)).toEqual(pains.slice(1).map((p) => p.id));
    expect(second!.painPoints).toHaveLength(LIMITS.listItems);
    expect(new Set(saved.document.touchpoints.flatMap((t) => t.painPoints.map((p) => p.severity)))).toEqual(
      new Set([2]),
    );
    expect(saved.repairs[0]).toMatch(/^Left out pain point 1 of touchpoint “.+”: it could not be read\.$/);
    expect(saved.repairTexts[0]?.code).toBe('salvageItemDropped');
    expect(saved.repairs.at(-1)).toMatch(/^…and [\d,]+ more changes\.$/);
  }, 30_000);

  it('gives nothing when there is no journey to open: no journey record, or one without an id', () => {
    const doc = sampleJourney();
    expect(salvageDocument(null)).toBeNull();
    expect(salvageDocument([doc])).toBeNull();
    expect(salvageDocument({ ...doc, journey: 'nope' })).toBeNull();
    const { id: _id, ...noId } = doc.journey;
    expect(salvageDocument({ ...doc, journey: noId })).toBeNull();
  });

  it('a valid journey comes back as the strict parse reads it, with nothing listed', () => {
    const doc = sampleJourney();
    expect(salvageDocument(doc)).toEqual({ document: JourneyDocumentSchema.parse(doc), repairs: [], repairTexts: [] });
  });
});
