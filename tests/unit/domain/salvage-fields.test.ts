/**
 * The field a salvage changed, named as a user reads it (domain/salvage-fields.ts): a clause with the
 * field's code and each list place counted from 1, the same in English for the log; a path no table
 * names stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_PATHS, FIELD_WORDS, fieldName } from '../../../renderer/src/domain/salvage-fields';
import { salvageDocument } from '../../../renderer/src/domain/salvage';
import { sampleJourney } from '../../fixtures/sample-journey';

describe('fieldName', () => {
  it('names a field, a list place and a field of a list place, counting places from 1', () => {
    expect(fieldName('touchpoints', ['emotion'])).toEqual({
      text: { code: 'salvageFieldName', params: { word: 'emotion' } },
      english: 'the emotion',
    });
    expect(fieldName('touchpoints', ['painPoints', 2])).toEqual({
      text: { code: 'salvageItemName', params: { word: 'painPoint', number: 3 } },
      english: 'pain point 3',
    });
    expect(fieldName('touchpoints', ['painPoints', 1, 'severity'])).toEqual({
      text: {
        code: 'salvageFieldOf',
        params: {
          part: { code: 'salvageFieldName', params: { word: 'severity' } },
          holder: { code: 'salvageItemName', params: { word: 'painPoint', number: 2 } },
        },
      },
      english: 'the severity of pain point 2',
    });
  });

  it('names a place inside a list place by both, and a value made of parts as a whole', () => {
    expect(fieldName('touchpoints', ['opportunities', 0, 'pillars', 4]).english).toBe(
      'loyalty 3.0 pillar 5 of opportunity 1',
    );
    expect(fieldName('touchpoints', ['opportunities', 11, 'scores', 'effort']).english).toBe(
      'the effort of opportunity 12',
    );
    expect(fieldName('touchpoints', ['position', 'x']).english).toBe('the position');
    expect(fieldName('touchpoints', ['personaEmotions', 'persona:abc']).english).toBe('the emotions per persona');
    expect(fieldName('touchpoints', ['owner']).english).toBe('the owner (actor)');
    expect(fieldName('journeys', ['workshop', 'votes', 1999]).english).toBe('dot 2,000');
    expect(fieldName('personas', ['needs', 0]).english).toBe('need 1');
  });

  it('gives a path no table names as it is: a future field, a key it does not map, a place in an unnamed list', () => {
    for (const path of [['mood'], ['painPoints', 1, 'mood'], ['friction', 'score', 'low'], ['moods', 0, 'text']]) {
      const raw = path.join('.');
      expect(fieldName('touchpoints', path)).toEqual({ text: raw, english: raw });
    }
    expect(fieldName('connections', ['source']).text).toBe('source');
  });

  it('every pattern names a field that has an English word', () => {
    for (const paths of Object.values(FIELD_PATHS))
      for (const code of Object.values(paths)) expect(FIELD_WORDS[code], code).toBeTruthy();
  });
});

describe('salvage names the fields in words', () => {
  it('a persona’s need, a touchpoint’s opportunity score and the workshop’s cluster, each by its place', () => {
    const doc = sampleJourney();
    const [persona] = doc.personas;
    const [touchpoint] = doc.touchpoints;
    const saved = salvageDocument({
      ...doc,
      journey: {
        ...doc.journey,
        workshop: { ...doc.journey.workshop, clusters: [{ id: 'cluster:a', title: 'x'.repeat(1_005) }] },
      },
      personas: [{ ...persona!, needs: ['fine', 42] }, ...doc.personas.slice(1)],
      touchpoints: [
        {
          ...touchpoint!,
          opportunities: [{ id: 'opportunity:a', text: 'faster', scores: { effort: 9 } }],
        },
        ...doc.touchpoints.slice(1),
      ],
    });
    if (!saved) throw new Error('expected a salvaged journey');
    expect(saved.repairs).toEqual([
      `Shortened the title of cluster 1 of journey “${doc.journey.title}” to 1,000 characters.`,
      expect.stringMatching(/^Reset the effort of opportunity 1 of touchpoint “.+”: its value could not be read\.$/),
      `Left out need 2 of persona “${persona!.name}”: it could not be read.`,
    ]);
  });
});
