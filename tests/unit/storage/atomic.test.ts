/**
 * A failure in the middle of a repository call leaves the database exactly
 * as it was: every call runs in one transaction.
 */
import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createNote } from '../../../renderer/src/domain';
import { buildOnlineOrderTemplate, buildSaasTrialTemplate } from '../../../renderer/src/domain/templates';
import {
  applyRowChanges,
  createJourneyFromDocument,
  duplicateJourney,
  emptyTrash,
  moveToTrash,
  purgeJourney,
  restoreSnapshot,
  saveSnapshot,
  type RowChange,
  type WaymarkDB,
} from '../../../renderer/src/storage';
import { seedLine } from '../../fixtures/seed-text';
import { dumpAll, freshDb } from './helpers';

interface Saboteur {
  /** Fail the n-th write (1-based) from now on; null to let every write through. */
  failAt: number | null;
  mode: 'throw' | 'abort';
  writes: number;
}

/** A DBCore middleware that fails one chosen write, by throwing or by aborting the transaction. */
function sabotage(db: WaymarkDB): Saboteur {
  const s: Saboteur = { failAt: null, mode: 'throw', writes: 0 };
  db.use({
    stack: 'dbcore',
    name: 'saboteur',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (s.failAt !== null) {
                s.writes += 1;
                if (s.writes === s.failAt) {
                  if (s.mode === 'abort') req.trans.abort();
                  return Promise.reject(new Error(`Simulated disk failure writing ${name}`));
                }
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
  return s;
}

async function setup() {
  const db = freshDb();
  const saboteur = sabotage(db);
  const doc = buildOnlineOrderTemplate(1000);
  doc.journey.title = seedLine('ta');
  await createJourneyFromDocument(db, doc);
  await createJourneyFromDocument(db, buildSaasTrialTemplate(1000));
  return { db, saboteur, doc };
}

async function expectUnchanged(db: WaymarkDB, saboteur: Saboteur, failAt: number, work: () => Promise<unknown>) {
  const before = await dumpAll(db);
  saboteur.failAt = failAt;
  saboteur.writes = 0;
  await expect(work()).rejects.toMatchObject({ name: 'StorageError' });
  saboteur.failAt = null;
  expect(saboteur.writes).toBe(failAt);
  expect(await dumpAll(db)).toEqual(before);
}

describe('a failure midway leaves the data exactly as before', () => {
  it('applyRowChanges: the 3rd bulk write fails', async () => {
    const { db, saboteur, doc } = await setup();
    const changes: RowChange[] = [
      { table: 'stages', id: doc.stages[0]!.id, row: { ...doc.stages[0]!, name: seedLine('hy') } },
      { table: 'touchpoints', id: doc.touchpoints[0]!.id, row: { ...doc.touchpoints[0]!, title: seedLine('te') } },
      { table: 'connections', id: doc.connections[0]!.id, row: null },
      { table: 'notes', id: doc.notes[0]!.id, row: { ...doc.notes[0]!, text: seedLine('ml') } },
    ];
    await expectUnchanged(db, saboteur, 3, () => applyRowChanges(db, doc.journey.id, changes));
    // The same changes go through once the disk is fine again.
    await applyRowChanges(db, doc.journey.id, changes);
    expect((await db.stages.get(doc.stages[0]!.id))?.name).toBe(seedLine('hy'));
  });

  it('applyRowChanges: the transaction is aborted at the last write (the journey’s updatedAt)', async () => {
    const { db, saboteur, doc } = await setup();
    saboteur.mode = 'abort';
    const note = createNote({ journeyId: doc.journey.id, text: seedLine('ta') });
    const changes: RowChange[] = [
      { table: 'touchpoints', id: doc.touchpoints[1]!.id, row: { ...doc.touchpoints[1]!, emotion: -1 } },
      { table: 'notes', id: note.id, row: note },
    ];
    await expectUnchanged(db, saboteur, 3, () => applyRowChanges(db, doc.journey.id, changes));
  });

  it('createJourneyFromDocument: fails at the 4th table', async () => {
    const { db, saboteur } = await setup();
    await expectUnchanged(db, saboteur, 4, () => createJourneyFromDocument(db, buildOnlineOrderTemplate()));
  });

  it('duplicateJourney: fails while writing the copy’s personas', async () => {
    const { db, saboteur, doc } = await setup();
    await expectUnchanged(db, saboteur, 5, () => duplicateJourney(db, doc.journey.id));
  });

  it('restoreSnapshot: fails after the old rows were deleted', async () => {
    const { db, saboteur, doc } = await setup();
    const snapshot = await saveSnapshot(db, doc.journey.id, 'Before the workshop');
    await applyRowChanges(db, doc.journey.id, [{ table: 'connections', id: doc.connections[0]!.id, row: null }]);
    // writes: 1 “Before restoring” snapshot, 2–6 deletes of stages…notes, 7 journey delete, 8 journey put, 9 stages put
    await expectUnchanged(db, saboteur, 9, () => restoreSnapshot(db, snapshot.id));
  });

  it('purgeJourney and emptyTrash: fail halfway through the tables', async () => {
    const { db, saboteur, doc } = await setup();
    await saveSnapshot(db, doc.journey.id, 'v1');
    await expectUnchanged(db, saboteur, 4, () => purgeJourney(db, doc.journey.id));
    await moveToTrash(db, doc.journey.id);
    saboteur.mode = 'abort';
    await expectUnchanged(db, saboteur, 6, () => emptyTrash(db));
  });
});
