/**
 * Document migrations as numbered data. Each step lifts a raw document one
 * schema version; the chain is checked (domain/versions.ts) when this module
 * loads, runs on a copy, and returns a result instead of throwing.
 *
 * Version history
 * - 1: the prototype format. Connections were called `edges` with a `type`;
 *   pain points were plain strings without severity.
 * - 2: `connections` with `kind`; pain points are records with id and severity 1–3.
 * - 3: lanes. Every journey gets one lane, “Customer” (kind customer), tall
 *   enough to hold all its touchpoints, and every touchpoint goes into it.
 *   Storage's version 4 lifts stored rows with the same function.
 */
import { CURRENT_SCHEMA_VERSION } from './model';
import { isIdOf, newId } from './ids';
import { STAGE_HEADER_HEIGHT } from './layout';
import { LANE_DEFAULT_HEIGHT, LANE_KIND_COLOURS, LANE_MAX_HEIGHT, TOUCHPOINT_HEIGHT } from './vocabulary';
import { checkMigrations, type Migration } from './versions';

type Raw = Record<string, unknown>;

/** One step of the journey schema: lifts a raw document from `version − 1` to `version`. */
export type DocumentMigration = Migration<(doc: Raw) => Raw>;

/** The journey schema's history, for messages and the chain check. */
export const DOCUMENT_HISTORY = { what: 'Document schema', base: 1, current: CURRENT_SCHEMA_VERSION } as const;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MIGRATIONS: readonly DocumentMigration[] = [
  {
    version: 2,
    name: 'edges become connections with a kind; pain points gain ids and severity',
    up(doc) {
      const { edges, ...rest } = doc;
      const connections = Array.isArray(edges)
        ? edges.map((e) => {
            if (!isRecord(e)) return e;
            const { type, ...edge } = e;
            return { ...edge, kind: type ?? 'main' };
          })
        : (rest.connections ?? []);
      const touchpoints = Array.isArray(rest.touchpoints)
        ? rest.touchpoints.map((t) => {
            if (!isRecord(t) || !Array.isArray(t.painPoints)) return t;
            return {
              ...t,
              painPoints: t.painPoints.map((p) =>
                typeof p === 'string' ? { id: newId('pain'), text: p, severity: 2 } : p,
              ),
            };
          })
        : rest.touchpoints;
      return { ...rest, connections, touchpoints };
    },
  },
  {
    version: 3,
    name: 'lanes: one Customer lane per journey, holding every touchpoint',
    up(doc) {
      const touchpoints = Array.isArray(doc.touchpoints) ? doc.touchpoints : [];
      const journey = isRecord(doc.journey) ? doc.journey : {};
      const lifted = liftIntoCustomerLane(journey.id, touchpoints);
      return {
        ...doc,
        lanes: [lifted.lane],
        touchpoints: Array.isArray(doc.touchpoints) ? lifted.touchpoints : doc.touchpoints,
      };
    },
  },
];

checkMigrations(MIGRATIONS, DOCUMENT_HISTORY);

/**
 * The id of a journey's migrated Customer lane: derived from the journey's
 * id, so a file and the database migrate a journey to the same lane.
 */
export function customerLaneId(journeyId: unknown): string {
  const body = typeof journeyId === 'string' ? journeyId.slice(journeyId.indexOf(':') + 1) : '';
  const id = `lane:customer-${body}`;
  return isIdOf('lane', id) ? id : newId('lane');
}

/**
 * Schema 3's lift, on raw rows (the document migration and storage's upgrade
 * share it): one “Customer” lane below the stage headers, tall enough for
 * the lowest touchpoint, and every touchpoint (as raw rows, whatever their
 * shape) put into it. Rows that are not records are passed on untouched.
 */
export function liftIntoCustomerLane(
  journeyId: unknown,
  touchpoints: readonly unknown[],
): { lane: Raw; touchpoints: unknown[] } {
  const laneId = customerLaneId(journeyId);
  let bottom = STAGE_HEADER_HEIGHT;
  for (const t of touchpoints) {
    if (!isRecord(t) || !isRecord(t.position)) continue;
    const y = t.position.y;
    if (typeof y === 'number' && Number.isFinite(y)) bottom = Math.max(bottom, y + TOUCHPOINT_HEIGHT + 32);
  }
  const height = Math.min(LANE_MAX_HEIGHT, Math.max(LANE_DEFAULT_HEIGHT, Math.ceil(bottom - STAGE_HEADER_HEIGHT)));
  const lane: Raw = {
    id: laneId,
    journeyId,
    name: 'Customer',
    colour: LANE_KIND_COLOURS.customer,
    kind: 'customer',
    order: 0,
    height,
    collapsed: false,
    hidden: false,
  };
  return { lane, touchpoints: touchpoints.map((t) => (isRecord(t) ? { ...t, laneId } : t)) };
}

export type MigrationResult =
  | { ok: true; document: Raw; fromVersion: number }
  | {
      ok: false;
      code: 'not-a-document' | 'too-new' | 'bad-version' | 'migration-failed';
      message: string;
      version?: number;
    };

/** The schema version a raw document declares (in `journey.schemaVersion`); 1 when absent. */
export function declaredVersion(doc: Raw): number | null {
  const journey = doc.journey;
  if (!isRecord(journey)) return null;
  const v = journey.schemaVersion;
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

/** Upgrade a raw document to the current schema version, step by step, on a copy. */
export function migrateDocument(raw: unknown, migrations: readonly DocumentMigration[] = MIGRATIONS): MigrationResult {
  if (!isRecord(raw) || !isRecord(raw.journey)) {
    return { ok: false, code: 'not-a-document', message: 'This is not a journey document: it has no journey.' };
  }
  const from = declaredVersion(raw);
  if (from === null)
    return { ok: false, code: 'bad-version', message: 'The journey’s schema version is not a whole number.' };
  const current = migrations.length ? migrations[migrations.length - 1]!.version : CURRENT_SCHEMA_VERSION;
  if (from > current) {
    return {
      ok: false,
      code: 'too-new',
      version: from,
      message: `This journey was made with a newer Waymark (schema ${from}); this version reads up to ${current}.`,
    };
  }
  let doc: Raw = structuredClone(raw);
  try {
    for (const m of migrations) {
      if (m.version > from) doc = m.up(doc);
    }
  } catch (error) {
    return { ok: false, code: 'migration-failed', message: `Could not upgrade the journey: ${String(error)}` };
  }
  doc = { ...doc, journey: { ...(doc.journey as Raw), schemaVersion: current } };
  return { ok: true, document: doc, fromVersion: from };
}
