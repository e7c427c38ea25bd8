import { describe, expect, it } from 'vitest';
import {
  ConnectionSchema,
  JourneySchema,
  NoteSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  CURRENT_SCHEMA_VERSION,
  isIdOf,
  newId,
  parseDocument,
  emotionLevel,
  emotionColour,
} from '../../../renderer/src/domain';
import { ALL_SCRIPTS, SEED_SENTENCES } from '../../fixtures/seed-text';

const J = 'journey:j1';
const S = 'stage:s1';

const touchpoint = (fields: Record<string, unknown> = {}) =>
  TouchpointSchema.safeParse({ id: 'touchpoint:t1', journeyId: J, stageId: S, ...fields });

describe('ids', () => {
  it('carry their kind and a safe body', () => {
    const id = newId('touchpoint');
    expect(id).toMatch(/^touchpoint:[0-9a-f]{32}$/);
    expect(isIdOf('touchpoint', id)).toBe(true);
    expect(isIdOf('stage', id)).toBe(false);
    expect(isIdOf('touchpoint', 'touchpoint:')).toBe(false);
    expect(isIdOf('touchpoint', 'touchpoint:a b')).toBe(false);
    expect(isIdOf('touchpoint', `touchpoint:${'a'.repeat(65)}`)).toBe(false);
    expect(isIdOf('touchpoint', 42)).toBe(false);
  });
});

describe('schemas accept valid records', () => {
  it('fills every default from a minimal touchpoint', () => {
    const r = touchpoint();
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      id: 'touchpoint:t1',
      journeyId: J,
      stageId: S,
      laneId: null,
      title: '',
      description: '',
      channel: '',
      owner: '',
      position: { x: 0, y: 0 },
      emotion: null,
      emotionLabel: '',
      personaEmotions: {},
      thoughts: '',
      quotes: [],
      painPoints: [],
      friction: { score: 0, types: [] },
      opportunities: [],
      metrics: { csat: null, ces: null, nps: null, dropOff: null, volume: null, expectedEmotion: null },
      momentOfTruth: false,
      delight: false,
      tags: [],
      loyaltyQuestions: [],
      pillars: [],
      originId: null,
      createdAt: null,
      linkedJourneyId: null,
      evidence: null,
    });
  });

  it('fills defaults for journeys, stages, connections, personas and notes', () => {
    const journey = JourneySchema.parse({ id: J, createdAt: 1, updatedAt: 2 });
    expect(journey).toMatchObject({
      title: 'Untitled journey',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      personaIds: [],
      deletedAt: null,
      futureStateOf: null,
      churn: [],
      locale: 'en',
    });
    // Where the canvas was left is view state, kept beside the journey (storage's viewports table).
    expect(journey).not.toHaveProperty('viewport');
    expect(
      JourneySchema.parse({ id: J, createdAt: 1, updatedAt: 2, viewport: { x: 1, y: 2, zoom: 1 } }),
    ).not.toHaveProperty('viewport');
    expect(StageSchema.parse({ id: S, journeyId: J })).toMatchObject({
      name: 'Stage',
      order: 0,
      colour: '#4c6ef5',
      width: 320,
    });
    expect(
      ConnectionSchema.parse({ id: 'connection:c1', journeyId: J, source: 'touchpoint:a', target: 'touchpoint:b' }),
    ).toMatchObject({
      kind: 'main',
      label: '',
      share: null,
    });
    expect(PersonaSchema.parse({ id: 'persona:p1', journeyId: J })).toMatchObject({
      name: 'Persona',
      needs: [],
      fears: [],
      goals: [],
      desires: [],
      photoBlobId: null,
      spender: false,
      sender: false,
    });
    expect(NoteSchema.parse({ id: 'note:n1', journeyId: J })).toMatchObject({
      colour: 'yellow',
      position: { x: 0, y: 0 },
    });
  });

  it('keeps a rich touchpoint as given', () => {
    const r = touchpoint({
      emotion: -3,
      friction: { score: 5, types: ['waiting', 'hand-offs'] },
      painPoints: [{ id: 'pain:p1', text: 'Long queue', severity: 3 }],
      opportunities: [{ id: 'opportunity:o1', text: 'SMS when ready', status: 'in progress', owner: 'Ops' }],
      metrics: { csat: { mode: 'share', value: 87, sample: 120 }, nps: { promoters: 5, passives: 3, detractors: 2 } },
      personaEmotions: { 'persona:p1': 2 },
    });
    expect(r.success).toBe(true);
    expect(r.data?.painPoints[0]).toEqual({
      id: 'pain:p1',
      text: 'Long queue',
      severity: 3,
      originId: null,
      evidence: null,
    });
    expect(r.data?.opportunities[0]?.status).toBe('in progress');
    expect(r.data?.metrics.csat).toEqual({ mode: 'share', value: 87, sample: 120 });
  });
});

