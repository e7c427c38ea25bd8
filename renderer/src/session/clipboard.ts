/**
 * Copy and paste. The system clipboard carries a versioned JSON payload
 * (`waymark-clipboard`, version 1) so selections travel between journeys and
 * windows; foreign text pastes as one sticky note per line.
 */
import { z } from 'zod';
import { newId, type StageId, type TouchpointId } from '../domain/ids';
import {
  ConnectionSchema,
  NoteSchema,
  TouchpointSchema,
  type Connection,
  type Note,
  type Position,
  type Touchpoint,
} from '../domain/model';
import { laneAtY, laneBands } from '../domain/lanes';
import { placeInColumn, stageColumns, stageForPosition } from '../domain/layout';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../domain/vocabulary';
import type { UserMessage } from '../domain/user-message';
import { diffRows, type DocState, type RowChange } from './doc-state';
import { addStage } from './edits';

export const CLIPBOARD_FORMAT = 'waymark-clipboard';
export const CLIPBOARD_VERSION = 1;
const MAX_ITEMS = 5000;
const MAX_NOTE_LINES = 200;

const PayloadSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.number().int(),
  sourceJourneyId: z.string().max(200),
  stageNames: z.record(z.string(), z.string().max(1000)).default({}),
  touchpoints: z.array(TouchpointSchema).max(MAX_ITEMS).default([]),
  connections: z.array(ConnectionSchema).max(MAX_ITEMS).default([]),
  notes: z.array(NoteSchema).max(MAX_ITEMS).default([]),
});
export type ClipboardPayload = z.infer<typeof PayloadSchema>;

export function buildClipboardPayload(state: DocState, ids: Iterable<string>): ClipboardPayload | null {
  const set = new Set(ids);
  const touchpoints = [...set].map((id) => state.touchpoints[id]).filter((t): t is Touchpoint => !!t);
  const notes = [...set].map((id) => state.notes[id]).filter((n): n is Note => !!n);
  if (touchpoints.length === 0 && notes.length === 0) return null;
  const tpIds = new Set<string>(touchpoints.map((t) => t.id));
  const connections = Object.values(state.connections).filter((c) => tpIds.has(c.source) && tpIds.has(c.target));
  const stageNames: Record<string, string> = {};
  for (const t of touchpoints) stageNames[t.stageId] = state.stages[t.stageId]?.name ?? '';
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    sourceJourneyId: state.journey.id,
    stageNames,
    touchpoints,
    connections,
    notes,
  };
}

export type ParsedClipboard =
  | { kind: 'waymark'; payload: ClipboardPayload }
  | { kind: 'text'; lines: string[] }
  | { kind: 'invalid'; message: string; text: UserMessage }
  | { kind: 'empty' };

const DAMAGED = 'The copied Waymark items are damaged, so nothing was pasted. Copy them again and paste once more.';

/** Read clipboard text: our payload, foreign text, or a malformed payload (ignored with a message). */
export function parseClipboardText(text: string): ParsedClipboard {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (trimmed.startsWith('{') && trimmed.includes(CLIPBOARD_FORMAT)) {
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { kind: 'invalid', message: DAMAGED, text: { code: 'pasteDamaged' } };
    }
    const version = (raw as { version?: unknown })?.version;
    if (typeof version === 'number' && version > CLIPBOARD_VERSION) {
      return {
        kind: 'invalid',
        message:
          'These items were copied from a newer Waymark, so they cannot be pasted here. Update Waymark, or paste them into the newer one.',
        text: { code: 'pasteTooNew' },
      };
    }
    const parsed = PayloadSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'invalid', message: DAMAGED, text: { code: 'pasteDamaged' } };
    return { kind: 'waymark', payload: parsed.data };
  }
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, MAX_NOTE_LINES);
  return { kind: 'text', lines };
}

/**
 * Changes that paste a payload into this journey with fresh ids. Touchpoints
 * join the stage of the same name when there is one, else the column they land in.
 * `offset` moves everything (e.g. +32,+32 when pasting into the same journey).
 */
