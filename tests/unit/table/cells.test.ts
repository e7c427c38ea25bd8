import { afterEach, describe, expect, it } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import {
  DEFAULT_CHANNELS,
  EVIDENCE_LEVELS,
  FRICTION_TYPES,
  LOYALTY_QUESTIONS,
} from '../../../renderer/src/domain/vocabulary';
import { i18n, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import {
  channelName,
  evidenceName,
  frictionTypeName,
  loyaltyPillarName,
  loyaltyQuestionName,
  opportunityStatusName,
  severityName,
} from '../../../renderer/src/i18n/vocabulary';
import {
  choiceOptions,
  editValue,
  linkOptions,
  mergeListLines,
  mergeOpportunities,
  mergePainPoints,
  parseNumber,
  readCell,
  tableColumns,
  writeCell,
  type CellWrite,
  type ColumnKey,
} from '../../../renderer/src/table/cells';
import { cellChanges, tableContext } from '../../../renderer/src/table/rows';
import { pasteCells } from '../../../renderer/src/table/paste';
import { applyChanges, docStateFrom } from '../../../renderer/src/session/doc-state';
import { newId } from '../../../renderer/src/domain/ids';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

function setup() {
  const b = journey(seedLine('ta', 0));
  const [discover, buy] = b.stages(seedLine('ta', 3), seedLine('hy', 0));
  const customer = b.lane('Customer', 'customer');
  const back = b.lane(seedLine('ml', 2), 'backstage');
  const persona = b.persona(seedLine('te', 0));
  const t = b.touchpoint(discover, {
    title: seedLine('ml', 0),
    description: `${seedLine('te', 1)}\n${seedLine('ta', 1)}`,
    channel: 'website',
    emotion: -2,
    personaEmotions: { [persona.id]: 3 },
    painPoints: [newPainPoint(seedLine('ta', 5), 3), newPainPoint(seedLine('hy', 1), 1)],
    opportunities: [{ ...newOpportunity(seedLine('ml', 1)), status: 'planned', owner: 'Ana' }],
    friction: { score: 4, types: ['waiting', 'hand-offs'] },
    metrics: {
      csat: { mode: 'share', value: 72, sample: 40 },
      ces: { mean: 5.5, sample: null },
      dropOff: 12.5,
      volume: 1200,
    },
    laneId: back.id,
  });
  const doc = b.build();
  return { doc, t, persona, discover, buy, customer, back, context: tableContext(docStateFrom(doc)) };
}

const patchOf = (w: CellWrite) => {
  if (!w.ok) throw new Error(`Refused: ${w.error.key}`);
  return w.patch;
};

describe('table cells', () => {
  it('has a lane column only in a blueprint, and one emotion column per persona', () => {
    const keys = (personas: number, blueprint: boolean) =>
      tableColumns(
        Array.from({ length: personas }, (_, i) => ({ id: `persona:${i}` as never, name: `P${i}` })),
        blueprint,
      ).map((c) => c.key);
    expect(keys(0, false)).not.toContain('lane');
    expect(keys(0, true)).toContain('lane');
    expect(keys(2, false).filter((k) => k.startsWith('persona:'))).toHaveLength(2);
    expect(keys(0, false)).toEqual(
      expect.arrayContaining(['title', 'description', 'channel', 'emotion', 'painPoints', 'friction', 'opportunities']),
    );
  });

  it('reads every column as the text it is edited in', () => {
    const { t, persona, context, back, discover } = setup();
    const read = (key: ColumnKey) => readCell(t, key, context);
    expect(read('title')).toBe(seedLine('ml', 0));
    expect(read('description')).toBe(`${seedLine('te', 1)}\n${seedLine('ta', 1)}`);
    expect(read('channel')).toBe('Website');
    expect(read('stage')).toBe(discover.name);
    expect(read('lane')).toBe(back.name);
    expect(read('emotion')).toBe('-2');
    expect(read(`persona:${persona.id}`)).toBe('+3');
    expect(read('painPoints')).toBe(`${seedLine('ta', 5)}\n${seedLine('hy', 1)}`);
    expect(read('friction')).toBe('4');
    expect(read('frictionTypes')).toBe('Waiting, Hand-offs');
    expect(read('opportunities')).toBe(seedLine('ml', 1));
    expect(read('csat')).toBe('72%');
    expect(read('ces')).toBe('5.5');
    expect(read('dropOff')).toBe('12.5%');
    expect(read('volume')).toBe('1200');
  });

  it('writes back what it reads without a change, for every column', () => {
    const { t, context, persona } = setup();
    const keys = tableColumns([{ id: persona.id, name: persona.name }], true).map((c) => c.key);
    for (const key of keys) expect(patchOf(writeCell(t, key, readCell(t, key, context), context)), key).toEqual({});
  });

  it('writes text columns, trimming a title to one line', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'title', `  ${seedLine('hy', 2)}\n`, context))).toEqual({ title: seedLine('hy', 2) });
    expect(patchOf(writeCell(t, 'description', seedLine('te', 2), context))).toEqual({
      description: seedLine('te', 2),
    });
    expect(patchOf(writeCell(t, 'channel', ' phone ', context))).toEqual({ channel: 'phone' });
  });

  it('writes emotions from −3 to +3 (a Unicode minus too), clears them when empty, refuses anything else', () => {
    const { t, context, persona } = setup();
    expect(patchOf(writeCell(t, 'emotion', '+2', context))).toEqual({ emotion: 2 });
    expect(patchOf(writeCell(t, 'emotion', '\u22121', context))).toEqual({ emotion: -1 });
    expect(patchOf(writeCell(t, 'emotion', '', context))).toEqual({ emotion: null });
    for (const bad of ['4', '-3.5', 'happy'])
      expect(writeCell(t, 'emotion', bad, context)).toEqual({ ok: false, error: { key: 'table.errors.emotion' } });
    const key = `persona:${persona.id}` as const;
    expect(patchOf(writeCell(t, key, '-3', context))).toEqual({ personaEmotions: { [persona.id]: -3 } });
    expect(patchOf(writeCell(t, key, ' ', context))).toEqual({ personaEmotions: {} });
  });

  it('writes friction score and types, keeping the other half', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'friction', '2', context))).toEqual({
      friction: { score: 2, types: ['waiting', 'hand-offs'] },
    });
    expect(writeCell(t, 'friction', '6', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'frictionTypes', 'Price; missing information, price', context))).toEqual({
      friction: { score: 4, types: ['price', 'missing information'] },
    });
    const refused = writeCell(t, 'frictionTypes', 'waiting, boredom', context);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.values?.['name']).toBe('boredom');
  });

  it('writes metrics: CSAT as a share with % or a 1–5 mean (keeping its sample), CES, drop-off, volume', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'csat', '85 %', context)).metrics?.csat).toEqual({
      mode: 'share',
      value: 85,
      sample: 40,
    });
    expect(patchOf(writeCell(t, 'csat', '4,2', context)).metrics?.csat).toEqual({
      mode: 'mean',
      value: 4.2,
      sample: 40,
    });
    expect(writeCell(t, 'csat', '42', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'csat', '', context)).metrics?.csat).toBeNull();
    expect(patchOf(writeCell(t, 'ces', '3', context)).metrics?.ces).toEqual({ mean: 3, sample: null });
    expect(writeCell(t, 'ces', '9', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'dropOff', '30%', context)).metrics?.dropOff).toBe(30);
    expect(writeCell(t, 'dropOff', '130', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'volume', '1,500', context)).metrics?.volume).toBe(1500);
    expect(writeCell(t, 'volume', '-1', context).ok).toBe(false);
    // The other metrics stay as they were.
    expect(patchOf(writeCell(t, 'volume', '7', context)).metrics?.ces).toEqual({ mean: 5.5, sample: null });
  });

  it('writes the stage and lane by name (any case), refusing names the journey does not have', () => {
    const { t, context, buy, customer } = setup();
    expect(patchOf(writeCell(t, 'stage', buy.name.toUpperCase(), context))).toEqual({ stageId: buy.id });
    expect(patchOf(writeCell(t, 'lane', 'customer', context))).toEqual({ laneId: customer.id });
    expect(writeCell(t, 'stage', 'Nowhere', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.stage', values: { name: 'Nowhere' } },
    });
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber(' +3 ')).toBe(3);
    expect(parseNumber('\u22122')).toBe(-2);
    expect(parseNumber('12,5 %')).toBe(12.5);
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('list cells: one item per line', () => {
  const make = (text: string) => ({ id: `new:${text}`, text, severity: 2 });
  const items = [
    { id: 'a', text: 'slow site', severity: 3 },
    { id: 'b', text: 'no tracking', severity: 1 },
  ];

  it('keeps unchanged lines as they were (severity too) and adds a new line as a new item', () => {
    const out = mergeListLines(items, 'slow site\nno tracking\nhidden fees', make);
    expect(out).toEqual([items[0], items[1], { id: 'new:hidden fees', text: 'hidden fees', severity: 2 }]);
  });

  it('removes an emptied line', () => {
    expect(mergeListLines(items, '\nno tracking', make)).toEqual([items[1]]);
    expect(mergeListLines(items, '', make)).toEqual([]);
  });

  it('keeps the item of a line whose text was changed in place, with its severity', () => {
    expect(mergeListLines(items, 'slow checkout\nno tracking', make)).toEqual([
      { id: 'a', text: 'slow checkout', severity: 3 },
      items[1],
    ]);
  });

  it('follows reordered lines without losing what each item carries', () => {
    expect(mergeListLines(items, 'no tracking\nslow site', make)).toEqual([items[1], items[0]]);
  });

  it('adds a line inserted above others as a new item, keeping the items below it', () => {
    expect(mergeListLines(items, 'first\nslow site\nno tracking', make)).toEqual([
      { id: 'new:first', text: 'first', severity: 2 },
      items[0],
      items[1],
    ]);
  });

  it('works on real pain points and opportunities: status and owner stay, new ones get the defaults', () => {
    const pains = [newPainPoint(seedLine('ta', 5), 3)];
    const mergedPains = mergePainPoints(pains, `${seedLine('ta', 5)}\n\r\n${seedLine('hy', 3)}`);
    expect(mergedPains.map((p) => [p.text, p.severity])).toEqual([
      [seedLine('ta', 5), 3],
      [seedLine('hy', 3), 2],
    ]);
    expect(mergedPains[0]).toBe(pains[0]);
    const opportunities = [{ ...newOpportunity(seedLine('ml', 1)), status: 'planned' as const, owner: 'Ana' }];
    const merged = mergeOpportunities(opportunities, `${seedLine('ml', 3)}\n${seedLine('te', 3)}`);
    expect(merged[0]).toMatchObject({
      id: opportunities[0]!.id,
      text: seedLine('ml', 3),
      status: 'planned',
      owner: 'Ana',
    });
    expect(merged[1]).toMatchObject({ text: seedLine('te', 3), status: 'idea', owner: '' });
  });
});

describe('the columns of everything else the inspector edits (#19)', () => {
  const NEW_KEYS: ColumnKey[] = [
    'owner',
    'evidence',
    'emotionLabel',
    'expectedEmotion',
    'thoughts',
    'quotes',
    'momentOfTruth',
    'delight',
    'loyaltyQuestions',
    'pillars',
    'tags',
    'csatSample',
    'cesSample',
    'promoters',
    'passives',
    'detractors',
  ];

  function filled() {
    const b = journey(seedLine('hy', 0));
    const [stage] = b.stages(seedLine('te', 3));
    const t = b.touchpoint(stage!, {
      title: seedLine('ta', 0),
      owner: seedLine('ml', 2),
      evidence: 'research',
      emotionLabel: seedLine('te', 0),
      thoughts: `${seedLine('ta', 1)}\n${seedLine('hy', 2)}`,
      quotes: [seedLine('ml', 0), seedLine('ta', 2)],
      momentOfTruth: true,
      delight: false,
      loyaltyQuestions: ['Why stay?', 'Why pay?'],
      pillars: ['customer service'],
      tags: ['onboarding', seedLine('te', 4).slice(0, 40)],
      metrics: {
        csat: { mode: 'mean', value: 4, sample: 120 },
        ces: { mean: 3, sample: null },
        nps: { promoters: 50, passives: 30, detractors: 20 },
        expectedEmotion: 2,
      },
    });
    const bare = b.touchpoint(stage!, { title: 'bare' });
    const doc = b.build();
    return { t, bare, context: tableContext(docStateFrom(doc)) };
  }

  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('come after the columns the table had, in every journey', () => {
    const keys = tableColumns([], true).map((c) => c.key);
    expect(keys.slice(keys.indexOf('volume') + 1)).toEqual(NEW_KEYS);
    const columns = tableColumns([], false);
    expect(columns.find((c) => c.key === 'evidence')?.kind).toBe('choice');
    expect(columns.find((c) => c.key === 'momentOfTruth')?.kind).toBe('choice');
    expect(columns.find((c) => c.key === 'delight')?.kind).toBe('choice');
    expect(columns.find((c) => c.key === 'quotes')?.kind).toBe('list');
    expect(columns.find((c) => c.key === 'thoughts')?.kind).toBe('long');
  });

  it('have a header in every language', () => {
    for (const column of tableColumns([], true)) {
      for (const language of UI_LANGUAGES) {
        const label = i18n.getFixedT(language)(column.label, { name: 'x' });
        expect(label, `${language} ${column.label}`).not.toBe(column.label);
        expect(label.length).toBeGreaterThan(0);
      }
    }
  });

  it('read as the text they are edited in (names of the vocabulary, yes/no, one quote per line)', () => {
    const { t, bare, context } = filled();
    const read = (key: ColumnKey) => readCell(t, key, context);
    expect(read('owner')).toBe(seedLine('ml', 2));
    expect(read('evidence')).toBe('Research');
    expect(read('emotionLabel')).toBe(seedLine('te', 0));
    expect(read('expectedEmotion')).toBe('+2');
    expect(read('thoughts')).toBe(`${seedLine('ta', 1)}\n${seedLine('hy', 2)}`);
    expect(read('quotes')).toBe(`${seedLine('ml', 0)}\n${seedLine('ta', 2)}`);
    expect(read('momentOfTruth')).toBe('Yes');
    expect(read('delight')).toBe('No');
    expect(read('loyaltyQuestions')).toBe('Why stay?, Why pay?');
    expect(read('pillars')).toBe('customer service');
    expect(read('tags')).toBe(`onboarding, ${seedLine('te', 4).slice(0, 40)}`);
    expect(read('csatSample')).toBe('120');
    expect(read('cesSample')).toBe('');
    expect([read('promoters'), read('passives'), read('detractors')]).toEqual(['50', '30', '20']);
    // Nothing said is an empty cell (yes/no: no).
    expect(NEW_KEYS.map((key) => readCell(bare, key, context))).toEqual(
      NEW_KEYS.map((key) => (key === 'momentOfTruth' || key === 'delight' ? 'No' : '')),
    );
  });

  it('write back what they read without a change, in every language', async () => {
    const { t, bare, context } = filled();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const row of [t, bare])
        for (const key of NEW_KEYS)
          expect(patchOf(writeCell(row, key, readCell(row, key, context), context)), `${language} ${key}`).toEqual({});
    }
  });

  it('write owner, emotion label, thoughts and quotes (one per line, empty lines dropped)', () => {
    const { t, context } = filled();
    expect(patchOf(writeCell(t, 'owner', ` ${seedLine('hy', 3)}\n`, context))).toEqual({ owner: seedLine('hy', 3) });
    expect(patchOf(writeCell(t, 'emotionLabel', seedLine('ta', 4), context))).toEqual({
      emotionLabel: seedLine('ta', 4),
    });
    const thoughts = `${seedLine('te', 2)}\n\n${seedLine('ml', 3)}`;
    expect(patchOf(writeCell(t, 'thoughts', thoughts, context))).toEqual({ thoughts });
    expect(patchOf(writeCell(t, 'quotes', `${seedLine('hy', 1)}\r\n\n  ${seedLine('ta', 3)}  `, context))).toEqual({
      quotes: [seedLine('hy', 1), seedLine('ta', 3)],
    });
    expect(patchOf(writeCell(t, 'quotes', '', context))).toEqual({ quotes: [] });
  });

  it('refuse thoughts and quotes beyond what a touchpoint holds', () => {
    const { t, context } = filled();
    expect(writeCell(t, 'thoughts', 'x'.repeat(100_001), context)).toEqual({
      ok: false,
      error: { key: 'table.errors.tooLong', values: { max: 100_000 } },
    });
    expect(writeCell(t, 'quotes', Array.from({ length: 501 }, (_, i) => `q${i}`).join('\n'), context)).toEqual({
      ok: false,
      error: { key: 'table.errors.tooMany', values: { max: 500 } },
    });
  });

  it('write the evidence level by its name in the interface language or its English id, empty for none', async () => {
    const { t, context } = filled();
    expect(patchOf(writeCell(t, 'evidence', 'data', context))).toEqual({ evidence: 'data' });
    expect(patchOf(writeCell(t, 'evidence', ' ASSUMPTION ', context))).toEqual({ evidence: 'assumption' });
    expect(patchOf(writeCell(t, 'evidence', '', context))).toEqual({ evidence: null });
    const refused = writeCell(t, 'evidence', 'rumour', context);
    expect(refused).toEqual({
      ok: false,
      error: {
        key: 'table.errors.evidence',
        values: { name: 'rumour', levels: EVIDENCE_LEVELS.map(evidenceName).join(', ') },
      },
    });
    await setUiLanguage('hy');
    expect(patchOf(writeCell(t, 'evidence', evidenceName('anecdote'), context))).toEqual({ evidence: 'anecdote' });
    expect(readCell(t, 'evidence', context)).toBe(evidenceName('research'));
    expect(choiceOptions('evidence', context)).toEqual([
      { value: '', label: i18n.t('table.notSaid') },
      ...EVIDENCE_LEVELS.map((l) => ({ value: evidenceName(l), label: evidenceName(l) })),
    ]);
  });

  it('write yes/no cells in the interface language or English, empty as no, refusing anything else', async () => {
    const { t, context } = filled();
    expect(patchOf(writeCell(t, 'momentOfTruth', 'no', context))).toEqual({ momentOfTruth: false });
    expect(patchOf(writeCell(t, 'momentOfTruth', '', context))).toEqual({ momentOfTruth: false });
    expect(patchOf(writeCell(t, 'delight', 'YES', context))).toEqual({ delight: true });
    expect(patchOf(writeCell(t, 'delight', 'true', context))).toEqual({ delight: true });
    expect(writeCell(t, 'delight', 'maybe', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.yesNo', values: { yes: 'Yes', no: 'No' } },
    });
    await setUiLanguage('ta');
    const yes = i18n.t('table.yes');
    expect(yes).not.toBe('Yes');
    expect(readCell(t, 'momentOfTruth', context)).toBe(yes);
    expect(patchOf(writeCell(t, 'delight', yes, context))).toEqual({ delight: true });
    expect(choiceOptions('delight', context)?.map((o) => o.value)).toEqual([yes, i18n.t('table.no')]);
    const refused = writeCell(t, 'delight', 'maybe', context);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.values).toEqual({ yes, no: i18n.t('table.no') });
  });

  it('write loyalty questions and pillars by their names (any language shown, or the ids), refusing others', async () => {
    const { t, context } = filled();
    expect(patchOf(writeCell(t, 'loyaltyQuestions', 'why now?; Why you?\nwhy now?', context))).toEqual({
      loyaltyQuestions: ['Why now?', 'Why you?'],
    });
    expect(patchOf(writeCell(t, 'loyaltyQuestions', '', context))).toEqual({ loyaltyQuestions: [] });
    expect(writeCell(t, 'loyaltyQuestions', 'Why you?, Why not?', context)).toEqual({
      ok: false,
      error: {
        key: 'table.errors.loyaltyQuestion',
        values: { name: 'Why not?', names: LOYALTY_QUESTIONS.map(loyaltyQuestionName).join(', ') },
      },
    });
    expect(patchOf(writeCell(t, 'pillars', 'Bridges,  experiences ', context))).toEqual({
      pillars: ['bridges', 'experiences'],
    });
    const refused = writeCell(t, 'pillars', 'loyalty cards', context);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('table.errors.pillar');
    await setUiLanguage('ml');
    const names = `${loyaltyPillarName('community and affinity')}, ${loyaltyPillarName('products and services')}`;
    expect(names).not.toMatch(/community/);
    expect(patchOf(writeCell(t, 'pillars', names, context))).toEqual({
      pillars: ['community and affinity', 'products and services'],
    });
    expect(readCell(t, 'loyaltyQuestions', context)).toBe(
      `${loyaltyQuestionName('Why stay?')}, ${loyaltyQuestionName('Why pay?')}`,
    );
    expect(patchOf(writeCell(t, 'loyaltyQuestions', loyaltyQuestionName('Why evolve?'), context))).toEqual({
      loyaltyQuestions: ['Why evolve?'],
    });
  });

  it('write tags separated by commas, without repeats, refusing a tag too long or too many tags', () => {
    const { t, context } = filled();
    expect(patchOf(writeCell(t, 'tags', ` ${seedLine('hy', 4).slice(0, 30)} ,pilot,, pilot`, context))).toEqual({
      tags: [seedLine('hy', 4).slice(0, 30), 'pilot'],
    });
    expect(patchOf(writeCell(t, 'tags', '', context))).toEqual({ tags: [] });
    expect(writeCell(t, 'tags', `ok, ${'x'.repeat(101)}`, context)).toEqual({
      ok: false,
      error: { key: 'table.errors.tagLength', values: { max: 100 } },
    });
    expect(writeCell(t, 'tags', Array.from({ length: 101 }, (_, i) => `t${i}`).join(', '), context)).toEqual({
      ok: false,
      error: { key: 'table.errors.tooManyTags', values: { max: 100 } },
    });
  });

  it('write the expected emotion from −3 to +3 into the metrics, keeping the others', () => {
    const { t, context } = filled();
    const metrics = patchOf(writeCell(t, 'expectedEmotion', '\u22123', context)).metrics;
    expect(metrics).toEqual({ ...t.metrics, expectedEmotion: -3 });
    expect(patchOf(writeCell(t, 'expectedEmotion', '', context)).metrics?.expectedEmotion).toBeNull();
    expect(writeCell(t, 'expectedEmotion', '5', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.emotion' },
    });
  });

  it('write CSAT and CES answers onto a measured score, refusing them without one or when not a count', () => {
    const { t, bare, context } = filled();
    expect(patchOf(writeCell(t, 'csatSample', '1 500', context)).metrics?.csat).toEqual({
      mode: 'mean',
      value: 4,
      sample: 1500,
    });
    expect(patchOf(writeCell(t, 'csatSample', '', context)).metrics?.csat).toEqual({
      mode: 'mean',
      value: 4,
      sample: null,
    });
    expect(patchOf(writeCell(t, 'cesSample', '80', context)).metrics?.ces).toEqual({ mean: 3, sample: 80 });
    for (const bad of ['-1', '2.5', 'many'])
      expect(writeCell(t, 'cesSample', bad, context), bad).toEqual({
        ok: false,
        error: { key: 'table.errors.sample' },
      });
    expect(writeCell(bare, 'csatSample', '12', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.csatFirst' },
    });
    expect(writeCell(bare, 'cesSample', '12', context)).toEqual({ ok: false, error: { key: 'table.errors.cesFirst' } });
  });

  it('write NPS counts, starting an NPS from none and clearing it when every count is empty or zero', () => {
    const { t, bare, context } = filled();
    expect(patchOf(writeCell(t, 'passives', '35', context)).metrics?.nps).toEqual({
      promoters: 50,
      passives: 35,
      detractors: 20,
    });
    expect(patchOf(writeCell(bare, 'detractors', '7', context)).metrics?.nps).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 7,
    });
    const one = { ...bare, metrics: { ...bare.metrics, nps: { promoters: 0, passives: 0, detractors: 7 } } };
    expect(patchOf(writeCell(one, 'detractors', '', context)).metrics?.nps).toBeNull();
    expect(patchOf(writeCell(one, 'detractors', '0', context)).metrics?.nps).toBeNull();
    expect(writeCell(t, 'promoters', '-4', context)).toEqual({ ok: false, error: { key: 'table.errors.nps' } });
    expect(writeCell(t, 'promoters', '3.5', context)).toEqual({ ok: false, error: { key: 'table.errors.nps' } });
  });

  it('refuse with a sentence in every language for every new error', () => {
    const keys = [
      'evidence',
      'yesNo',
      'loyaltyQuestion',
      'pillar',
      'tagLength',
      'tooManyTags',
      'tooLong',
      'tooMany',
      'sample',
      'csatFirst',
      'cesFirst',
      'nps',
    ];
    for (const language of UI_LANGUAGES)
      for (const key of keys) {
        const text = i18n.getFixedT(language)(`table.errors.${key}`, {
          name: 'N',
          levels: 'L',
          names: 'L',
          max: 9,
          yes: 'Y',
          no: 'O',
        });
        expect(text, `${language} ${key}`).not.toBe(`table.errors.${key}`);
        expect(text).not.toMatch(/\{\{/);
      }
  });
});

