import { describe, expect, it } from 'vitest';
import { sortStages } from '../../../renderer/src/domain/layout';
import {
  addConnection,
  addPersona,
  addStage,
  addTouchpoint,
  deleteItems,
  deletePersona,
  deleteStage,
  moveItems,
  reorderStage,
  updateStage,
  updateTouchpoint,
} from '../../../renderer/src/session/edits';
import { applyChanges, type DocState } from '../../../renderer/src/session/doc-state';
import { smallState } from './fixtures';

const apply = (s: DocState, changes: Parameters<typeof applyChanges>[1]) => applyChanges(s, changes, 'forward');
const stageByName = (s: DocState, name: string) => Object.values(s.stages).find((x) => x.name === name)!;
const tpByTitle = (s: DocState, title: string) => Object.values(s.touchpoints).find((x) => x.title === title)!;

describe('editor commands', () => {
  it('moving a touchpoint into another column moves it to that stage', () => {
    const s = smallState();
    const tp = tpByTitle(s, 'Discover 1');
    const changes = moveItems(s, [{ id: tp.id, position: { x: 700, y: 300 } }]);
    expect(changes).toHaveLength(1);
    const next = apply(s, changes);
    expect(next.touchpoints[tp.id]!.stageId).toBe(stageByName(s, 'Use').id);
    expect(next.touchpoints[tp.id]!.position).toEqual({ x: 700, y: 300 });
  });

  it('only the touched rows get new identities', () => {
    const s = smallState();
    const tp = tpByTitle(s, 'Buy 1');
    const next = apply(s, updateTouchpoint(s, tp.id, { emotion: 3 }));
    for (const [id, t] of Object.entries(s.touchpoints)) {
      if (id === tp.id) expect(next.touchpoints[id]).not.toBe(t);
      else expect(next.touchpoints[id]).toBe(t);
    }
    expect(next.stages).toBe(s.stages);
    expect(next.connections).toBe(s.connections);
  });

  it('widening a stage shifts the touchpoints of later stages with their columns', () => {
    const s = smallState();
    const discover = stageByName(s, 'Discover');
    const next = apply(s, updateStage(s, discover.id, { width: 420 }));
    expect(next.touchpoints[tpByTitle(s, 'Discover 1').id]!.position.x).toBe(50);
    expect(next.touchpoints[tpByTitle(s, 'Buy 1').id]!.position.x).toBe(320 + 50 + 100);
    expect(next.touchpoints[tpByTitle(s, 'Use 2').id]!.position.x).toBe(640 + 50 + 100);
  });

  it('reordering a stage carries its touchpoints along', () => {
    const s = smallState();
    const use = stageByName(s, 'Use');
    const next = apply(s, reorderStage(s, use.id, 0));
    expect(sortStages(Object.values(next.stages)).map((x) => x.name)).toEqual(['Use', 'Discover', 'Buy']);
    expect(next.touchpoints[tpByTitle(s, 'Use 1').id]!.position.x).toBe(50);
    expect(next.touchpoints[tpByTitle(s, 'Discover 1').id]!.position.x).toBe(370);
  });

  it('deleting a stage deletes its touchpoints and their connections, and later stages close the gap', () => {
    const s = smallState();
    const buy = stageByName(s, 'Buy');
    const next = apply(s, deleteStage(s, buy.id));
    expect(
      Object.values(next.stages)
        .map((x) => x.name)
        .sort(),
    ).toEqual(['Discover', 'Use']);
    expect(
      Object.values(next.touchpoints)
        .map((t) => t.title)
        .sort(),
    ).toEqual(['Discover 1', 'Discover 2', 'Use 1', 'Use 2']);
    const alive = new Set(Object.keys(next.touchpoints));
    for (const c of Object.values(next.connections)) expect(alive.has(c.source) && alive.has(c.target)).toBe(true);
    expect(next.touchpoints[tpByTitle(s, 'Use 1').id]!.position.x).toBe(320 + 50);
    // and undo restores everything exactly
    const back = applyChanges(next, deleteStage(s, buy.id), 'backward');
    expect(back.touchpoints).toEqual(s.touchpoints);
    expect(back.connections).toEqual(s.connections);
    expect(back.stages).toEqual(s.stages);
  });

  it('deleting touchpoints removes their connections', () => {
    const s = smallState();
    const tp = tpByTitle(s, 'Buy 1');
    const next = apply(s, deleteItems(s, [tp.id]));
    expect(next.touchpoints[tp.id]).toBeUndefined();
    expect(Object.values(next.connections).some((c) => c.source === tp.id || c.target === tp.id)).toBe(false);
    expect(Object.keys(next.connections)).toHaveLength(3);
  });

  it('refuses self-loops and duplicate connections, allows loops back to earlier touchpoints', () => {
    const s = smallState();
    const a = tpByTitle(s, 'Discover 1');
    const b = tpByTitle(s, 'Discover 2');
    expect(addConnection(s, a.id, a.id).connection).toBeNull();
    expect(addConnection(s, a.id, b.id, 'main').connection).toBeNull();
    const back = addConnection(s, tpByTitle(s, 'Use 2').id, a.id, 'recovery');
    expect(back.connection?.kind).toBe('recovery');
  });

  it('adds stages at the end and touchpoints inside the focused stage column', () => {
    const s = smallState();
    const { stage, changes } = addStage(s);
    const next = apply(s, changes);
    expect(sortStages(Object.values(next.stages)).at(-1)!.id).toBe(stage.id);
    const { touchpoint } = addTouchpoint(next, stage.id);
    expect(touchpoint.position.x).toBeGreaterThanOrEqual(960);
    expect(touchpoint.position.x).toBeLessThan(960 + 320);
  });

  it('deleting a persona removes its per-persona emotions', () => {
    const s0 = smallState();
    const { persona, changes } = addPersona(s0, { name: 'Maya' });
    let s = apply(s0, changes);
    const tp = tpByTitle(s, 'Buy 1');
    s = apply(s, updateTouchpoint(s, tp.id, { personaEmotions: { [persona.id]: -2 } as never }));
    const next = apply(s, deletePersona(s, persona.id));
    expect(next.personas[persona.id]).toBeUndefined();
    expect(next.touchpoints[tp.id]!.personaEmotions).toEqual({});
    expect(next.journey.personaIds).toEqual([]);
  });

  it('gives each new persona a colour no persona of the journey has yet, and keeps one given', () => {
    let s = smallState();
    const colours: string[] = [];
    for (const name of ['Maya', 'Arun', 'Lilit', 'Ravi']) {
      const { persona, changes } = addPersona(s, { name });
      colours.push(persona.colour);
      s = apply(s, changes);
    }
    expect(new Set(colours).size).toBe(4);
    expect(colours[0]).toBe('#7950f2');
    expect(addPersona(s, { name: 'From the library', colour: '#7950f2' }).persona.colour).toBe('#7950f2');
  });
});
