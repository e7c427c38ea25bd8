import { describe, expect, it } from 'vitest';
import { createCanvasBuilder, type BuildInputs } from '../../../renderer/src/editor/canvas/build-nodes';
import { canvasGeometry } from '../../../renderer/src/editor/canvas/geometry';
import { moveItems } from '../../../renderer/src/session/edits';
import { applyChanges } from '../../../renderer/src/session/doc-state';
import { smallState } from './fixtures';
import { journey } from '../../fixtures/journey-builder';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import { setUiLanguage } from '../../../renderer/src/i18n';
import taEditor from '../../../renderer/src/i18n/locales/ta/editor.json';
import taInspector from '../../../renderer/src/i18n/locales/ta/inspector.json';
import taVocabulary from '../../../renderer/src/i18n/locales/ta/vocabulary.json';
import { TAMIL } from '../../fixtures/seed-text';

function inputsFor(doc: ReturnType<typeof smallState>, drag: BuildInputs['drag'] = new Map()): BuildInputs {
  return {
    doc,
    geometry: canvasGeometry(doc.stages, doc.touchpoints, doc.notes),
    selection: new Set(),
    drag,
    far: false,
  };
}

describe('canvas node builder', () => {
  it('re-makes only the dragged card on a drag frame, and gives the rest back unchanged', () => {
    const doc = smallState();
    const builder = createCanvasBuilder();
    const base = inputsFor(doc);
    const before = builder.buildNodes(base);
    const dragged = Object.values(doc.touchpoints)[2]!;
    const frame = builder.buildNodes({ ...base, drag: new Map([[dragged.id, { x: 999, y: 321 }]]) });

    expect(frame).toHaveLength(before.length);
    frame.forEach((node, i) => {
      if (node.id === dragged.id) {
        expect(node).not.toBe(before[i]);
        expect(node.position).toEqual({ x: 999, y: 321 });
      } else {
        expect(node).toBe(before[i]);
      }
    });

    // The drag ends without a move (cancelled): the card goes back to its stored place.
    const back = builder.buildNodes({ ...base, drag: new Map() });
    expect(back.find((n) => n.id === dragged.id)!.position).toEqual(dragged.position);
  });

  it('gives back the same lists when nothing drawn changed (a vote), and new ones when something did', () => {
    const doc = smallState();
    const builder = createCanvasBuilder();
    const nodes = builder.buildNodes(inputsFor(doc));
    const edges = builder.buildEdges(inputsFor(doc));
    expect(edges.length).toBeGreaterThan(0);
    // A vote changes the journey row only: React Flow is given the very same lists, nothing to adopt.
    const voted = { ...doc, journey: { ...doc.journey, workshop: { ...doc.journey.workshop, dotsPerVoter: 7 } } };
    expect(builder.buildNodes(inputsFor(voted))).toBe(nodes);
    expect(builder.buildEdges(inputsFor(voted))).toBe(edges);
    // A renamed card: a new node list (that card new, the rest as they were); connections as they were.
    const card = Object.values(doc.touchpoints)[0]!;
    const renamed = { ...voted, touchpoints: { ...voted.touchpoints, [card.id]: { ...card, title: TAMIL[1]! } } };
    const after = builder.buildNodes(inputsFor(renamed));
    expect(after).not.toBe(nodes);
    expect(after.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual([card.id]);
    expect(builder.buildEdges(inputsFor(renamed))).toBe(edges);
    // A deleted connection: a new connection list.
    const [gone, ...rest] = Object.values(doc.connections);
    const fewer = { ...renamed, connections: Object.fromEntries(rest.map((c) => [c.id, c])) };
    const edgesAfter = builder.buildEdges(inputsFor(fewer));
    expect(edgesAfter).not.toBe(edges);
    expect(edgesAfter.map((e) => e.id)).not.toContain(gone!.id);
  });

  it('makes the cards anew when the zoom crosses the detail level, so React Flow rereads their handles', () => {
    const doc = smallState();
    const builder = createCanvasBuilder();
    const near = builder.buildNodes(inputsFor(doc));
    const far = builder.buildNodes({ ...inputsFor(doc), far: true });
    for (const [i, node] of far.entries()) {
      if (node.type === 'touchpoint') {
        expect(node).not.toBe(near[i]);
        expect(node.handles).toEqual(near[i]!.handles);
      } else {
        expect(node).toBe(near[i]);
      }
    }
  });

  it('builds the same nodes after a drop as a fresh builder would', () => {
    const doc = smallState();
    const builder = createCanvasBuilder();
    const dragged = Object.values(doc.touchpoints)[0]!;
    builder.buildNodes(inputsFor(doc));
    builder.buildNodes(inputsFor(doc, new Map([[dragged.id, { x: 700, y: 400 }]])));
    const moved = applyChanges(doc, moveItems(doc, [{ id: dragged.id, position: { x: 700, y: 400 } }]), 'forward');
    const after = builder.buildNodes(inputsFor(moved));
    expect(after).toEqual(createCanvasBuilder().buildNodes(inputsFor(moved)));
    const node = after.find((n) => n.id === dragged.id)!;
    expect(node.position).toEqual({ x: 700, y: 400 });
    expect(node.type === 'touchpoint' && node.data.touchpoint.stageId).not.toBe(dragged.stageId);
  });

  it('routes a connection past a card stacked between its ends, and straight again once that card moves away', () => {
    const b = journey('Stacked');
    const [discover] = b.stages('Discover', 'Choose');
    const top = b.touchpoint(discover!, { title: 'Top', position: { x: 50, y: 120 } });
    const middle = b.touchpoint(discover!, { title: 'Middle', position: { x: 50, y: 260 } });
    const bottom = b.touchpoint(discover!, { title: 'Bottom', position: { x: 50, y: 400 } });
    const past = b.connect(top, bottom, 'failure', { label: 'Skips' });
    const next = b.connect(top, middle);
    const doc = docStateFrom(b.build());
    const builder = createCanvasBuilder();
    const pastOf = (edges: ReturnType<typeof builder.buildEdges>, id: string) =>
      edges.find((e) => e.id === id)!.data!.pastCards ?? false;
    const before = builder.buildEdges(inputsFor(doc));
    expect(pastOf(before, past.id)).toBe(true);
    expect(pastOf(before, next.id)).toBe(false);
    // The middle card dragged to the next stage: the line goes straight down again; the other edge is kept.
    const moved = applyChanges(doc, moveItems(doc, [{ id: middle.id, position: { x: 370, y: 260 } }]), 'forward');
    const after = builder.buildEdges(inputsFor(moved));
    expect(pastOf(after, past.id)).toBe(false);
    expect(after).toEqual(createCanvasBuilder().buildEdges(inputsFor(moved)));
    // A card renamed, not moved: the same edges.
    const renamed = { ...moved, touchpoints: { ...moved.touchpoints, [top.id]: { ...top, title: TAMIL[2]! } } };
    expect(builder.buildEdges(inputsFor(renamed))).toBe(after);
  });

  it('makes the cards and notes anew in the new language when the interface language switches, nothing else changing', async () => {
    const b = journey('Tamil', 1000);
    const [stage] = b.stages('Discover');
    const tp = b.touchpoint(stage!, { title: TAMIL[3] });
    b.note(TAMIL[0], { position: { x: 40, y: 500 } });
    const doc = docStateFrom(b.build());
    const builder = createCanvasBuilder();
    const inputs = inputsFor(doc);
    try {
      await setUiLanguage('en');
      const english = builder.buildNodes(inputs);
      await setUiLanguage('ta');
      // The same inputs, as JourneyCanvas passes them when only the language changed.
      const tamil = builder.buildNodes(inputs);
      const card = tamil.find((n) => n.id === tp.id)!;
      expect(card).not.toBe(english.find((n) => n.id === tp.id));
      expect(card.ariaLabel).toBe(taEditor.card.node.replace('{{title}}', TAMIL[3]));
      const note = tamil.find((n) => n.type === 'note')!;
      expect(note.ariaLabel).toBe(`${taInspector.note} ${TAMIL[0].slice(0, 40)}`);
    } finally {
      await setUiLanguage('en');
    }
  });

  it('names connections by their kind and label in the interface language, again when the language switches', async () => {
    const b = journey('Tamil', 1000);
    const [stage] = b.stages('Discover');
    const from = b.touchpoint(stage!, { title: TAMIL[3] });
    const to = b.touchpoint(stage!, { title: TAMIL[1] });
    const plain = b.connect(from, to, 'failure');
    const labelled = b.connect(to, from, 'recovery', { label: TAMIL[0].slice(0, 12) });
    const doc = docStateFrom(b.build());
    const builder = createCanvasBuilder();
    const inputs = inputsFor(doc);
    try {
      await setUiLanguage('en');
      const english = builder.buildEdges(inputs);
      expect(english.find((e) => e.id === plain.id)!.ariaLabel).toBe('Connection: Failure');
      await setUiLanguage('ta');
      const tamil = builder.buildEdges(inputs);
      expect(tamil.find((e) => e.id === plain.id)!.ariaLabel).toBe(
        taEditor.connection.node.replace('{{kind}}', taVocabulary.connection.failure),
      );
      expect(tamil.find((e) => e.id === labelled.id)!.ariaLabel).toBe(
        taEditor.connection.labelled
          .replace('{{kind}}', taVocabulary.connection.recovery)
          .replace('{{label}}', TAMIL[0].slice(0, 12)),
      );
    } finally {
      await setUiLanguage('en');
    }
  });
});