describe('the details of pain points and opportunities, one line per item (#19)', () => {
  const PAIN_KEYS: ColumnKey[] = ['painSeverity', 'painEvidence'];
  const OPPORTUNITY_KEYS: ColumnKey[] = [
    'opportunityStatus',
    'opportunityOwner',
    'customerValue',
    'businessValue',
    'effort',
    'confidence',
    'opportunityTags',
  ];

  function detailed() {
    const b = journey(seedLine('te', 0));
    const [stage] = b.stages(seedLine('hy', 3));
    const pains = [
      { ...newPainPoint(seedLine('ta', 5), 3), evidence: 'data' as const },
      newPainPoint(seedLine('hy', 1), 1),
      { ...newPainPoint(seedLine('ml', 2), 2), evidence: 'anecdote' as const },
    ];
    const opportunities = [
      {
        ...newOpportunity(seedLine('ml', 1)),
        status: 'planned' as const,
        owner: seedLine('te', 2).slice(0, 30),
        scores: { customerValue: 5, businessValue: 3, effort: 2, confidence: null },
        loyaltyQuestions: ['Why stay?' as const],
        pillars: ['bridges' as const],
      },
      newOpportunity(seedLine('ta', 4)),
    ];
    const t = b.touchpoint(stage!, { title: seedLine('ta', 0), painPoints: pains, opportunities });
    const bare = b.touchpoint(stage!, { title: 'bare' });
    const doc = b.build();
    return { t, bare, pains, opportunities, context: tableContext(docStateFrom(doc)) };
  }

  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('follow their list column, as boxes of lines aligned with its items', () => {
    const columns = tableColumns([], false);
    const keys = columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf('painPoints'), keys.indexOf('painPoints') + 3)).toEqual([
      'painPoints',
      ...PAIN_KEYS,
    ]);
    expect(keys.slice(keys.indexOf('opportunities'), keys.indexOf('opportunities') + 8)).toEqual([
      'opportunities',
      ...OPPORTUNITY_KEYS,
    ]);
    for (const key of PAIN_KEYS)
      expect(columns.find((c) => c.key === key)).toMatchObject({ kind: 'list', alignedWith: 'painPoints' });
    for (const key of OPPORTUNITY_KEYS)
      expect(columns.find((c) => c.key === key)).toMatchObject({ kind: 'list', alignedWith: 'opportunities' });
    expect(
      Object.fromEntries(
        [...PAIN_KEYS, ...OPPORTUNITY_KEYS].map((key) => [key, i18n.t(columns.find((c) => c.key === key)!.label)]),
      ),
    ).toEqual({
      painSeverity: 'Pain severity',
      painEvidence: 'Pain evidence',
      opportunityStatus: 'Opportunity status',
      opportunityOwner: 'Opportunity owner',
      customerValue: 'Customer value',
      businessValue: 'Business value',
      effort: 'Effort',
      confidence: 'Confidence',
      opportunityTags: 'Opportunity loyalty tags',
    });
  });

  it('read one line per item, in the vocabulary of the interface language, empty lines for details not said', async () => {
    const { t, bare, context } = detailed();
    const read = (key: ColumnKey) => readCell(t, key, context);
    expect(read('painSeverity')).toBe('Severe\nMinor\nModerate');
    expect(read('painEvidence')).toBe('Data\n\nAnecdote');
    expect(read('opportunityStatus')).toBe('Planned\nIdea');
    expect(read('opportunityOwner')).toBe(`${seedLine('te', 2).slice(0, 30)}\n`);
    expect([read('customerValue'), read('businessValue'), read('effort'), read('confidence')]).toEqual([
      '5\n',
      '3\n',
      '2\n',
      '',
    ]);
    expect(read('opportunityTags')).toBe('Why stay?, bridges\n');
    for (const key of [...PAIN_KEYS, ...OPPORTUNITY_KEYS]) expect(readCell(bare, key, context), key).toBe('');
    await setUiLanguage('ta');
    expect(read('painSeverity')).toBe([severityName(3), severityName(1), severityName(2)].join('\n'));
    expect(read('opportunityStatus')).toBe(`${opportunityStatusName('planned')}\n${opportunityStatusName('idea')}`);
    expect(read('opportunityTags')).toBe(`${loyaltyQuestionName('Why stay?')}, ${loyaltyPillarName('bridges')}\n`);
  });

  it('write back what they read without a change, in every language', async () => {
    const { t, bare, context } = detailed();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const row of [t, bare])
        for (const key of [...PAIN_KEYS, ...OPPORTUNITY_KEYS])
          expect(patchOf(writeCell(row, key, readCell(row, key, context), context)), `${language} ${key}`).toEqual({});
    }
  });

  it('write severities by name, English name or number, each line to its pain point, keeping the rest of every item', () => {
    const { t, pains, context } = detailed();
    const written = patchOf(writeCell(t, 'painSeverity', 'minor\nMinor\n  SEVERE ', context)).painPoints!;
    expect(written.map((p) => p.severity)).toEqual([1, 1, 3]);
    // Texts, ids and evidence stay; an item whose severity did not change is the same item.
    expect(written.map((p) => [p.id, p.text, p.evidence])).toEqual(pains.map((p) => [p.id, p.text, p.evidence]));
    expect(written[1]).toBe(t.painPoints[1]);
    // An empty or missing line leaves a severity as it is (it is never unset).
    expect(patchOf(writeCell(t, 'painSeverity', '\n2', context)).painPoints!.map((p) => p.severity)).toEqual([3, 2, 2]);
    expect(patchOf(writeCell(t, 'painSeverity', 'Severe', context))).toEqual({});
    expect(patchOf(writeCell(t, 'painSeverity', '3\n1\n2', context))).toEqual({});
  });

  it('write the evidence of pain points, an empty line clearing it', () => {
    const { t, pains, context } = detailed();
    const written = patchOf(writeCell(t, 'painEvidence', 'assumption\nResearch', context)).painPoints!;
    expect(written.map((p) => p.evidence)).toEqual(['assumption', 'research', null]);
    expect(written.map((p) => [p.text, p.severity])).toEqual(pains.map((p) => [p.text, p.severity]));
    expect(patchOf(writeCell(t, 'painEvidence', '', context)).painPoints!.map((p) => p.evidence)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuse more lines than items, a detail for no item, and a value they do not know, naming the line', () => {
    const { t, bare, context } = detailed();
    const four = writeCell(t, 'painSeverity', '1\n2\n3\n1', context);
    expect(four).toEqual({ ok: false, error: { key: 'table.errors.painLines', values: { count: 3, lines: 4 } } });
    if (!four.ok)
      expect(i18n.t(four.error.key, four.error.values ?? {})).toBe(
        'There are 3 pain points; this cell has 4 lines: give one line per pain point, in their order.',
      );
    // Trailing empty lines are no lines.
    expect(writeCell(t, 'painSeverity', '1\n2\n3\n\n', context).ok).toBe(true);
    const three = writeCell(t, 'opportunityOwner', 'a\nb\nc', context);
    expect(three).toEqual({
      ok: false,
      error: { key: 'table.errors.opportunityLines', values: { count: 2, lines: 3 } },
    });
    expect(writeCell(bare, 'painEvidence', 'data', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.noPainPoints' },
    });
    expect(writeCell(bare, 'effort', '3', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.noOpportunities' },
    });
    const unknown = writeCell(t, 'painSeverity', '1\nterrible', context);
    expect(unknown).toEqual({
      ok: false,
      error: {
        key: 'table.errors.lineSeverity',
        values: { line: 2, name: 'terrible', names: '1 Minor, 2 Moderate, 3 Severe' },
      },
    });
    if (!unknown.ok)
      expect(i18n.t(unknown.error.key, unknown.error.values ?? {})).toBe(
        'Line 2: “terrible” is not a severity: use one of these: 1 Minor, 2 Moderate, 3 Severe.',
      );
    expect(writeCell(t, 'painSeverity', '4', context).ok).toBe(false);
    expect(writeCell(t, 'painEvidence', '\n\nrumour', context)).toEqual({
      ok: false,
      error: {
        key: 'table.errors.lineEvidence',
        values: { line: 3, name: 'rumour', names: EVIDENCE_LEVELS.map(evidenceName).join(', ') },
      },
    });
  });

  it('write opportunity status and owner line by line, keeping texts, scores and tags', () => {
    const { t, opportunities, context } = detailed();
    const status = patchOf(writeCell(t, 'opportunityStatus', 'Done\nin progress', context)).opportunities!;
    expect(status.map((o) => o.status)).toEqual(['done', 'in progress']);
    expect(status.map((o) => [o.id, o.text, o.owner, o.scores, o.pillars])).toEqual(
      opportunities.map((o) => [o.id, o.text, o.owner, o.scores, o.pillars]),
    );
    // Status is never unset: an empty line keeps it.
    expect(
      patchOf(writeCell(t, 'opportunityStatus', '\ndropped', context)).opportunities!.map((o) => o.status),
    ).toEqual(['planned', 'dropped']);
    expect(writeCell(t, 'opportunityStatus', 'someday', context)).toEqual({
      ok: false,
      error: {
        key: 'table.errors.lineStatus',
        values: { line: 1, name: 'someday', names: 'Idea, Planned, In progress, Done, Dropped' },
      },
    });
    const owners = patchOf(
      writeCell(t, 'opportunityOwner', `\n ${seedLine('hy', 4).slice(0, 20)} `, context),
    ).opportunities!;
    expect(owners.map((o) => o.owner)).toEqual(['', seedLine('hy', 4).slice(0, 20).trim()]);
    expect(writeCell(t, 'opportunityOwner', 'x'.repeat(1001), context)).toEqual({
      ok: false,
      error: { key: 'table.errors.lineOwner', values: { line: 1, max: 1000 } },
    });
  });

  it('write the four scores from 1 to 5, an empty line clearing one, refusing anything else with its line', () => {
    const { t, opportunities, context } = detailed();
    const scores = (key: ColumnKey, text: string) =>
      patchOf(writeCell(t, key, text, context)).opportunities!.map((o) => o.scores);
    expect(scores('confidence', '4\n1')).toEqual([
      { customerValue: 5, businessValue: 3, effort: 2, confidence: 4 },
      { customerValue: null, businessValue: null, effort: null, confidence: 1 },
    ]);
    expect(scores('customerValue', '\n5')).toEqual([
      { ...opportunities[0]!.scores, customerValue: null },
      { ...opportunities[1]!.scores, customerValue: 5 },
    ]);
    expect(scores('effort', ' 3 ')[0]!.effort).toBe(3);
    for (const [text, line, name] of [
      ['0', 1, '0'],
      ['2\n6', 2, '6'],
      ['2.5', 1, '2.5'],
      ['\nhigh', 2, 'high'],
    ] as const)
      expect(writeCell(t, 'businessValue', text, context), text).toEqual({
        ok: false,
        error: { key: 'table.errors.lineScore', values: { line, name } },
      });
  });

  it('write loyalty tags: questions and pillars by name in any shown language or id, comma-separated per line', async () => {
    const { t, context } = detailed();
    const tags = patchOf(
      writeCell(t, 'opportunityTags', 'why now?; Customer service, Why you?\nexperiences', context),
    ).opportunities!;
    expect(tags.map((o) => [o.loyaltyQuestions, o.pillars])).toEqual([
      [['Why now?', 'Why you?'], ['customer service']],
      [[], ['experiences']],
    ]);
    expect(tags[0]!.text).toBe(seedLine('ml', 1));
    const unknown = writeCell(t, 'opportunityTags', '\nWhy you?, loyalty cards', context);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.error.key).toBe('table.errors.lineTag');
      expect(unknown.error.values).toMatchObject({ line: 2, name: 'loyalty cards' });
    }
    await setUiLanguage('ml');
    const names = `${loyaltyPillarName('community and affinity')}, ${loyaltyQuestionName('Why evolve?')}`;
    expect(names).not.toMatch(/[A-Za-z]{3}/);
    const ml = patchOf(writeCell(t, 'opportunityTags', `${names}\nWhy pay?`, context)).opportunities!;
    expect(ml.map((o) => [o.loyaltyQuestions, o.pillars])).toEqual([
      [['Why evolve?'], ['community and affinity']],
      [['Why pay?'], []],
    ]);
  });

  it('take severity and status names in Telugu, and English ids there too', async () => {
    const { t, context } = detailed();
    await setUiLanguage('te');
    expect(
      patchOf(writeCell(t, 'painSeverity', `${severityName(1)}\nsevere\n2`, context)).painPoints!.map(
        (p) => p.severity,
      ),
    ).toEqual([1, 3, 2]);
    expect(
      patchOf(
        writeCell(t, 'opportunityStatus', `${opportunityStatusName('done')}\nplanned`, context),
      ).opportunities!.map((o) => o.status),
    ).toEqual(['done', 'planned']);
    const refused = writeCell(t, 'opportunityStatus', 'soon', context);
    if (!refused.ok)
      expect(i18n.t(refused.error.key, refused.error.values ?? {})).toContain(opportunityStatusName('idea'));
    else throw new Error('not refused');
  });

  it('refuse with a sentence in every language for every new error', () => {
    const keys = [
      'noPainPoints',
      'noOpportunities',
      'painLines',
      'opportunityLines',
      'lineSeverity',
      'lineEvidence',
      'lineStatus',
      'lineOwner',
      'lineScore',
      'lineTag',
      'subJourney',
      'subJourneyUnknown',
    ];
    for (const language of UI_LANGUAGES)
      for (const key of keys)
        for (const count of [1, 2]) {
          const text = i18n.getFixedT(language)(`table.errors.${key}`, {
            count,
            lines: 4,
            line: 2,
            name: 'N',
            names: 'L',
            max: 9,
          });
          expect(text, `${language} ${key}`).not.toBe(`table.errors.${key}`);
          expect(text).not.toMatch(/\{\{/);
        }
  });
});

