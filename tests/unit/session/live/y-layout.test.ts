/**
 * The journey's rows in a Y.Doc: round trips, field-wise merging between two
 * people, validation of what comes back, and the rows a transaction touched.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import { docStateFrom, type DocState } from '../../../../renderer/src/session/doc-state';
import { updateJourney, updateTouchpoint } from '../../../../renderer/src/session/edits';
import {
  applyRowChanges,
  isEmptyDoc,
  readChanges,
  readDocState,
  tableMap,
  touchedRows,
  upgradeFields,
  votesMap,
  writeDocState,
} from '../../../../renderer/src/session/live/y-layout';
import { journey } from '../../../fixtures/journey-builder';
import { painPoint } from '../../editor/fixtures';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU, TAMIL_LONG } from '../../../fixtures/seed-text';

/** A journey written in all four seed scripts, with votes, voters and a persona. */
function seedJourney() {
  const b = journey({ title: TAMIL[0], description: TAMIL_LONG, client: ARMENIAN[0] });
  const [s1, s2] = b.stages(TELUGU[0], MALAYALAM[0]);
  const t1 = b.touchpoint(s1, {
    title: ARMENIAN[1],
    thoughts: MALAYALAM[1],
    quotes: [TELUGU[1], TAMIL[2]],
    pains: [3, 1],
  });
  const t2 = b.touchpoint(s2, { title: TELUGU[2], emotion: -2, channel: MALAYALAM[2] });
  b.connect(t1, t2, 'main', { label: ARMENIAN[2] });
  b.persona(MALAYALAM[3], true, { needs: [TAMIL[3]], fears: [ARMENIAN[3]] });
  b.note(TELUGU[3], { position: { x: 10, y: -200 } });
  const doc = b.build();
  doc.journey.workshop.voters = [
    { id: 'voter:b' as never, name: TAMIL[1], colour: '#112233' },
    { id: 'voter:a' as never, name: ARMENIAN[1], colour: '#445566' },
  ];
  doc.journey.workshop.votes = [
    { id: 'vote:z' as never, voterId: 'voter:b' as never, targetKind: 'touchpoint', targetId: t1.id, castAt: 5 },
    {
      id: 'vote:y' as never,
      voterId: 'voter:a' as never,
      targetKind: 'pain',
      targetId: t1.painPoints[0]!.id,
      castAt: 9,
    },
  ];
  return doc;
}

const roundTrip = (state: DocState) => {
  const doc = new Y.Doc();
  writeDocState(doc, state);
  // Through the wire format, as another device receives it.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const invalid: string[] = [];
  return { read: readDocState(copy, state.journey.id, (r) => invalid.push(r), state.journey), invalid, doc: copy };
};

/** Two people's copies of one shared journey, to edit offline from each other and then exchange. */
function twoCopies() {
  const state = docStateFrom(seedJourney());
  const a = new Y.Doc();
  writeDocState(a, state);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { state, a, b };
}