export function pastePayload(
  state: DocState,
  payload: ClipboardPayload,
  offset: Position,
  /** The name of the stage made for touchpoints pasted into a journey without one (in the interface language). */
  firstStageName = 'Stage 1',
): { changes: RowChange[]; ids: string[] } {
  let working = state;
  const changes: RowChange[] = [];
  if (payload.touchpoints.length && Object.keys(working.stages).length === 0) {
    const { changes: c } = addStage(working, { name: firstStageName });
    changes.push(...c);
    working = { ...working, stages: Object.fromEntries(c.map((x) => [x.id, x.after])) as DocState['stages'] };
  }
  const columns = stageColumns(Object.values(working.stages));
  const byName = new Map(Object.values(working.stages).map((s) => [s.name, s.id]));
  const bands = laneBands(Object.values(working.lanes));
  const idMap = new Map<string, string>();
  const journeyId = state.journey.id;
  const touchpoints: Touchpoint[] = payload.touchpoints.map((t) => {
    const id = newId('touchpoint');
    idMap.set(t.id, id);
    let position = { x: t.position.x + offset.x, y: t.position.y + offset.y };
    const named = byName.get(payload.stageNames[t.stageId] ?? '\u0000');
    const sameJourney = payload.sourceJourneyId === journeyId && working.stages[t.stageId];
    const stageId = (
      sameJourney ? t.stageId : (named ?? stageForPosition(columns, position) ?? columns[0]!.stage.id)
    ) as StageId;
    // From another journey, its stage of the same name (or the first stage) may be another column here:
    // the card goes into the middle of that column, where the map draws and counts it, at the height it had.
    const column = sameJourney ? undefined : columns.find((c) => c.stage.id === stageId);
    const centre = position.x + TOUCHPOINT_WIDTH / 2;
    if (column && (centre < column.x || centre >= column.x + column.width))
      position = placeInColumn(column, {
        x: column.x + column.width / 2,
        y: position.y + TOUCHPOINT_HEIGHT / 2,
      });
    return {
      ...t,
      id,
      journeyId,
      stageId,
      // The lane it is drawn in, as a moved card's (another journey's lane ids name nothing here).
      laneId: bands.length ? laneAtY(bands, position.y + TOUCHPOINT_HEIGHT / 2) : null,
      position,
      personaEmotions: Object.fromEntries(
        Object.entries(t.personaEmotions).filter(([pid]) => state.personas[pid]),
      ) as Touchpoint['personaEmotions'],
      painPoints: t.painPoints.map((p) => ({ ...p, id: newId('pain') })),
      opportunities: t.opportunities.map((o) => ({ ...o, id: newId('opportunity') })),
    };
  });
  const connections: Connection[] = payload.connections
    .filter((c) => idMap.has(c.source) && idMap.has(c.target))
    .map((c) => ({
      ...c,
      id: newId('connection'),
      journeyId,
      source: idMap.get(c.source) as TouchpointId,
      target: idMap.get(c.target) as TouchpointId,
    }));
  const notes: Note[] = payload.notes.map((n) => ({
    ...n,
    id: newId('note'),
    journeyId,
    position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
  }));
  changes.push(
    ...diffRows(
      working,
      'touchpoints',
      touchpoints.map((t) => ({ id: t.id, after: t })),
    ),
    ...diffRows(
      working,
      'connections',
      connections.map((c) => ({ id: c.id, after: c })),
    ),
    ...diffRows(
      working,
      'notes',
      notes.map((n) => ({ id: n.id, after: n })),
    ),
  );
  return { changes, ids: [...touchpoints.map((t) => t.id), ...notes.map((n) => n.id)] };
}

/** One sticky note per line, laid out in a grid from `origin`. */
export function notesFromLines(
  state: DocState,
  lines: readonly string[],
  origin: Position,
  columns = 4,
): { changes: RowChange[]; ids: string[] } {
  const notes: Note[] = lines.map((text, i) =>
    NoteSchema.parse({
      id: newId('note'),
      journeyId: state.journey.id,
      text,
      colour: 'yellow',
      createdAt: Date.now(),
      position: { x: origin.x + (i % columns) * 200, y: origin.y + Math.floor(i / columns) * 140 },
    }),
  );
  return {
    changes: diffRows(
      state,
      'notes',
      notes.map((n) => ({ id: n.id, after: n })),
    ),
    ids: notes.map((n) => n.id),
  };
}
