import { describe, expect, it } from 'vitest';
import { copyWithNewIds, repairReferences, type JourneyDocument } from '../../../renderer/src/domain';
import { sameDocumentContent } from '../../../renderer/src/domain/document';
import { dotsUsed, liveVotes } from '../../../renderer/src/domain/workshop/votes';
import { idsIn, linkedJourney } from '../../fixtures/linked-journey';
import { sampleJourney } from '../../fixtures/sample-journey';

function allIds(doc: JourneyDocument): string[] {
  return [
    doc.journey.id,
    ...doc.stages.map((s) => s.id),
    ...doc.touchpoints.flatMap((t) => [t.id, ...t.painPoints.map((p) => p.id), ...t.opportunities.map((o) => o.id)]),
    ...doc.connections.map((c) => c.id),
    ...doc.personas.map((p) => p.id),
    ...doc.notes.map((n) => n.id),
  ];
}

describe('repairReferences', () => {
  it('leaves a consistent document as it is', () => {
    const doc = sampleJourney();
    const r = repairReferences(doc);
    expect(r.repairs).toEqual([]);
    expect(r.document).toEqual(doc);
  });

  it('drops dangling connections, touchpoints in missing stages and duplicate ids, reporting each', () => {
    const doc = sampleJourney();
    const [discover] = doc.stages;
    const [ad, checkout] = doc.touchpoints;
    const broken: JourneyDocument = {
      ...doc,
      journey: { ...doc.journey, personaIds: [...doc.journey.personaIds, 'persona:gone' as never] },
      stages: [...doc.stages, { ...discover!, name: 'Duplicate' }],
      touchpoints: [
        ...doc.touchpoints,
        { ...checkout!, id: 'touchpoint:orphan' as never, title: 'Orphan', stageId: 'stage:gone' as never },
        { ...ad!, personaEmotions: { ...ad!.personaEmotions, ['persona:gone' as never]: -1 } },
      ],
      connections: [
        ...doc.connections,
        { ...doc.connections[0]!, id: 'connection:dangling' as never, target: 'touchpoint:orphan' as never },
        { ...doc.connections[0]!, id: 'connection:nowhere' as never, source: 'touchpoint:nowhere' as never },
      ],
      notes: [...doc.notes, { ...doc.notes[0]!, journeyId: 'journey:other' as never, id: 'note:foreign' as never }],
    };
    const r = repairReferences(broken);
    expect(r.document.stages.map((s) => s.name)).toEqual(['Discover', 'Buy', 'Use']);
    // The touchpoint whose stage is gone is kept, in the stage whose column it stands in, and so is its connection.
    expect(r.document.touchpoints.map((t) => t.id)).toEqual([...doc.touchpoints.map((t) => t.id), 'touchpoint:orphan']);
    const checkoutStage = doc.stages.find((s) => s.id === checkout!.stageId)!;
    expect(r.document.touchpoints.find((t) => t.id === 'touchpoint:orphan')?.stageId).toBe(checkoutStage.id);
    expect(r.document.connections.map((c) => c.id)).toEqual([
      ...doc.connections.map((c) => c.id),
      'connection:dangling',
    ]);
    expect(r.document.journey.personaIds).toEqual(doc.journey.personaIds);
    expect(r.document.notes.find((n) => n.id === 'note:foreign')?.journeyId).toBe(doc.journey.id);
    expect(r.repairs).toEqual([
      `Dropped a stage with a duplicate id (${discover!.id}).`,
      `Dropped a touchpoint with a duplicate id (${ad!.id}).`,
      `Moved touchpoint “Orphan” to the stage “${checkoutStage.name}”: its own stage does not exist.`,
      'Dropped a connection to a touchpoint that does not exist.',
      'Removed missing personas from the journey’s personas.',
    ]);
    expect(r.repairTexts[2]).toEqual({
      code: 'repairTouchpointStageMoved',
      params: { title: 'Orphan', stage: checkoutStage.name },
    });
  });

  it('drops a touchpoint whose stage is missing only when the journey has no stage at all', () => {
    const doc = sampleJourney();
    const r = repairReferences({ ...doc, stages: [], connections: [] });
    expect(r.document.touchpoints).toEqual([]);
    expect(r.repairs).toContain(`Dropped touchpoint “${doc.touchpoints[0]!.title}”: its stage does not exist.`);
  });

  it('removes emotions of personas that do not exist', () => {
    const doc = sampleJourney();
    const r = repairReferences({ ...doc, personas: [] });
    expect(r.document.touchpoints.every((t) => Object.keys(t.personaEmotions).length === 0)).toBe(true);
    expect(r.document.journey.personaIds).toEqual([]);
    expect(r.repairs).toContain(`Removed emotions of missing personas from touchpoint “${doc.touchpoints[0]!.title}”.`);
  });
});