describe('the sub-journey column (#19)', () => {
  function linked() {
    const b = journey(seedLine('ta', 0));
    const [stage] = b.stages(seedLine('ml', 3));
    const doc0 = b.build();
    const self = doc0.journey.id;
    const child = newId('journey');
    const other = newId('journey');
    const trashed = newId('journey');
    const gone = newId('journey');
    const refs = [
      { id: self, title: seedLine('ta', 0), deletedAt: null },
      { id: child, title: seedLine('hy', 2), deletedAt: null },
      { id: other, title: seedLine('te', 1), deletedAt: null },
      { id: trashed, title: seedLine('ml', 0), deletedAt: 5 },
    ];
    const t = b.touchpoint(stage!, { title: 'to child', linkedJourneyId: child });
    const missing = b.touchpoint(stage!, { title: 'to nowhere', linkedJourneyId: gone });
    const none = b.touchpoint(stage!, { title: 'no link' });
    const doc = b.build();
    const context = {
      ...tableContext(docStateFrom(doc)),
      links: { self, journeys: new Map(refs.map((r) => [r.id, r])) },
    };
    return { t, missing, none, self, child, other, trashed, gone, context, doc };
  }

  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('is a choice column, left out where other journeys are not known (a live session)', () => {
    expect(tableColumns([], false).find((c) => c.key === 'subJourney')).toMatchObject({ kind: 'choice' });
    expect(tableColumns([], false, { subJourney: false }).map((c) => c.key)).not.toContain('subJourney');
  });

  it('reads the linked journey’s title, or says the journey is missing or in the trash', async () => {
    const { t, missing, none, trashed, context } = linked();
    expect(readCell(t, 'subJourney', context)).toBe(seedLine('hy', 2));
    expect(readCell(missing, 'subJourney', context)).toBe('Missing journey');
    expect(readCell(none, 'subJourney', context)).toBe('');
    expect(readCell({ ...none, linkedJourneyId: trashed }, 'subJourney', context)).toBe(
      `${seedLine('ml', 0)} (in the trash)`,
    );
    // While the journeys are not known, nothing is claimed.
    expect(readCell(missing, 'subJourney', { ...context, links: null })).toBe('');
    await setUiLanguage('hy');
    expect(readCell(missing, 'subJourney', context)).toBe(i18n.t('table.linkMissing'));
    expect(readCell(missing, 'subJourney', context)).not.toBe('Missing journey');
  });

  it('offers none and the library’s journeys by title, without the trash or the open journey', () => {
    const { t, missing, child, other, gone, context } = linked();
    const choices = choiceOptions('subJourney', context)!;
    expect(choices[0]).toEqual({ value: '', label: 'None' });
    expect(choices.slice(1).map((o) => o.value)).toEqual(
      [
        { id: child, title: seedLine('hy', 2) },
        { id: other, title: seedLine('te', 1) },
      ]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((j) => j.id),
    );
    expect(linkOptions(t, context)).toEqual(choices);
    // A link that leads nowhere is kept among the choices, so opening and leaving the cell keeps it.
    expect(linkOptions(missing, context)).toEqual([...choices, { value: gone, label: 'Missing journey' }]);
    expect(editValue(missing, 'subJourney', context)).toBe(gone);
    expect(patchOf(writeCell(missing, 'subJourney', gone, context))).toEqual({});
    expect(patchOf(writeCell(missing, 'subJourney', 'Missing journey', context))).toEqual({});
  });

  it('writes a journey chosen by id or typed by title, none clears, and refuses the trash, itself or the unknown', () => {
    const { t, missing, none, self, child, other, trashed, context } = linked();
    expect(patchOf(writeCell(none, 'subJourney', other, context))).toEqual({ linkedJourneyId: other });
    expect(patchOf(writeCell(none, 'subJourney', ` ${seedLine('te', 1)} `, context))).toEqual({
      linkedJourneyId: other,
    });
    expect(patchOf(writeCell(t, 'subJourney', child, context))).toEqual({});
    expect(patchOf(writeCell(t, 'subJourney', '', context))).toEqual({ linkedJourneyId: null });
    expect(patchOf(writeCell(missing, 'subJourney', '', context))).toEqual({ linkedJourneyId: null });
    expect(patchOf(writeCell(missing, 'subJourney', child, context))).toEqual({ linkedJourneyId: child });
    for (const name of [trashed, seedLine('ml', 0), self, seedLine('ta', 0), 'Nowhere'])
      expect(writeCell(none, 'subJourney', name, context), name).toEqual({
        ok: false,
        error: { key: 'table.errors.subJourney', values: { name } },
      });
    expect(writeCell(none, 'subJourney', other, { ...context, links: null })).toEqual({
      ok: false,
      error: { key: 'table.errors.subJourneyUnknown' },
    });
  });

  it('is stored through cellChanges as one change of the touchpoint row; pasting names a journey by its title', () => {
    const { none, other, context, doc } = linked();
    const state = docStateFrom(doc);
    const result = cellChanges(state, none.id, 'subJourney', other, context);
    if (!result.ok) throw new Error(result.error.key);
    expect(result.changes).toHaveLength(1);
    expect(applyChanges(state, result.changes, 'forward').touchpoints[none.id]!.linkedJourneyId).toBe(other);
    const columns = tableColumns([], false);
    const pasted = pasteCells(state, [[seedLine('te', 1)]], columns, {
      stageId: none.stageId,
      laneId: null,
      touchpointId: none.id,
      column: columns.findIndex((c) => c.key === 'subJourney'),
      links: context.links,
    });
    expect(pasted).toMatchObject({ changed: 1, skipped: 0 });
    expect(applyChanges(state, pasted.changes, 'forward').touchpoints[none.id]!.linkedJourneyId).toBe(other);
    // Without the library's journeys, a pasted title is skipped, not guessed.
    const blind = pasteCells(state, [[seedLine('te', 1)]], columns, {
      stageId: none.stageId,
      laneId: null,
      touchpointId: none.id,
      column: columns.findIndex((c) => c.key === 'subJourney'),
    });
    expect(blind).toMatchObject({ changed: 0, skipped: 1, changes: [] });
  });
});

