import { WorkshopSchema } from '../../../renderer/src/domain/workshop-schema';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkMigrations, customerLaneId, emptyMetrics, newId } from '../../../renderer/src/domain';
import {
  getJourneyDocument,
  getMeta,
  getViewport,
  LATEST_STORAGE_VERSION,
  listJourneys,
  listSnapshots,
  restoreSnapshot,
  STORAGE_HISTORY,
  STORAGE_VERSIONS,
  WaymarkDB,
} from '../../../renderer/src/storage';
import {
  UPGRADE_2_META_KEY,
  UPGRADE_2_SNAPSHOT_NAME,
  UPGRADE_3_META_KEY,
  UPGRADE_3_SNAPSHOT_NAME,
  UPGRADE_4_META_KEY,
  UPGRADE_4_SNAPSHOT_NAME,
} from '../../../renderer/src/storage/schema';
import { seedLine } from '../../fixtures/seed-text';

const V1_STORES = STORAGE_VERSIONS[0]!.up.stores;

function v1Rows() {
  const journeyId = newId('journey');
  const stageId = newId('stage');
  const personaId = newId('persona');
  const [a, b] = [newId('touchpoint'), newId('touchpoint')];
  return {
    journeyId,
    journeys: [
      {
        id: journeyId,
        title: seedLine('ta'),
        description: seedLine('hy'),
        client: '',
        author: '',
        tags: ['legacy'],
        locale: 'ta',
        createdAt: 100,
        updatedAt: 200,
        personaIds: [personaId],
        viewport: null,
        deletedAt: null,
      },
    ],
    stages: [
      {
        id: stageId,
        journeyId,
        name: seedLine('te'),
        description: '',
        customerGoal: '',
        order: 0,
        colour: '#4c6ef5',
        width: 320,
      },
    ],
    touchpoints: [a, b].map((id, i) => ({
      id,
      journeyId,
      stageId,
      title: seedLine('ml', i),
      description: '',
      channel: 'phone',
      owner: '',
      position: { x: 50, y: 112 + i * 140 },
      emotion: i === 0 ? -3 : 2,
      emotionLabel: '',
      personaEmotions: { [personaId]: -2 },
      thoughts: seedLine('hy', 1),
      quotes: [],
      painPoints: [{ id: newId('pain'), text: seedLine('ta', 2), severity: 3 }],
      friction: { score: 4, types: ['waiting'] },
      opportunities: [],
      momentOfTruth: i === 0,
      tags: [],
      loyaltyQuestions: [],
      pillars: [],
    })),
    connections: [{ id: newId('connection'), journeyId, source: a, target: b, kind: 'recovery', label: 'Replaced' }],
    personas: [
      {
        id: personaId,
        journeyId,
        name: seedLine('te', 1),
        role: '',
        quote: '',
        needs: ['Speed'],
        fears: [],
        goals: [],
        desires: [],
        colour: '#7950f2',
        photoBlobId: null,
      },
    ],
    notes: [{ id: newId('note'), journeyId, text: seedLine('ml', 2), colour: 'pink', position: { x: 0, y: 600 } }],
    blobs: [
      { id: newId('blob'), journeyId, type: 'image/png', data: new Blob([new Uint8Array([9, 8, 7])]), hash: 'ff' },
    ],
  };
}

describe('storage versions', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(STORAGE_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(LATEST_STORAGE_VERSION).toBe(4);
    expect(() => checkMigrations([STORAGE_VERSIONS[1]!], STORAGE_HISTORY)).toThrow(/expected 0→1/);
    expect(() =>
      checkMigrations([STORAGE_VERSIONS[0]!, { ...STORAGE_VERSIONS[1]!, version: 3 }], STORAGE_HISTORY),
    ).toThrow(/expected 1→2/);
  });

  it('a new database has every table with its indexes', async () => {
    const db = new WaymarkDB(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'blobs',
        'connections',
        'journeys',
        'lanes',
        'meta',
        'notes',
        'personas',
        'snapshots',
        'stages',
        'touchpoints',
        'viewports',
      ].sort(),
    );
    expect(db.verno).toBe(4);
    for (const name of ['stages', 'lanes', 'touchpoints', 'connections', 'personas', 'notes', 'blobs', 'snapshots']) {
      expect(db.table(name).schema.idxByName.journeyId, name).toBeDefined();
    }
    await db.delete();
  });
});