describe('copyWithNewIds', () => {
  it('shares no id with the original and keeps links consistent', () => {
    const doc = sampleJourney();
    const { document: copy, idMap } = copyWithNewIds(doc, { now: 5 });
    const before = new Set(allIds(doc));
    const after = allIds(copy);
    expect(after.filter((id) => before.has(id))).toEqual([]);
    expect(new Set(after).size).toBe(after.length);
    expect(copy.journey.createdAt).toBe(5);
    // Every link still resolves inside the copy, to the record that corresponds to the original's.
    expect(repairReferences(copy).repairs).toEqual([]);
    for (const [i, c] of copy.connections.entries()) {
      expect(c.source).toBe(idMap.get(doc.connections[i]!.source));
      expect(c.target).toBe(idMap.get(doc.connections[i]!.target));
      expect(c.journeyId).toBe(copy.journey.id);
    }
    for (const [i, t] of copy.touchpoints.entries()) {
      expect(t.stageId).toBe(idMap.get(doc.touchpoints[i]!.stageId));
      expect(Object.keys(t.personaEmotions)).toEqual(
        Object.keys(doc.touchpoints[i]!.personaEmotions).map((id) => idMap.get(id)),
      );
      expect(t.title).toBe(doc.touchpoints[i]!.title);
    }
    expect(copy.journey.personaIds).toEqual([idMap.get(doc.journey.personaIds[0]!)]);
  });

  it('records origins when asked (future state)', () => {
    const doc = sampleJourney();
    const { document: copy } = copyWithNewIds(doc, { keepOrigins: true });
    expect(copy.touchpoints.map((t) => t.originId)).toEqual(doc.touchpoints.map((t) => t.id));
    expect(copy.touchpoints[0]!.painPoints[0]!.originId).toBe(doc.touchpoints[0]!.painPoints[0]!.id);
  });

  it('does not change the original', () => {
    const doc = sampleJourney();
    const before = structuredClone(doc);
    copyWithNewIds(doc);
    expect(doc).toEqual(before);
  });
});

/** The document without its links to other journeys (a sub-journey, the current state, origins, the persona library). */
function ownLinks(doc: JourneyDocument): unknown {
  const { futureStateOf: _f, ...journey } = doc.journey;
  return {
    ...doc,
    journey,
    stages: doc.stages.map(({ linkedJourneyId: _l, ...s }) => s),
    touchpoints: doc.touchpoints.map(({ linkedJourneyId: _l, originId: _o, ...t }) => ({
      ...t,
      painPoints: t.painPoints.map(({ originId: _p, ...p }) => p),
    })),
    personas: doc.personas.map(({ libraryId: _l, ...p }) => p),
  };
}

/** The ids a document gives its own records (and its photos), which its links may point at. */
function definedIds(doc: JourneyDocument): Set<string> {
  const w = doc.journey.workshop;
  return new Set<string>([
    doc.journey.id,
    ...[...doc.stages, ...doc.lanes, ...doc.connections, ...doc.personas, ...doc.notes].map((r) => r.id),
    ...doc.touchpoints.flatMap((t) => [t.id, ...t.painPoints.map((p) => p.id), ...t.opportunities.map((o) => o.id)]),
    ...doc.personas.flatMap((p) => (p.photoBlobId ? [p.photoBlobId] : [])),
    ...[...w.voters, ...w.votes, ...w.clusters, ...w.parkingLot].map((r) => r.id),
  ]);
}

