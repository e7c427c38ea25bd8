import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_NAMES,
  JourneyDocumentSchema,
  parseDocument,
  repairReferences,
  STAGE_HEADER_HEIGHT,
  stageColumns,
  stageForPosition,
  TOUCHPOINT_WIDTH,
  blueprintLines,
  cellForPosition,
  laneBands,
  type JourneyDocument,
} from '../../../renderer/src/domain';
import {
  buildOnlineOrderTemplate,
  buildSaasTrialTemplate,
  buildServiceBlueprintTemplate,
  JOURNEY_TEMPLATES,
  SERVICE_BLUEPRINT_LANES,
  ONLINE_ORDER_HOT_SPOT_TITLE,
  ONLINE_ORDER_LOW_POINT_TITLE,
  TemplateBuilder,
  TEMPLATE_LANGUAGES,
} from '../../../renderer/src/domain/templates';

function idsOf(doc: JourneyDocument): string[] {
  return [
    doc.journey.id,
    ...doc.stages.map((s) => s.id),
    ...doc.touchpoints.flatMap((t) => [t.id, ...t.painPoints.map((p) => p.id), ...t.opportunities.map((o) => o.id)]),
    ...doc.connections.map((c) => c.id),
    ...doc.personas.map((p) => p.id),
    ...doc.notes.map((n) => n.id),
  ];
}

describe.each(JOURNEY_TEMPLATES.map((t) => [t.name, t] as const))('template “%s”', (_name, template) => {
  const doc = template.build(1_700_000_000_000);

  it('is a valid document that needs no repair', () => {
    const parsed = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document).toEqual(doc);
    const { repairs, document } = repairReferences(parsed.document);
    expect(repairs).toEqual([]);
    expect(document).toEqual(doc);
    expect(JourneyDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.journey.createdAt).toBe(1_700_000_000_000);
  });

  it('places every touchpoint inside its stage’s column (and lane), centred, stacked 140 apart in its cell', () => {
    const columns = stageColumns(doc.stages);
    const bands = laneBands(doc.lanes);
    for (const t of doc.touchpoints) {
      expect(stageForPosition(columns, t.position), t.title).toBe(t.stageId);
      const column = columns.find((c) => c.stage.id === t.stageId)!;
      expect(t.position.x).toBe(column.x + (column.width - TOUCHPOINT_WIDTH) / 2);
      expect(t.position.y).toBeGreaterThanOrEqual(STAGE_HEADER_HEIGHT + 24);
      if (bands.length)
        expect(cellForPosition(columns, bands, t.position), t.title).toEqual({ stageId: t.stageId, laneId: t.laneId });
    }
    // Without lanes a stage is one cell under its header.
    const cells = bands.length
      ? bands.map((b) => ({ id: b.lane.id as string | null, y: b.y }))
      : [{ id: null, y: STAGE_HEADER_HEIGHT }];
    for (const stage of doc.stages) {
      for (const cell of cells) {
        const ys = doc.touchpoints
          .filter((t) => t.stageId === stage.id && (bands.length === 0 || t.laneId === cell.id))
          .map((t) => t.position.y);
        ys.forEach((y, i) => expect(y).toBe(cell.y + 24 + i * 140));
      }
    }
  });

  it('is rich: emotions, pains, friction, opportunities, metrics, personas and every connection kind it needs', () => {
    expect(doc.touchpoints.length).toBeGreaterThanOrEqual(10);
    expect(doc.touchpoints.every((t) => t.emotion !== null && t.channel !== '' && t.thoughts !== '')).toBe(true);
    expect(doc.touchpoints.some((t) => t.painPoints.length > 0)).toBe(true);
    expect(doc.touchpoints.some((t) => t.opportunities.some((o) => o.owner !== '' && o.status !== 'idea'))).toBe(true);
    expect(doc.touchpoints.some((t) => t.momentOfTruth)).toBe(true);
    expect(doc.touchpoints.some((t) => t.delight)).toBe(true);
    expect(doc.touchpoints.some((t) => t.metrics.ces || t.metrics.csat || t.metrics.nps)).toBe(true);
    expect(doc.personas.length).toBeGreaterThanOrEqual(1);
    expect(doc.journey.personaIds).toEqual(doc.personas.map((p) => p.id));
    for (const p of doc.personas) {
      expect(p.needs.length * p.fears.length * p.goals.length * p.desires.length).toBeGreaterThan(0);
      expect(p.quote).not.toBe('');
      expect(doc.touchpoints.every((t) => typeof t.personaEmotions[p.id] === 'number')).toBe(true);
    }
    const kinds = new Set(doc.connections.map((c) => c.kind));
    expect(kinds.has('main') && kinds.has('alternative') && kinds.has('failure') && kinds.has('recovery')).toBe(true);
  });

  it('has fresh ids on every build', () => {
    const again = template.build(1_700_000_000_000);
    const first = new Set(idsOf(doc));
    expect(first.size).toBe(idsOf(doc).length);
    expect(idsOf(again).filter((id) => first.has(id))).toEqual([]);
  });
});