describe('upgrade from version 1 to version 2', () => {
  it('keeps every row and fills every new field’s default', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const rows = v1Rows();
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.transaction('rw', old.tables, async () => {
      for (const table of ['journeys', 'stages', 'touchpoints', 'connections', 'personas', 'notes', 'blobs'] as const) {
        await old.table(table).bulkAdd(rows[table]);
      }
    });
    old.close();

    const db = new WaymarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);

    const journey = await db.journeys.get(rows.journeyId);
    // Version 3 moved the (empty) viewport out of the journey row.
    const { viewport: _viewport, ...v1Journey } = rows.journeys[0]!;
    expect(journey).toEqual({
      ...v1Journey,
      churn: [],
      futureStateOf: null,
      // Version 4 lifted the journey to document schema 3 (lanes).
      schemaVersion: 3,
      workshop: WorkshopSchema.parse({}),
      owner: '',
      status: 'draft',
      type: 'current-state',
    });

    for (const t of rows.touchpoints) {
      const stored = await db.touchpoints.get(t.id);
      expect(stored).toEqual({
        ...t,
        painPoints: t.painPoints.map((p) => ({ ...p, originId: null, evidence: null })),
        metrics: emptyMetrics(),
        delight: false,
        originId: null,
        createdAt: null,
        linkedJourneyId: null,
        laneId: customerLaneId(rows.journeyId),
        evidence: null,
      });
    }
    expect(await db.personas.get(rows.personas[0]!.id)).toEqual({
      ...rows.personas[0],
      spender: false,
      sender: false,
      challenges: [],
      libraryId: null,
    });
    expect(await db.connections.toArray()).toEqual(rows.connections.map((c) => ({ ...c, share: null })));
    expect(await db.stages.toArray()).toEqual(rows.stages.map((st) => ({ ...st, linkedJourneyId: null })));
    expect(await db.notes.toArray()).toEqual(
      rows.notes.map((n) => ({ ...n, kind: 'note', clusterId: null, createdAt: null })),
    );
    const blob = await db.blobs.get(rows.blobs[0]!.id);
    expect(new Uint8Array(await blob!.data.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));

    // The repository reads the upgraded journey like any other.
    const summaries = await listJourneys(db);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ stageCount: 1, touchpointCount: 2 });
    expect((await getJourneyDocument(db, rows.journeyId))?.journey.title).toBe(seedLine('ta'));
    expect(await getMeta(db, UPGRADE_2_META_KEY)).toMatchObject({ filled: 7, keptAsIs: 0 });
    await db.delete();
  });

  it('first saves each journey as it was in a snapshot, in the same upgrade', async () => {
    const name = `upgrade-snapshot-${crypto.randomUUID()}`;
    const rows = v1Rows();
    const other = v1Rows();
    // A field this build does not know: the upgrade drops it, the snapshot keeps it.
    const stage = { ...rows.stages[0]!, legacyHint: seedLine('hy', 2) };
    const secondStage = { ...rows.stages[0]!, id: newId('stage'), name: seedLine('ml', 3), order: -1 };
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.transaction('rw', old.tables, async () => {
      await old.table('journeys').bulkAdd([...rows.journeys, { ...other.journeys[0]!, deletedAt: 300 }]);
      await old.table('stages').bulkAdd([stage, secondStage, ...other.stages]);
      await old.table('touchpoints').bulkAdd([...rows.touchpoints, ...other.touchpoints]);
      await old.table('connections').bulkAdd(rows.connections);
      await old.table('personas').bulkAdd(rows.personas);
      await old.table('notes').bulkAdd(rows.notes);
    });
    old.close();

    const before = Date.now();
    const db = new WaymarkDB(name);
    await db.open();
    const all = await db.snapshots.toArray();
    // One per journey, the trashed one too.
    expect(all.map((s) => s.journeyId).sort()).toEqual([rows.journeyId, other.journeyId].sort());
    const [summary] = await listSnapshots(db, rows.journeyId);
    expect(summary).toMatchObject({ name: UPGRADE_2_SNAPSHOT_NAME, stageCount: 2, touchpointCount: 2 });
    expect(summary!.createdAt).toBeGreaterThanOrEqual(before);

    const snapshot = all.find((s) => s.journeyId === rows.journeyId)!;
    const { document } = snapshot;
    expect(document.journey.title).toBe(seedLine('ta'));
    expect(document.journey.updatedAt).toBe(200);
    expect(document.stages.map((s) => s.name)).toEqual([seedLine('ml', 3), seedLine('te')]);
    expect(document.stages[1]).toMatchObject({ legacyHint: seedLine('hy', 2) });
    expect(await db.stages.get(stage.id)).not.toHaveProperty('legacyHint');
    // Every value the rows had, with the new fields' defaults, so the snapshot restores as is.
    const stored = await getJourneyDocument(db, rows.journeyId);
    expect(document.touchpoints.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      stored!.touchpoints.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(document.connections).toEqual(stored!.connections);
    expect(document.personas).toEqual(stored!.personas);
    expect(document.notes).toEqual(stored!.notes);
    expect(all.find((s) => s.journeyId === other.journeyId)!.document.journey.deletedAt).toBe(300);

    const restored = await restoreSnapshot(db, snapshot.id);
    expect(restored.journey.title).toBe(seedLine('ta'));
    expect((await getJourneyDocument(db, rows.journeyId))?.touchpoints.map((t) => t.title).sort()).toEqual(
      rows.touchpoints.map((t) => t.title).sort(),
    );
    await db.delete();
  });

  it('keeps a row that does not fit the schema exactly as it was, and counts it', async () => {
    const name = `upgrade-bad-${crypto.randomUUID()}`;
    const rows = v1Rows();
    const broken = { ...rows.touchpoints[0]!, emotion: 42 };
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('journeys').bulkAdd(rows.journeys);
    await old.table('touchpoints').add(broken);
    old.close();

    const db = new WaymarkDB(name);
    expect(await db.touchpoints.get(broken.id)).toEqual(broken);
    expect(await getMeta(db, UPGRADE_2_META_KEY)).toMatchObject({ filled: 1, keptAsIs: 1 });
    const [snapshot] = await db.snapshots.toArray();
    expect(snapshot?.document.touchpoints).toEqual([broken]);
    await db.delete();
  });
});

