import { describe, expect, it } from 'vitest';
import { parseCaptureLine } from '../../../renderer/src/domain/workshop/capture';
import { JourneyDocumentSchema } from '../../../renderer/src/domain/model';
import { applyChanges, documentFrom, type DocState } from '../../../renderer/src/session/doc-state';
import {
  addParkingItem,
  addVoter,
  captureEdit,
  captureTarget,
  castVote,
  groupNotes,
  notesForLines,
  notesToItems,
  notesToTouchpoints,
  parkingToNote,
  ungroupCluster,
  undoLastDot,
  type EditResult,
} from '../../../renderer/src/workshop/edits';
import { smallState } from '../editor/fixtures';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const NOW = 1_700_000_000_000;
const ok = (r: EditResult) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
const apply = (s: DocState, r: EditResult) => applyChanges(s, ok(r).changes, 'forward');
const stage = (s: DocState, name: string) => Object.values(s.stages).find((x) => x.name === name)!.id;
const valid = (s: DocState) => JourneyDocumentSchema.parse(documentFrom(s));

describe('capture edits', () => {
  it('routes lines in the four scripts: touchpoint, pain, opportunity, emotion, question', () => {
    let s = smallState();
    const buy = stage(s, 'Buy');
    const capture = (line: string, mode: 'touchpoint' | 'note' = 'touchpoint') => {
      const r = captureEdit(s, parseCaptureLine(line), {
        mode,
        stageId: buy,
        target: captureTarget(s, new Set(), buy),
        now: NOW,
      });
      s = apply(s, r);
      return ok(r);
    };
    const added = capture(TAMIL[0]);
    const tp = s.touchpoints[added.select![0]!]!;
    expect(tp).toMatchObject({ title: TAMIL[0], stageId: buy, createdAt: NOW });
    capture(`!!! ${ARMENIAN[0]}`);
    capture(`+ ${TELUGU[1]}`);
    capture(`:( ${MALAYALAM[0]}`);
    capture(`? ${MALAYALAM[2]}`);
    capture(`${ARMENIAN[1]}`, 'note');
    const after = s.touchpoints[tp.id]!;
    expect(after.painPoints.map((p) => [p.text, p.severity])).toEqual([[ARMENIAN[0], 3]]);
    expect(after.opportunities.map((o) => o.text)).toEqual([TELUGU[1]]);
    expect(after).toMatchObject({ emotion: -2, emotionLabel: MALAYALAM[0] });
    const notes = Object.values(s.notes);
    expect(notes.map((n) => [n.text, n.kind, n.createdAt])).toEqual([
      [MALAYALAM[2], 'question', NOW],
      [ARMENIAN[1], 'note', NOW],
    ]);
    // Notes sit above the stage's column, not on top of each other.
    expect(notes.every((n) => n.position.y < 0)).toBe(true);
    expect(new Set(notes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(2);
    expect(() => valid(s)).not.toThrow();
  });

  it('refuses pain points with no touchpoint to go on, with a sentence', () => {
    const s = smallState();
    const r = captureEdit(s, parseCaptureLine('! Slow'), { mode: 'touchpoint', stageId: null, target: null, now: NOW });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/touchpoint first/) });
  });

  it('a very long line is cut at a grapheme boundary for the title and kept whole in the description', () => {
    const s = smallState();
    const long = MALAYALAM[3].repeat(10);
    const r = ok(
      captureEdit(s, parseCaptureLine(long), { mode: 'touchpoint', stageId: stage(s, 'Use'), target: null, now: NOW }),
    );
    const t = applyChanges(s, r.changes, 'forward').touchpoints[r.select![0]!]!;
    expect(t.title.length).toBeLessThanOrEqual(1000);
    expect(long.startsWith(t.title)).toBe(true);
    expect(t.description).toBe(long);
  });
});