describe('online order template', () => {
  const doc = buildOnlineOrderTemplate();
  const byTitle = (title: string) => doc.touchpoints.find((t) => t.title === title)!;

  it('uses the default stage names', () => {
    expect(doc.stages.map((s) => s.name)).toEqual([...DEFAULT_STAGE_NAMES]);
  });

  it('has its emotional low point at “Parcel arrives damaged” (−3), and only there', () => {
    const damaged = byTitle(ONLINE_ORDER_LOW_POINT_TITLE);
    expect(damaged.emotion).toBe(-3);
    expect(damaged.momentOfTruth).toBe(true);
    expect(doc.touchpoints.filter((t) => t.emotion === -3)).toEqual([damaged]);
    const persona = doc.personas[0]!;
    const lowest = Math.min(...doc.touchpoints.map((t) => t.personaEmotions[persona.id]!));
    expect(doc.touchpoints.filter((t) => t.personaEmotions[persona.id] === lowest)).toEqual([damaged]);
  });

  it('has its friction and pain hot spot at “Contacts support by phone”', () => {
    const support = byTitle(ONLINE_ORDER_HOT_SPOT_TITLE);
    expect(support.friction.score).toBe(5);
    expect(support.painPoints.some((p) => p.severity === 3)).toBe(true);
    const maxFriction = Math.max(...doc.touchpoints.filter((t) => t !== support).map((t) => t.friction.score));
    expect(maxFriction).toBeLessThan(5);
    const painWeight = (t: (typeof doc.touchpoints)[number]) => t.painPoints.reduce((sum, p) => sum + p.severity, 0);
    const others = doc.touchpoints.filter((t) => t !== support).map(painWeight);
    expect(painWeight(support)).toBeGreaterThan(Math.max(...others));
  });

  it('leaves the path on a failure at the damage and comes back on a recovery', () => {
    const damaged = byTitle(ONLINE_ORDER_LOW_POINT_TITLE);
    const mainTargets = new Set(doc.connections.filter((c) => c.kind === 'main').flatMap((c) => [c.source, c.target]));
    const failureIn = doc.connections.find((c) => c.kind === 'failure' && c.target === damaged.id);
    expect(failureIn && mainTargets.has(failureIn.source)).toBe(true);
    const recoveryBack = doc.connections.find((c) => c.kind === 'recovery' && mainTargets.has(c.target));
    expect(recoveryBack).toBeDefined();
    const replacement = doc.touchpoints.find((t) => t.id === recoveryBack!.source);
    expect(replacement?.delight).toBe(true);
  });
});

describe('SaaS trial template', () => {
  const doc = buildSaasTrialTemplate();

  it('has its stages, two personas and loyalty tags', () => {
    expect(doc.stages.map((s) => s.name)).toEqual(['Discover', 'Sign up', 'Onboard', 'Trial', 'Convert', 'Renew']);
    expect(doc.personas).toHaveLength(2);
    expect(doc.touchpoints.filter((t) => t.loyaltyQuestions.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(doc.touchpoints.filter((t) => t.pillars.length > 0).length).toBeGreaterThanOrEqual(4);
  });
});

/** Every human-written text of a document (not enum keys such as channels, friction types or loyalty tags). */
function textsOf(doc: JourneyDocument): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, ...texts: string[]) => {
    for (const text of texts) if (text.trim() !== '') out.push({ where, text });
  };
  const j = doc.journey;
  add('journey', j.title, j.description, j.client, ...j.tags, ...j.churn.map((c) => c.period));
  for (const s of doc.stages) add(`stage ${s.name}`, s.name, s.customerGoal, s.description);
  for (const p of doc.personas) {
    add(
      `persona ${p.name}`,
      p.name,
      p.role,
      p.quote,
      ...p.needs,
      ...p.fears,
      ...p.goals,
      ...p.desires,
      ...p.challenges,
    );
  }
  for (const t of doc.touchpoints) {
    add(`touchpoint ${t.title}`, t.title, t.description, t.thoughts, t.emotionLabel, t.owner, ...t.quotes);
    add(`pain of ${t.title}`, ...t.painPoints.map((p) => p.text));
    add(`opportunity of ${t.title}`, ...t.opportunities.flatMap((o) => [o.text, o.owner]));
  }
  add('connection', ...doc.connections.map((c) => c.label));
  add('note', ...doc.notes.map((n) => n.text));
  return out;
}