describe('schemas refuse invalid records', () => {
  it.each([
    ['emotion above +3', { emotion: 4 }, 'emotion'],
    ['emotion below −3', { emotion: -4 }, 'emotion'],
    ['fractional emotion', { emotion: 1.5 }, 'emotion'],
    ['friction 6', { friction: { score: 6 } }, 'friction.score'],
    ['unknown friction type', { friction: { score: 1, types: ['boredom'] } }, 'friction.types.0'],
    ['stage id of the wrong kind', { stageId: 'journey:j1' }, 'stageId'],
    ['id without a kind', { id: 't1' }, 'id'],
    ['NaN position', { position: { x: Number.NaN, y: 0 } }, 'position.x'],
    ['Infinity position', { position: { x: 0, y: Number.POSITIVE_INFINITY } }, 'position.y'],
    ['null title', { title: null }, 'title'],
    ['number description', { description: 42 }, 'description'],
    ['pain severity 4', { painPoints: [{ id: 'pain:p', severity: 4 }] }, 'painPoints.0.severity'],
    ['pain point of the wrong id kind', { painPoints: [{ id: 'opportunity:p' }] }, 'painPoints.0.id'],
    [
      'unknown opportunity status',
      { opportunities: [{ id: 'opportunity:o', status: 'maybe' }] },
      'opportunities.0.status',
    ],
    ['CSAT share above 100', { metrics: { csat: { mode: 'share', value: 101 } } }, 'metrics.csat'],
    ['CSAT mean below 1', { metrics: { csat: { mode: 'mean', value: 0.5 } } }, 'metrics.csat'],
    ['persona emotion keyed by a stage', { personaEmotions: { 'stage:x': 1 } }, 'personaEmotions.stage:x'],
    ['title over 1,000 characters', { title: 'x'.repeat(1001) }, 'title'],
  ])('%s', (_name, fields, path) => {
    const r = touchpoint(fields);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('refuses a bad colour, an unknown connection kind and a journey without timestamps', () => {
    expect(StageSchema.safeParse({ id: S, journeyId: J, colour: 'red' }).success).toBe(false);
    expect(StageSchema.safeParse({ id: S, journeyId: J, colour: '#12345' }).success).toBe(false);
    expect(PersonaSchema.safeParse({ id: 'persona:p', journeyId: J, colour: '#GGGGGG' }).success).toBe(false);
    expect(
      ConnectionSchema.safeParse({
        id: 'connection:c',
        journeyId: J,
        source: 'touchpoint:a',
        target: 'touchpoint:b',
        kind: 'detour',
      }).success,
    ).toBe(false);
    expect(JourneySchema.safeParse({ id: J }).success).toBe(false);
    expect(JourneySchema.safeParse({ id: J, createdAt: -1, updatedAt: 0 }).success).toBe(false);
    expect(NoteSchema.safeParse({ id: 'note:n', journeyId: J, colour: 'orange' }).success).toBe(false);
  });

  it('parseDocument lists each issue with its path', () => {
    const r = parseDocument({
      journey: { id: J, createdAt: 1, updatedAt: 1 },
      touchpoints: [{ id: 'touchpoint:t', journeyId: J, stageId: S, emotion: 9 }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: 'touchpoints.0.emotion' });
  });
});

describe('text in four scripts', () => {
  it.each(Object.entries(ALL_SCRIPTS))('%s survives schema parse unchanged and NFC', (_script, sentences) => {
    for (const sentence of sentences) {
      expect(sentence.normalize('NFC')).toBe(sentence);
      const r = touchpoint({ title: sentence, description: sentence, thoughts: sentence, quotes: [sentence] });
      expect(r.success).toBe(true);
      expect(r.data?.title).toBe(sentence);
      expect(r.data?.description).toBe(sentence);
      expect(r.data?.quotes).toEqual([sentence]);
      expect(r.data?.title.normalize('NFC')).toBe(r.data?.title);
    }
  });

  it('a persona and stage named in every script keep their names', () => {
    for (const sentence of SEED_SENTENCES) {
      expect(
        PersonaSchema.parse({ id: 'persona:p', journeyId: J, name: sentence.slice(0, 200), needs: [sentence] }).needs,
      ).toEqual([sentence]);
      expect(StageSchema.parse({ id: S, journeyId: J, name: sentence }).name).toBe(sentence);
    }
  });
});

describe('emotion scale', () => {
  it('labels and colours follow the product scale', () => {
    expect(emotionLevel(3).label).toBe('Delighted');
    expect(emotionLevel(-3).label).toBe('Angry');
    expect(emotionLevel(0).label).toBe('Neutral');
    expect(emotionLevel(9).label).toBe('Delighted');
    expect(emotionColour(null)).toBe('#9aa0a6');
    expect(emotionColour(0)).toBe('#9aa0a6');
    expect(emotionColour(-3)).toBe('#d32f2f');
    expect(emotionColour(3)).toBe('#2ea043');
  });
});