describe('notes to map items and clusters', () => {
  it('pasted lines become a grid of notes; notes turn into touchpoints of the stage they sit above', () => {
    let s = smallState();
    const use = stage(s, 'Use');
    const lines = [TAMIL[0], ARMENIAN[0], TELUGU[0], MALAYALAM[0], 'Fifth'].map((text) => ({ text, question: false }));
    const { changes, ids } = notesForLines(s, lines, use, NOW);
    s = applyChanges(s, changes, 'forward');
    expect(ids).toHaveLength(5);
    const xs = new Set(ids.map((id) => s.notes[id]!.position.x));
    const ys = new Set(ids.map((id) => s.notes[id]!.position.y));
    expect(xs.size).toBeGreaterThanOrEqual(1);
    expect(ys.size).toBeGreaterThan(1);
    const before = Object.keys(s.touchpoints).length;
    s = apply(s, notesToTouchpoints(s, ids.slice(0, 2), NOW));
    expect(Object.keys(s.touchpoints)).toHaveLength(before + 2);
    expect(Object.keys(s.notes)).toHaveLength(3);
    const made = Object.values(s.touchpoints).filter((t) => t.createdAt === NOW);
    expect(made.map((t) => t.stageId)).toEqual([use, use]);
    expect(made.map((t) => t.title).sort()).toEqual([TAMIL[0], ARMENIAN[0]].sort());
  });

  it('notes become pain points of a chosen touchpoint in one step', () => {
    let s = smallState();
    const { changes, ids } = notesForLines(s, [{ text: TELUGU[2], question: false }], null, NOW);
    s = applyChanges(s, changes, 'forward');
    const tp = Object.values(s.touchpoints)[0]!;
    const r = ok(notesToItems(s, ids, tp.id, 'pain', 3));
    s = applyChanges(s, r.changes, 'forward');
    expect(s.touchpoints[tp.id]!.painPoints.map((p) => [p.text, p.severity])).toEqual([[TELUGU[2], 3]]);
    expect(s.notes[ids[0]!]).toBeUndefined();
  });

  it('groups notes into a titled cluster and ungroups them', () => {
    let s = smallState();
    const { changes, ids } = notesForLines(
      s,
      [ARMENIAN[0], ARMENIAN[1]].map((text) => ({ text, question: false })),
      null,
      NOW,
    );
    s = applyChanges(s, changes, 'forward');
    s = apply(s, groupNotes(s, ids, `  ${TAMIL[3]} `));
    const [cluster] = s.journey.workshop.clusters;
    expect(cluster!.title).toBe(TAMIL[3]);
    expect(ids.map((id) => s.notes[id]!.clusterId)).toEqual([cluster!.id, cluster!.id]);
    // Regrouping all notes into a new cluster drops the emptied one.
    s = apply(s, groupNotes(s, ids, 'Second'));
    expect(s.journey.workshop.clusters.map((c) => c.title)).toEqual(['Second']);
    s = applyChanges(s, ungroupCluster(s, s.journey.workshop.clusters[0]!.id), 'forward');
    expect(s.journey.workshop.clusters).toEqual([]);
    expect(ids.map((id) => s.notes[id]!.clusterId)).toEqual([null, null]);
    expect(() => valid(s)).not.toThrow();
  });
});

describe('votes and parking lot', () => {
  it('a voter cannot place more dots than allowed; undo takes back the latest', () => {
    let s = smallState();
    s = apply(s, addVoter(s, 'Ana', '#e03131'));
    const ana = s.journey.workshop.voters[0]!;
    s = applyChanges(s, [], 'forward');
    s = { ...s, journey: { ...s.journey, workshop: { ...s.journey.workshop, dotsPerVoter: 2 } } };
    const tp = Object.values(s.touchpoints);
    s = apply(s, castVote(s, ana.id, 'touchpoint', tp[0]!.id, 1));
    s = apply(s, castVote(s, ana.id, 'touchpoint', tp[1]!.id, 2));
    expect(castVote(s, ana.id, 'touchpoint', tp[2]!.id, 3)).toEqual({ ok: false, message: 'Ana has no dots left.' });
    s = applyChanges(s, undoLastDot(s, ana.id), 'forward');
    expect(s.journey.workshop.votes.map((v) => v.targetId)).toEqual([tp[0]!.id]);
    expect(addVoter(s, '  ', '#e03131').ok).toBe(false);
    expect(addVoter(s, 'Bad colour', 'red').ok).toBe(false);
  });

  it('parks an item and moves it onto the map as a note in one step', () => {
    let s = smallState();
    s = apply(s, addParkingItem(s, ` ${MALAYALAM[1]} `, NOW));
    const item = s.journey.workshop.parkingLot[0]!;
    expect(item.text).toBe(MALAYALAM[1]);
    const r = ok(parkingToNote(s, item.id, stage(s, 'Buy'), NOW));
    s = applyChanges(s, r.changes, 'forward');
    expect(s.journey.workshop.parkingLot).toEqual([]);
    expect(s.notes[r.select![0]!]!.text).toBe(MALAYALAM[1]);
    expect(() => valid(s)).not.toThrow();
  });
});