describe('upgrade from version 2 to version 3: the viewport leaves the journey row', () => {
  const V2_STORES = STORAGE_VERSIONS[1]!.up.stores;

  async function v2Database(name: string, journeys: Record<string, unknown>[]) {
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores(V2_STORES);
    await old.table('journeys').bulkAdd(journeys);
    old.close();
  }

  it('moves each saved viewport to the viewports table, leaves the rest of the row as it was, and snapshots first', async () => {
    const name = `upgrade-3-${crypto.randomUUID()}`;
    const [a, b, c] = [v1Rows(), v1Rows(), v1Rows()];
    const panned = { ...a.journeys[0]!, viewport: { x: -120, y: 40, zoom: 0.5 } };
    const fitted = b.journeys[0]!; // viewport: null
    const damaged = { ...c.journeys[0]!, viewport: { x: 'left', y: 0, zoom: -1 } };
    await v2Database(name, [panned, fitted, damaged]);

    const before = Date.now();
    const db = new WaymarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);

    expect(await db.viewports.toArray()).toEqual([{ journeyId: a.journeyId, viewport: { x: -120, y: 40, zoom: 0.5 } }]);
    expect(await getViewport(db, a.journeyId)).toEqual({ x: -120, y: 40, zoom: 0.5 });
    expect(await getViewport(db, b.journeyId)).toBeNull();
    expect(await getViewport(db, c.journeyId)).toBeNull();
    for (const row of [panned, fitted, damaged]) {
      const { viewport: _viewport, ...rest } = row;
      expect(await db.journeys.get(row.id as never)).toEqual(rest);
    }
    expect(await getMeta(db, UPGRADE_3_META_KEY)).toMatchObject({ moved: 1, dropped: 1 });

    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map((s) => s.name)).toEqual([
      UPGRADE_3_SNAPSHOT_NAME,
      UPGRADE_3_SNAPSHOT_NAME,
      UPGRADE_3_SNAPSHOT_NAME,
    ]);
    const snapshot = snapshots.find((s) => s.journeyId === a.journeyId)!;
    expect(snapshot.createdAt).toBeGreaterThanOrEqual(before);
    expect(snapshot.document.journey.title).toBe(seedLine('ta'));
    expect(snapshot.document.journey.updatedAt).toBe(200);
    await db.delete();
  });

  it('from version 1, keeps the viewport through the version 2 upgrade and takes one snapshot per journey', async () => {
    const name = `upgrade-1-3-${crypto.randomUUID()}`;
    const rows = v1Rows();
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('journeys').add({ ...rows.journeys[0]!, viewport: { x: 5, y: 6, zoom: 2 } });
    await old.table('stages').bulkAdd(rows.stages);
    old.close();

    const db = new WaymarkDB(name);
    await db.open();
    expect(await getViewport(db, rows.journeyId)).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(await db.journeys.get(rows.journeyId)).not.toHaveProperty('viewport');
    expect((await db.snapshots.toArray()).map((s) => s.name)).toEqual([UPGRADE_2_SNAPSHOT_NAME]);
    await db.delete();
  });
});

