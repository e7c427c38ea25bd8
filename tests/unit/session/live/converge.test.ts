/**
 * Convergence, property-based: the host app and one to four editors, each an
 * editor store bound to its own Y.Doc and connected through the real session
 * server, apply random concurrent operations (add, edit, move and delete
 * touchpoints and notes, connect them, undo). Once the traffic settles every
 * client holds the same journey, and it equals the host's database rows
 * (fake-indexeddb, the real storage layer and persister) after a flush.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../../renderer/src/domain/model';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import { documentFrom, type DocState } from '../../../../renderer/src/session/doc-state';
import {
  addConnection,
  addNote,
  addTouchpoint,
  deleteItems,
  moveItems,
  updateConnection,
  updateNote,
  updateTouchpoint,
} from '../../../../renderer/src/session/edits';
import type { EditorStore } from '../../../../renderer/src/session/store';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../../fixtures/seed-text';
import { cleanUpServers, join, openHost, session, sleep, waitFor } from './helpers';

const TEXTS = [TAMIL[0], ARMENIAN[0], TELUGU[0], MALAYALAM[0], TAMIL[4], ARMENIAN[4], 'plain'];

type Op =
  | { kind: 'addTouchpoint'; stage: number; text: number }
  | { kind: 'editTouchpoint'; pick: number; field: 'title' | 'thoughts' | 'emotion' | 'channel'; text: number }
  | { kind: 'deleteItem'; pick: number }
  | { kind: 'addNote'; text: number }
  | { kind: 'editNote'; pick: number; text: number }
  | { kind: 'move'; pick: number; x: number; y: number }
  | { kind: 'connect'; a: number; b: number }
  | { kind: 'labelConnection'; pick: number; text: number }
  | { kind: 'undo' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('addTouchpoint' as const), stage: fc.nat(10), text: fc.nat(10) }),
  fc.record({
    kind: fc.constant('editTouchpoint' as const),
    pick: fc.nat(50),
    field: fc.constantFrom('title' as const, 'thoughts' as const, 'emotion' as const, 'channel' as const),
    text: fc.nat(10),
  }),
  fc.record({ kind: fc.constant('deleteItem' as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('addNote' as const), text: fc.nat(10) }),
  fc.record({ kind: fc.constant('editNote' as const), pick: fc.nat(50), text: fc.nat(10) }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(50),
    x: fc.integer({ min: -500, max: 3000 }),
    y: fc.integer({ min: -400, max: 900 }),
  }),
  fc.record({ kind: fc.constant('connect' as const), a: fc.nat(50), b: fc.nat(50) }),
  fc.record({ kind: fc.constant('labelConnection' as const), pick: fc.nat(50), text: fc.nat(10) }),
  fc.constant({ kind: 'undo' as const }),
);

const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);
const ids = (map: Record<string, unknown>) => Object.keys(map).sort();

function run(store: EditorStore, op: Op): void {
  const s = store.getState();
  const doc = s.doc;
  const text = (i: number) => TEXTS[i % TEXTS.length]!;
  switch (op.kind) {
    case 'addTouchpoint': {
      const stage = pick(ids(doc.stages), op.stage);
      if (stage) s.run('Add', addTouchpoint(doc, stage, { title: text(op.text) }).changes);
      return;
    }
    case 'editTouchpoint': {
      const id = pick(ids(doc.touchpoints), op.pick);
      if (!id) return;
      // Within the model (a channel is at most 100 characters): the host refuses anything else.
      const value = op.field === 'channel' ? text(op.text).slice(0, 100) : text(op.text);
      const patch = op.field === 'emotion' ? { emotion: (op.text % 7) - 3 } : { [op.field]: value };
      s.run('Edit', updateTouchpoint(doc, id, patch));
      return;
    }
    case 'deleteItem': {
      const id = pick([...ids(doc.touchpoints), ...ids(doc.notes)], op.pick);
      if (id) s.run('Delete', deleteItems(doc, [id]));
      return;
    }
    case 'addNote':
      s.run('Note', addNote(doc, { text: text(op.text), position: { x: op.text * 40, y: -300 } }).changes);
      return;
    case 'editNote': {
      const id = pick(ids(doc.notes), op.pick);
      if (id) s.run('Edit note', updateNote(doc, id, { text: text(op.text) }));
      return;
    }
    case 'move': {
      const id = pick([...ids(doc.touchpoints), ...ids(doc.notes)], op.pick);
      if (id) s.run('Move', moveItems(doc, [{ id, position: { x: op.x, y: op.y } }]));
      return;
    }
    case 'connect': {
      const tps = ids(doc.touchpoints);
      const a = pick(tps, op.a);
      const b = pick(tps, op.b);
      if (a && b) s.run('Connect', addConnection(doc, a, b).changes);
      return;
    }
    case 'labelConnection': {
      const id = pick(ids(doc.connections), op.pick);
      if (id) s.run('Label', updateConnection(doc, id, { label: text(op.text) }));
      return;
    }
    case 'undo':
      s.undo();
  }
}

/** A journey as a comparable value: lists by id, the journey row without storage's updatedAt. */
function comparable(doc: JourneyDocument) {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const { updatedAt: _updatedAt, ...journey } = doc.journey;
  return {
    journey,
    stages: byId(doc.stages),
    touchpoints: byId(doc.touchpoints),
    connections: byId(doc.connections),
    personas: byId(doc.personas),
    notes: byId(doc.notes),
  };
}
const view = (state: DocState) => JSON.stringify(comparable(documentFrom(state)));

afterEach(() => cleanUpServers());

describe('live session: concurrent editing converges', () => {
  it('2–5 clients through the real server end with one journey, equal to the host’s database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        // Rounds of operations: in each, every client does its few operations without waiting for the others.
        fc.array(fc.array(fc.array(opArb, { maxLength: 3 }), { minLength: 5, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(20),
        async (editors, rounds, pause) => {
          const { info, doc } = await session(buildOnlineOrderTemplate());
          const app = await openHost(info, doc, { debounceMs: 20 });
          try {
            await waitFor(() => app.host.state.getState().status === 'live', 'the host');
            const people = Array.from({ length: editors }, (_, i) => join(info, 'editor', { name: `Editor ${i}` }));
            try {
              const stores: EditorStore[] = [app.store];
              for (const p of people) stores.push(await waitFor(() => p.editorStore(), 'an editor store'));
              for (const round of rounds) {
                stores.forEach((store, i) => round[i]!.forEach((op) => run(store, op)));
                await sleep(pause);
              }
              const views = () => stores.map((s) => view(s.getState().doc));
              await waitFor(() => new Set(views()).size === 1, 'every client to hold the same journey', 10_000).catch(
                (error: unknown) => {
                  expect(views().slice(1)).toEqual(views().slice(0, -1));
                  throw error;
                },
              );
              await app.store.getState().flush();
              expect(app.store.getState().save.status).toBe('saved');
              expect(comparable(await app.stored())).toEqual(comparable(documentFrom(app.store.getState().doc)));
              expect(app.host.state.getState().refusedRows).toBe(0);
            } finally {
              for (const p of people) p.disconnect();
            }
          } finally {
            await app.close();
            await cleanUpServers();
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
