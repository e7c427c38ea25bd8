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