describe('upgrade from version 3 to version 4: lanes', () => {
  async function v3Database(name: string, rows: ReturnType<typeof v1Rows>, snapshots: Record<string, unknown>[] = []) {
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores(STORAGE_VERSIONS[1]!.up.stores);
    old.version(3).stores(STORAGE_VERSIONS[2]!.up.stores);
    const { viewport: _viewport, ...journey } = rows.journeys[0]!;
    await old.table('journeys').add({ ...journey, schemaVersion: 2 });
    await old.table('stages').bulkAdd(rows.stages);
    await old.table('touchpoints').bulkAdd(rows.touchpoints);
    await old.table('connections').bulkAdd(rows.connections);
    await old.table('snapshots').bulkAdd(snapshots);
    old.close();
  }

  it('snapshots first, then gives each journey one Customer lane holding all its touchpoints', async () => {
    const name = `upgrade-4-${crypto.randomUUID()}`;
    const rows = v1Rows();
    const older = {
      id: newId('snapshot'),
      journeyId: rows.journeyId,
      name: 'Workshop day 1',
      createdAt: 150,
      document: {
        journey: { ...rows.journeys[0]!, schemaVersion: 2 },
        stages: rows.stages,
        touchpoints: rows.touchpoints.slice(0, 1),
        connections: [],
        personas: [],
        notes: [],
      },
    };
    await v3Database(name, rows, [older]);

    const db = new WaymarkDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    const laneId = customerLaneId(rows.journeyId);
    const lanes = await db.lanes.toArray();
    expect(lanes).toEqual([
      {
        id: laneId,
        journeyId: rows.journeyId,
        name: 'Customer',
        colour: '#4c6ef5',
        kind: 'customer',
        order: 0,
        // The lowest card sits at y 252: 252 + 96 + 32 − 88.
        height: 292,
        collapsed: false,
        hidden: false,
      },
    ]);
    const doc = (await getJourneyDocument(db, rows.journeyId))!;
    expect(doc.journey.schemaVersion).toBe(3);
    expect(doc.touchpoints.map((t) => t.laneId)).toEqual([laneId, laneId]);
    expect(doc.touchpoints.map((t) => t.position).sort((a, b) => a.y - b.y)).toEqual(
      rows.touchpoints.map((t) => t.position),
    );
    expect(await getMeta(db, UPGRADE_4_META_KEY)).toMatchObject({ journeys: 1, touchpoints: 2, snapshots: 2 });

    // The snapshot before the upgrade, and the older one, restore as journeys with their Customer lane.
    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map((s) => s.name).sort()).toEqual([UPGRADE_4_SNAPSHOT_NAME, 'Workshop day 1'].sort());
    const lifted = snapshots.find((s) => s.name === 'Workshop day 1')!.document;
    expect(lifted.journey.schemaVersion).toBe(3);
    expect(lifted.lanes.map((l) => l.id)).toEqual([laneId]);
    expect(lifted.touchpoints.map((t) => t.laneId)).toEqual([laneId]);
    await restoreSnapshot(db, older.id);
    const restored = (await getJourneyDocument(db, rows.journeyId))!;
    expect(restored.lanes.map((l) => l.name)).toEqual(['Customer']);
    expect(restored.touchpoints.map((t) => [t.title, t.laneId])).toEqual([[seedLine('ml', 0), laneId]]);
    await db.delete();
  });
});