describe('copyWithNewIds: every link of a copy stays inside it (duplicate, Keep both, future state)', () => {
  it('shares no id with the original, its links to other journeys aside, which it keeps', () => {
    const { doc, outside } = linkedJourney();
    const { document: copy } = copyWithNewIds(doc, { now: 5 });
    const before = idsIn(doc);
    expect([...idsIn(ownLinks(copy))].filter((id) => before.has(id))).toEqual([]);
    // Links out of the journey point where they pointed.
    expect(copy.journey.futureStateOf).toBe(outside.currentState);
    expect(copy.stages[1]!.linkedJourneyId).toBe(outside.subJourney);
    expect(copy.touchpoints.map((t) => t.linkedJourneyId)).toEqual([null, outside.subJourney]);
    expect(copy.touchpoints[0]!.originId).toBe(outside.originTouchpoint);
    // The copy uses the same library personas: a persona without one names the persona it was copied from.
    expect(copy.personas.map((p) => p.libraryId)).toEqual([doc.personas[0]!.id, outside.libraryPersona]);
  });

  it('points every link inside it at its own records, each the copy of the one the original pointed at', () => {
    const { doc } = linkedJourney();
    const { document: copy, idMap } = copyWithNewIds(doc, { now: 5 });
    const own = definedIds(copy);
    const deletedTarget = doc.journey.workshop.votes[4]!.targetId;
    // The one link that resolves nowhere is the dot on the deleted touchpoint, as in the original, under a new id.
    expect([...idsIn(ownLinks(copy))].filter((id) => !own.has(id))).toEqual([idMap.get(deletedTarget)]);
    expect(idMap.get(deletedTarget)).toMatch(/^touchpoint:/);
    expect(repairReferences(copy).repairs).toEqual([]);

    const follows = (id: string | null) => (id === null ? null : idMap.get(id));
    const [w, v] = [doc.journey.workshop, copy.journey.workshop];
    expect(v.voters.map((x) => x.id)).toEqual(w.voters.map((x) => follows(x.id)));
    expect(v.votes.map((x) => [x.voterId, x.targetKind, x.targetId])).toEqual(
      w.votes.map((x) => [follows(x.voterId), x.targetKind, follows(x.targetId)]),
    );
    expect(v.clusters.map((c) => [c.id, c.title])).toEqual(w.clusters.map((c) => [follows(c.id), c.title]));
    expect(v.parkingLot.map((p) => p.id)).toEqual(w.parkingLot.map((p) => follows(p.id)));
    expect(copy.notes.map((n) => n.clusterId)).toEqual(doc.notes.map((n) => follows(n.clusterId)));
    expect(copy.touchpoints.map((t) => t.laneId)).toEqual(doc.touchpoints.map((t) => follows(t.laneId)));
    expect(copy.personas.map((p) => p.photoBlobId)).toEqual(doc.personas.map((p) => follows(p.photoBlobId)));

    // The dots count in the copy as in the original: four on what the map holds, three of Ken's used.
    expect(liveVotes(copy)).toHaveLength(liveVotes(doc).length);
    expect(liveVotes(copy)).toHaveLength(4);
    expect(dotsUsed(copy, v.voters[1]!.id)).toBe(dotsUsed(doc, w.voters[1]!.id));
    expect(dotsUsed(copy, w.voters[1]!.id)).toBe(0);
  });

  it('a future state records its origins and otherwise keeps its links inside itself too', () => {
    const { doc } = linkedJourney();
    const { document: copy, idMap } = copyWithNewIds(doc, { keepOrigins: true });
    expect(copy.touchpoints.map((t) => t.originId)).toEqual(doc.touchpoints.map((t) => t.id));
    expect(copy.journey.workshop.votes.map((x) => x.targetId)).toEqual(
      doc.journey.workshop.votes.map((x) => idMap.get(x.targetId)),
    );
    expect(liveVotes(copy)).toHaveLength(4);
  });
});

describe('sameDocumentContent', () => {
  it('holds for the same rows in another order and another last-edited time, and not for one field changed', () => {
    const doc = sampleJourney();
    const shuffled = {
      ...doc,
      journey: { ...doc.journey, updatedAt: doc.journey.updatedAt + 60_000 },
      touchpoints: [...doc.touchpoints].reverse(),
      stages: [...doc.stages].reverse(),
    };
    expect(sameDocumentContent(doc, shuffled)).toBe(true);
    const [first, ...rest] = doc.touchpoints;
    expect(sameDocumentContent(doc, { ...doc, touchpoints: [{ ...first!, emotion: 3 }, ...rest] })).toBe(
      first!.emotion === 3,
    );
    expect(sameDocumentContent(doc, { ...doc, notes: [] })).toBe(doc.notes.length === 0);
    expect(sameDocumentContent(doc, { ...doc, journey: { ...doc.journey, title: 'Another' } })).toBe(false);
  });
});