const SCRIPTS = {
  en: /\p{Script=Latin}/u,
  ta: /\p{Script=Tamil}/u,
  te: /\p{Script=Telugu}/u,
  ml: /\p{Script=Malayalam}/u,
  hy: /\p{Script=Armenian}/u,
} as const;

/** Letters and vowel signs of a text, and how many of them are in the script. */
function scriptShare(text: string, script: RegExp): number {
  const letters = [...text].filter((ch) => /[\p{L}\p{M}]/u.test(ch));
  if (letters.length === 0) return 1;
  return letters.filter((ch) => script.test(ch)).length / letters.length;
}

describe('the template gallery’s catalogue', () => {
  it('has at least 12 templates across the industries asked for, at least one in each of the seeds’ languages', () => {
    expect(JOURNEY_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(JOURNEY_TEMPLATES.map((t) => t.id)).size).toBe(JOURNEY_TEMPLATES.length);
    const all = JOURNEY_TEMPLATES.map((t) => `${t.id} ${t.name}`).join('\n');
    for (const topic of [
      /bank-account/,
      /insurance-claim/,
      /hospital/,
      /telecom-switch/,
      /saas/,
      /online-returns/,
      /hotel-stay/,
      /government/,
      /university-enrolment/,
      /b2b-procurement/,
      /employee-onboarding/,
      /food-delivery/,
    ]) {
      expect(all).toMatch(topic);
    }
    // One or more in each of the seeds' languages, so every language the gallery filters by finds something.
    const languages = new Set(JOURNEY_TEMPLATES.map((t) => t.language));
    expect([...languages].sort()).toEqual(Object.keys(TEMPLATE_LANGUAGES).sort());
  });
});

/** The lanes branch's Service blueprint template is checked by its own tests below, not by the catalogue's content rules. */
const CATALOGUE = JOURNEY_TEMPLATES.filter((t) => t.id !== 'service-blueprint-phone-repair');

describe.each(CATALOGUE.map((t) => [t.name, t] as const))('template “%s” content', (_name, template) => {
  const doc = template.build(1_700_000_000_000);

  it('has 4–6 stages, 8–16 touchpoints spread over every stage, and the catalogue’s title', () => {
    expect(doc.stages.length).toBeGreaterThanOrEqual(4);
    expect(doc.stages.length).toBeLessThanOrEqual(6);
    expect(doc.touchpoints.length).toBeGreaterThanOrEqual(8);
    expect(doc.touchpoints.length).toBeLessThanOrEqual(16);
    for (const stage of doc.stages)
      expect(
        doc.touchpoints.some((t) => t.stageId === stage.id),
        stage.name,
      ).toBe(true);
    expect(doc.journey.title).toBe(template.name);
    expect(doc.journey.description.length).toBeGreaterThan(80);
    expect(doc.stages.every((s) => s.customerGoal !== '')).toBe(true);
  });

  it('has graded pain points, typed friction, metrics, owned opportunities and a failure with its recovery', () => {
    const pains = doc.touchpoints.flatMap((t) => t.painPoints);
    expect(pains.length).toBeGreaterThanOrEqual(4);
    expect(pains.some((p) => p.severity === 3)).toBe(true);
    expect(new Set(pains.map((p) => p.severity)).size).toBeGreaterThanOrEqual(2);
    const rubbing = doc.touchpoints.filter((t) => t.friction.score > 0);
    expect(rubbing.length).toBeGreaterThanOrEqual(3);
    for (const t of rubbing) expect(t.friction.types.length, t.title).toBeGreaterThan(0);
    const measured = doc.touchpoints.filter((t) => Object.values(t.metrics).some((v) => v !== null));
    expect(measured.length).toBeGreaterThanOrEqual(4);
    const opportunities = doc.touchpoints.flatMap((t) => t.opportunities);
    expect(opportunities.length).toBeGreaterThanOrEqual(3);
    expect(opportunities.every((o) => o.owner !== '')).toBe(true);
    // Emotions run from a low point to a high point, for every persona.
    const emotions = doc.touchpoints.map((t) => t.emotion!);
    expect(Math.min(...emotions)).toBeLessThanOrEqual(-2);
    expect(Math.max(...emotions)).toBeGreaterThanOrEqual(2);
    const failures = doc.connections.filter((c) => c.kind === 'failure');
    const recoveries = doc.connections.filter((c) => c.kind === 'recovery');
    expect(failures.length).toBeGreaterThan(0);
    expect(recoveries.length).toBeGreaterThan(0);
    const pairs = new Set(doc.connections.map((c) => `${c.source}>${c.target}`));
    expect(pairs.size).toBe(doc.connections.length);
  });

  it(`is written in its declared language (${template.language}), and the journey’s locale says so`, () => {
    expect(doc.journey.locale).toBe(template.language);
    const script = SCRIPTS[template.language];
    const texts = textsOf(doc);
    expect(texts.length).toBeGreaterThan(60);
    for (const { where, text } of texts) {
      // Acronyms (CSAT, NPS) and brand names may stay in Latin letters; the text itself is in the language.
      expect(scriptShare(text, script), `${where}: ${text}`).toBeGreaterThanOrEqual(
        template.language === 'en' ? 1 : 0.75,
      );
    }
    for (const field of [template.name, template.industry, template.description]) {
      expect(scriptShare(field, script), field).toBeGreaterThanOrEqual(template.language === 'en' ? 1 : 0.75);
    }
  });
});

