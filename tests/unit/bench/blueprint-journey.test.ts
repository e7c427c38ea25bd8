/**
 * The benchmark's 6-lane blueprint (tests/bench/generate/journey.ts): a valid
 * journey whose 2,000 touchpoints each sit inside their own lane's band, so
 * the benchmark measures a real blueprint and not cards piled in one lane.
 */
import { describe, expect, it } from 'vitest';
import { laneAtY, laneBands } from '../../../renderer/src/domain/lanes';
import { parseDocument } from '../../../renderer/src/domain';
import { TOUCHPOINT_HEIGHT } from '../../../renderer/src/domain/vocabulary';
import { BLUEPRINT_JOURNEY, generateBenchJourney, LARGE_JOURNEY } from '../../bench/generate/journey';

describe('the benchmark blueprint journey', () => {
  const { document: doc } = generateBenchJourney(BLUEPRINT_JOURNEY);

  it('is a valid journey of 2,000 touchpoints in 6 lanes', () => {
    expect(parseDocument(doc).ok).toBe(true);
    expect(doc.touchpoints).toHaveLength(2000);
    expect(doc.lanes).toHaveLength(6);
  });

  it('puts every card inside the band of its own lane, and every lane holds cards', () => {
    const bands = laneBands(doc.lanes);
    for (const t of doc.touchpoints) {
      expect(laneAtY(bands, t.position.y + TOUCHPOINT_HEIGHT / 2)).toBe(t.laneId);
    }
    expect(new Set(doc.touchpoints.map((t) => t.laneId)).size).toBe(6);
  });

  it('leaves the plain benchmark journey without lanes', () => {
    const plain = generateBenchJourney(LARGE_JOURNEY).document;
    expect(plain.lanes).toEqual([]);
    expect(plain.touchpoints.every((t) => t.laneId === null)).toBe(true);
  });
});