describe('friction types in the interface language', () => {
  function typed() {
    const b = journey(seedLine('te', 3));
    const [stage] = b.stages(seedLine('hy', 0));
    const t = b.touchpoint(stage!, {
      title: seedLine('ml', 0),
      friction: { score: 3, types: ['missing information', 'hand-offs'] },
    });
    return { t, context: tableContext(docStateFrom(b.build())) };
  }

  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('shows the names, takes names or ids (any case, a space for a hyphen), and lists the names when it refuses', async () => {
    const { t, context } = typed();
    expect(readCell(t, 'frictionTypes', context)).toBe('Missing information, Hand-offs');
    expect(patchOf(writeCell(t, 'frictionTypes', 'hand offs; CONFUSION', context))).toEqual({
      friction: { score: 3, types: ['hand-offs', 'confusion'] },
    });

    await setUiLanguage('ta');
    const shown = readCell(t, 'frictionTypes', context);
    expect(shown).toBe('விடுபட்ட தகவல், கைமாற்றங்கள்');
    // What it shows is written back unchanged; Tamil names and English ids are taken alike.
    expect(patchOf(writeCell(t, 'frictionTypes', shown, context))).toEqual({});
    expect(patchOf(writeCell(t, 'frictionTypes', 'குழப்பம், waiting\nவிலை', context))).toEqual({
      friction: { score: 3, types: ['confusion', 'waiting', 'price'] },
    });
    expect(writeCell(t, 'frictionTypes', `${seedLine('ta', 1)}, விலை`, context)).toEqual({
      ok: false,
      error: {
        key: 'table.errors.frictionType',
        values: { name: seedLine('ta', 1), types: FRICTION_TYPES.map(frictionTypeName).join(', ') },
      },
    });
    expect(FRICTION_TYPES.map(frictionTypeName)).toContain('காத்திருப்பு');
  });
});