describe('TemplateBuilder feel', () => {
  it('gives each persona, in the order they were added, its emotion, and the touchpoint the first one', () => {
    const b = new TemplateBuilder({ title: 'Feel' }, [{ name: 'One', customerGoal: 'Goal' }], 0);
    const first = b.persona({ name: 'First' });
    const second = b.persona({ name: 'Second' });
    const both = b.touchpoint(0, { title: 'Both', feel: [2, -3] });
    const own = b.touchpoint(0, { title: 'Own emotion', emotion: 0, feel: [1] });
    const none = b.touchpoint(0, { title: 'No feel' });
    expect(both.emotion).toBe(2);
    expect(both.personaEmotions).toEqual({ [first.id]: 2, [second.id]: -3 });
    expect(own.emotion).toBe(0);
    expect(own.personaEmotions).toEqual({ [first.id]: 1, [second.id]: 0 });
    expect(none.emotion).toBeNull();
    expect(none.personaEmotions).toEqual({});
  });
});

describe('templates with lanes (service blueprints)', () => {
  const BLUEPRINTS = [
    'bank-account-opening',
    'insurance-claim-escape-of-water',
    'hospital-outpatient-visit',
    'government-childcare-benefit',
    'service-blueprint-phone-repair',
  ];

  it.each(BLUEPRINTS)('%s has customer, frontstage, backstage and support lanes, every card in one of them', (id) => {
    const doc = JOURNEY_TEMPLATES.find((t) => t.id === id)!.build(0);
    expect(doc.lanes.map((l) => l.kind)).toEqual([
      'customer',
      'frontstage-people',
      'frontstage-systems',
      'backstage',
      'support',
    ]);
    expect(doc.lanes.every((l) => l.name !== '' && l.journeyId === doc.journey.id)).toBe(true);
    const laneIds = new Set(doc.lanes.map((l) => l.id));
    expect(doc.touchpoints.every((t) => t.laneId !== null && laneIds.has(t.laneId))).toBe(true);
    // Cards sit in at least four of the five lanes, and the blueprint's three lines are drawn.
    expect(new Set(doc.touchpoints.map((t) => t.laneId)).size).toBeGreaterThanOrEqual(4);
    expect(blueprintLines(doc.lanes).map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internal-interaction']);
    // Notes sit under the lowest lane, clear of every card.
    const bands = laneBands(doc.lanes);
    const bottom = bands[bands.length - 1]!.y + bands[bands.length - 1]!.height;
    for (const n of doc.notes) expect(n.position.y).toBeGreaterThanOrEqual(bottom);
  });

  it('leaves the other templates as plain journeys without lanes', () => {
    for (const t of JOURNEY_TEMPLATES.filter((t) => !BLUEPRINTS.includes(t.id))) {
      const doc = t.build(0);
      expect(doc.lanes, t.id).toEqual([]);
      expect(doc.touchpoints.every((tp) => tp.laneId === null)).toBe(true);
    }
  });
});

describe('service blueprint template', () => {
  const doc = buildServiceBlueprintTemplate(1_700_000_000_000);

  it('has five lanes, one of each blueprint group, with all three lines between them', () => {
    const bands = laneBands(doc.lanes);
    expect(bands.map((b) => [b.lane.name, b.lane.kind])).toEqual([
      [SERVICE_BLUEPRINT_LANES[0], 'customer'],
      [SERVICE_BLUEPRINT_LANES[1], 'frontstage-people'],
      [SERVICE_BLUEPRINT_LANES[2], 'frontstage-systems'],
      [SERVICE_BLUEPRINT_LANES[3], 'backstage'],
      [SERVICE_BLUEPRINT_LANES[4], 'support'],
    ]);
    expect(blueprintLines(doc.lanes).map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internal-interaction']);
  });

  it('puts touchpoints in every lane, each lane tall enough for its fullest cell', () => {
    const bands = laneBands(doc.lanes);
    for (const band of bands) {
      const mine = doc.touchpoints.filter((t) => t.laneId === band.lane.id);
      expect(mine.length, band.lane.name).toBeGreaterThan(0);
      for (const t of mine) expect(t.position.y + 96).toBeLessThanOrEqual(band.y + band.height);
    }
  });
});