describe('y-layout: rows ↔ Y.Doc', () => {
  it('round-trips the Online order template', () => {
    const state = docStateFrom(buildOnlineOrderTemplate());
    const { read, invalid, doc } = roundTrip(state);
    expect(invalid).toEqual([]);
    expect(read).toEqual(state);
    // The layout: one nested map of fields per row, votes and voters by id, no workshop inside the journey map.
    const first = Object.values(state.touchpoints)[0]!;
    expect(tableMap(doc, 'touchpoints').get(first.id)).toBeInstanceOf(Y.Map);
    // Prose is a shared text; a picked value (the channel) a plain one.
    expect(tableMap(doc, 'touchpoints').get(first.id)!.get('title')).toBeInstanceOf(Y.Text);
    expect(String(tableMap(doc, 'touchpoints').get(first.id)!.get('title'))).toBe(first.title);
    expect(tableMap(doc, 'touchpoints').get(first.id)!.get('channel')).toBe(first.channel);
    expect(doc.getMap('journey').has('workshop')).toBe(false);
    expect(doc.getMap('workshop').has('votes')).toBe(false);
  });

  it('round-trips a journey in all four seed scripts, votes and voters in their order', () => {
    const state = docStateFrom(seedJourney());
    const { read, invalid, doc } = roundTrip(state);
    expect(invalid).toEqual([]);
    expect(read).toEqual(state);
    expect(votesMap(doc).size).toBe(2);
    expect(isEmptyDoc(doc)).toBe(false);
    expect(isEmptyDoc(new Y.Doc())).toBe(true);
  });

  it('two people editing different fields of one card both win', () => {
    const { state, a, b } = twoCopies();
    const t = Object.values(state.touchpoints)[0]!;
    // Offline from each other: one changes the title, the other the emotion and thoughts.
    applyRowChanges(a, updateTouchpoint(state, t.id, { title: TAMIL[3] }));
    applyRowChanges(b, updateTouchpoint(state, t.id, { emotion: 3, thoughts: ARMENIAN[3] }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b])
      expect(readDocState(doc, state.journey.id)!.touchpoints[t.id]).toMatchObject({
        title: TAMIL[3],
        emotion: 3,
        thoughts: ARMENIAN[3],
      });
  });

  it('two people typing in one field at once both keep their words, in every seed script', () => {
    const { state, a, b } = twoCopies();
    const t = Object.values(state.touchpoints)[0]!;
    const stage = Object.values(state.stages)[0]!;
    // Offline from each other: one adds a sentence at the end of the thoughts, the other one at the start;
    // one adds to the stage's name, the other to the journey's title.
    applyRowChanges(a, updateTouchpoint(state, t.id, { thoughts: `${t.thoughts} ${TAMIL[4]}` }));
    applyRowChanges(b, updateTouchpoint(state, t.id, { thoughts: `${ARMENIAN[4]} ${t.thoughts}` }));
    applyRowChanges(a, [
      { table: 'stages', id: stage.id, before: stage, after: { ...stage, name: `${stage.name} ✅` } },
    ]);
    applyRowChanges(b, [
      { table: 'stages', id: stage.id, before: stage, after: { ...stage, name: `${TELUGU[4]} ${stage.name}` } },
    ]);
    applyRowChanges(a, updateJourney(state, { title: `${state.journey.title} 😀` }));
    applyRowChanges(b, updateJourney(state, { title: `${state.journey.title}!` }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const readA = readDocState(a, state.journey.id)!;
    const readB = readDocState(b, state.journey.id)!;
    expect(readA).toEqual(readB);
    expect(readA.touchpoints[t.id]!.thoughts).toBe(`${ARMENIAN[4]} ${t.thoughts} ${TAMIL[4]}`);
    expect(readA.stages[stage.id]!.name).toBe(`${TELUGU[4]} ${stage.name} ✅`);
    // Both additions at one place are kept whole, one after the other (in an order both agree on).
    expect([`${state.journey.title} 😀!`, `${state.journey.title}! 😀`]).toContain(readA.journey.title);
  });

  it('two people adding to one list at once (pain points, a persona’s needs, tags) both keep their items', () => {
    const { state, a, b } = twoCopies();
    const t = Object.values(state.touchpoints)[0]!;
    const p = Object.values(state.personas)[0]!;
    expect(tableMap(a, 'touchpoints').get(t.id)!.get('painPoints')).toBeInstanceOf(Y.Array);
    const pain = (id: string, text: string) => painPoint(text, id);
    // Offline from each other: each adds a pain point and a need; one removes a quote, the other changes
    // the severity of the first pain point; both add the same tag.
    applyRowChanges(
      a,
      updateTouchpoint(state, t.id, {
        painPoints: [...t.painPoints, pain('pain:a', TAMIL[4]!)],
        quotes: t.quotes.slice(1),
        tags: ['queue'],
      }),
    );
    applyRowChanges(
      b,
      updateTouchpoint(state, t.id, {
        painPoints: [{ ...t.painPoints[0]!, severity: 1 }, ...t.painPoints.slice(1), pain('pain:b', ARMENIAN[4]!)],
        tags: ['queue'],
      }),
    );
    applyRowChanges(a, [{ table: 'personas', id: p.id, before: p, after: { ...p, needs: [...p.needs, TELUGU[4]!] } }]);
    applyRowChanges(b, [
      { table: 'personas', id: p.id, before: p, after: { ...p, needs: [...p.needs, MALAYALAM[4]!] } },
    ]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const invalid: string[] = [];
    const readA = readDocState(a, state.journey.id, (r) => invalid.push(r), state.journey)!;
    expect(readDocState(b, state.journey.id, undefined, state.journey)).toEqual(readA);
    expect(invalid).toEqual([]);
    const read = readA.touchpoints[t.id]!;
    expect(read.painPoints.map((x) => x.text)).toEqual(
      expect.arrayContaining([...t.painPoints.map((x) => x.text), TAMIL[4], ARMENIAN[4]]),
    );
    expect(read.painPoints).toHaveLength(t.painPoints.length + 2);
    expect(read.painPoints.find((x) => x.id === t.painPoints[0]!.id)!.severity).toBe(1);
    expect(read.quotes).toEqual(t.quotes.slice(1));
    // Added by both: held once.
    expect(read.tags).toEqual(['queue']);
    expect(readA.personas[p.id]!.needs).toEqual(expect.arrayContaining([...p.needs, TELUGU[4], MALAYALAM[4]]));
    expect(readA.personas[p.id]!.needs).toHaveLength(p.needs.length + 2);
  });

  it('a change inside a shared text reads back as a change of its row', () => {
    const { state, a, b } = twoCopies();
    const t = Object.values(state.touchpoints)[0]!;
    let seen: ReturnType<typeof readChanges> | null = null;
    b.on('afterTransaction', (tr: Y.Transaction) => {
      expect([...touchedRows(b, tr).entries()]).toEqual([['touchpoints', new Set([t.id])]]);
      seen = readChanges(b, tr, state, () => undefined);
    });
    applyRowChanges(a, updateTouchpoint(state, t.id, { thoughts: `${t.thoughts}.` }));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(seen!.changes).toEqual([
      { table: 'touchpoints', id: t.id, before: t, after: { ...t, thoughts: `${t.thoughts}.` } },
    ]);
  });

  it('a session saved with plain strings and lists (an earlier version) is upgraded to shared texts and lists, reading the same', () => {
    const state = docStateFrom(seedJourney());
    const doc = new Y.Doc();
    writeDocState(doc, state);
    // As an earlier version wrote them.
    const t = Object.values(state.touchpoints)[0]!;
    const fields = tableMap(doc, 'touchpoints').get(t.id)!;
    fields.set('title', t.title);
    doc.getMap('journey').set('title', state.journey.title);
    fields.set('painPoints', t.painPoints);
    // An edit to a plain field makes it a shared text.
    applyRowChanges(doc, updateTouchpoint(state, t.id, { thoughts: 'x' }));
    fields.set('thoughts', 'x');
    applyRowChanges(doc, updateTouchpoint(state, t.id, { thoughts: 'xy' }));
    expect(fields.get('thoughts')).toBeInstanceOf(Y.Text);
    upgradeFields(doc);
    expect(fields.get('title')).toBeInstanceOf(Y.Text);
    expect(doc.getMap('journey').get('title')).toBeInstanceOf(Y.Text);
    expect(fields.get('painPoints')).toBeInstanceOf(Y.Array);
    expect(readDocState(doc, state.journey.id, undefined, state.journey)).toEqual({
      ...state,
      touchpoints: { ...state.touchpoints, [t.id]: { ...t, thoughts: 'xy' } },
    });
  });

  it('writes only fields that differ, so applying what the document holds changes nothing', () => {
    const state = docStateFrom(seedJourney());
    const doc = new Y.Doc();
    writeDocState(doc, state);
    let updates = 0;
    doc.on('update', () => updates++);
    applyRowChanges(
      doc,
      Object.values(state.touchpoints).map((t) => ({ table: 'touchpoints', id: t.id, before: t, after: { ...t } })),
    );
    writeDocState(doc, state);
    expect(updates).toBe(0);
    const t = Object.values(state.touchpoints)[0]!;
    applyRowChanges(doc, updateTouchpoint(state, t.id, { title: 'x' }));
    expect(updates).toBe(1);
  });

  it('reads back the rows a transaction touched, as changes; an invalid row is dropped with a one-line reason', () => {
    const { state, a, b } = twoCopies();
    const [t1, t2] = Object.values(state.touchpoints);
    const note = Object.values(state.notes)[0]!;
    // Someone: renames t1, puts an emotion of 99 on t2, deletes the note, adds a dot, and adds a stage of another journey.
    a.transact(() => {
      applyRowChanges(a, updateTouchpoint(state, t1!.id, { title: MALAYALAM[2] }));
      tableMap(a, 'touchpoints').get(t2!.id)!.set('emotion', 99);
      tableMap(a, 'notes').delete(note.id);
      const stage = new Y.Map<unknown>();
      tableMap(a, 'stages').set('stage:foreign', stage);
      stage.set('id', 'stage:foreign');
      stage.set('journeyId', 'journey:other');
      applyRowChanges(
        a,
        updateJourney(state, {
          workshop: {
            ...state.journey.workshop,
            votes: [
              ...state.journey.workshop.votes,
              {
                id: 'vote:new' as never,
                voterId: 'voter:a' as never,
                targetKind: 'touchpoint',
                targetId: t2!.id,
                castAt: 1,
              },
            ],
          },
        }),
      );
    });
    let seen: ReturnType<typeof readChanges> | null = null;
    const reasons: string[] = [];
    b.on('afterTransaction', (tr: Y.Transaction) => {
      expect([...touchedRows(b, tr).keys()].sort()).toEqual(['journeys', 'notes', 'stages', 'touchpoints']);
      seen = readChanges(b, tr, state, (r) => reasons.push(r));
    });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const { changes, refused } = seen!;
    const byKey = Object.fromEntries(changes.map((c) => [`${c.table}/${c.id}`, c]));
    expect(byKey[`touchpoints/${t1!.id}`]!.after).toMatchObject({ title: MALAYALAM[2] });
    expect(byKey[`notes/${note.id}`]!.after).toBeNull();
    expect(
      (byKey[`journeys/${state.journey.id}`]!.after as typeof state.journey).workshop.votes.map((v) => v.id),
    ).toEqual(['vote:z', 'vote:y', 'vote:new']);
    expect(byKey[`touchpoints/${t2!.id}`]).toBeUndefined();
    expect(byKey['stages/stage:foreign']).toBeUndefined();
    expect(refused.map((r) => r.id).sort()).toEqual(['stage:foreign', t2!.id].sort());
    expect(reasons).toHaveLength(2);
    for (const r of reasons) expect(r).toMatch(/^A shared (touchpoint|stage) was refused: [^\n]+\.$/);
  });
});