describe('the channel column in the interface language', () => {
  function channels() {
    const b = journey(seedLine('ml', 3));
    const [stage] = b.stages(seedLine('ta', 0));
    const social = b.touchpoint(stage!, { title: seedLine('te', 0), channel: 'social media' });
    const own = b.touchpoint(stage!, { title: seedLine('hy', 0), channel: seedLine('hy', 2).slice(0, 40) });
    const none = b.touchpoint(stage!, { title: seedLine('ta', 2), channel: '' });
    const doc = b.build();
    return { doc, social, own, none, stage: stage!, context: tableContext(docStateFrom(doc)) };
  }

  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('shows a default channel by its name in every language, a typed channel as typed, and writes either back unchanged', async () => {
    const { social, own, none, context } = channels();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const shown = readCell(social, 'channel', context);
      // The inspector's and the report's word (i18n/vocabulary.ts), never the stored id.
      expect(shown, language).toBe(channelName('social media'));
      if (language !== 'en') expect(shown, language).not.toMatch(/social/i);
      expect(readCell(own, 'channel', context)).toBe(own.channel);
      expect(readCell(none, 'channel', context)).toBe('');
      for (const t of [social, own, none])
        expect(patchOf(writeCell(t, 'channel', readCell(t, 'channel', context), context))).toEqual({});
    }
    await setUiLanguage('ta');
    expect(readCell(social, 'channel', context)).toBe('சமூக ஊடகம்');
  });

  it('stores a default channel typed by its shown name or English id as the id; any other text as typed', async () => {
    const { social, own, context } = channels();
    await setUiLanguage('hy');
    for (const id of DEFAULT_CHANNELS) {
      expect(patchOf(writeCell(own, 'channel', ` ${channelName(id)} `, context)), id).toEqual({ channel: id });
      expect(patchOf(writeCell(own, 'channel', id.toUpperCase(), context)), id).toEqual({ channel: id });
    }
    expect(patchOf(writeCell(social, 'channel', ` ${seedLine('te', 4).slice(0, 30)} `, context))).toEqual({
      channel: seedLine('te', 4).slice(0, 30).trim(),
    });
    expect(patchOf(writeCell(social, 'channel', 'x'.repeat(150), context))).toEqual({ channel: 'x'.repeat(100) });
    expect(patchOf(writeCell(social, 'channel', '', context))).toEqual({ channel: '' });
  });

  it('copies and pastes names that come back as the same channels', async () => {
    const { doc, social, own, stage } = channels();
    await setUiLanguage('te');
    const state = docStateFrom(doc);
    const columns = tableColumns([], false);
    const column = columns.findIndex((c) => c.key === 'channel');
    const context = tableContext(state);
    // Pasting Telugu names (as copied from the table) onto the other rows.
    const block = [[readCell(social, 'channel', context)], [channelName('email')]];
    const result = pasteCells(
      state,
      block,
      columns,
      { stageId: stage.id, laneId: null, touchpointId: own.id, column },
      5,
    );
    const after = applyChanges(state, result.changes, 'forward');
    expect(after.touchpoints[own.id]!.channel).toBe('social media');
    const next = Object.values(after.touchpoints).find((t) => t.id !== own.id && t.id !== social.id)!;
    expect(next.channel).toBe('email');
  });
});
