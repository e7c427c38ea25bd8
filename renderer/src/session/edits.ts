/**
 * Edit commands as pure functions: each reads the document state and returns
 * the row changes it makes. The store applies them, records them for undo,
 * and hands them to autosave, so one mechanism serves all three.
 */
import { createConnection, createNote, createPersona, createStage, createTouchpoint } from '../domain/factories';
import { nextSlotInStage, stageColumns, stageForPosition, sortStages } from '../domain/layout';
import { isInCell, laneAtY, laneBands, laneOf, nextSlotInCell } from '../domain/lanes';
import type { Connection, Journey, Note, Persona, Position, Stage, Touchpoint } from '../domain/model';
import { nextPersonaColour, TOUCHPOINT_HEIGHT, type ConnectionKind } from '../domain/vocabulary';
import { diffRows, type DocState, type RowChange } from './doc-state';

type Patch<T> = Partial<Omit<T, 'id' | 'journeyId'>>;

const values = <T>(map: Record<string, T>) => Object.values(map);

export function updateJourney(state: DocState, patch: Patch<Journey>): RowChange[] {
  return diffRows(state, 'journeys', [{ id: state.journey.id, after: { ...state.journey, ...patch } }]);
}

// ---------- stages ----------

/** Shift touchpoints so they stay inside their columns after stage geometry changed. */
function followColumns(state: DocState, nextStages: Record<string, Stage>): RowChange[] {
  const before = new Map(stageColumns(values(state.stages)).map((c) => [c.stage.id, c.x]));
  const after = new Map(stageColumns(values(nextStages)).map((c) => [c.stage.id, c.x]));
  const rows: { id: string; after: Touchpoint }[] = [];
  for (const t of values(state.touchpoints)) {
    const dx = (after.get(t.stageId) ?? 0) - (before.get(t.stageId) ?? 0);
    if (dx !== 0 && after.has(t.stageId))
      rows.push({ id: t.id, after: { ...t, position: { x: t.position.x + dx, y: t.position.y } } });
  }
  return diffRows(state, 'touchpoints', rows);
}

export function addStage(state: DocState, fields: Patch<Stage> = {}): { changes: RowChange[]; stage: Stage } {
  const stages = sortStages(values(state.stages));
  const order = (stages[stages.length - 1]?.order ?? -1) + 1;
  const stage = createStage({ journeyId: state.journey.id, name: `Stage ${stages.length + 1}`, order, ...fields });
  return { stage, changes: diffRows(state, 'stages', [{ id: stage.id, after: stage }]) };
}

export function updateStage(state: DocState, id: string, patch: Patch<Stage>): RowChange[] {
  const stage = state.stages[id];
  if (!stage) return [];
  const next = { ...stage, ...patch };
  const stageChanges = diffRows(state, 'stages', [{ id, after: next }]);
  const geometry = patch.width !== undefined || patch.order !== undefined;
  return geometry ? [...stageChanges, ...followColumns(state, { ...state.stages, [id]: next })] : stageChanges;
}

/** Move a stage to a new index in the left-to-right order; its touchpoints travel with it. */
export function reorderStage(state: DocState, id: string, toIndex: number): RowChange[] {
  const ordered = sortStages(values(state.stages));
  const from = ordered.findIndex((s) => s.id === id);
  if (from < 0) return [];
  const [moved] = ordered.splice(from, 1);
  ordered.splice(Math.max(0, Math.min(ordered.length, toIndex)), 0, moved!);
  const nextStages: Record<string, Stage> = {};
  ordered.forEach((s, i) => (nextStages[s.id] = s.order === i ? s : { ...s, order: i }));
  return [
    ...diffRows(
      state,
      'stages',
      ordered.map((s) => ({ id: s.id, after: nextStages[s.id]! })),
    ),
    ...followColumns(state, nextStages),
  ];
}

/** Delete a stage with its touchpoints and their connections; later stages close the gap. */
export function deleteStage(state: DocState, id: string): RowChange[] {
  if (!state.stages[id]) return [];
  const doomed = values(state.touchpoints)
    .filter((t) => t.stageId === id)
    .map((t) => t.id);
  const rest = { ...state.stages };
  delete rest[id];
  return [
    ...deleteItems(state, doomed),
    ...diffRows(state, 'stages', [{ id, after: null }]),
    ...followColumns(
      {
        ...state,
        touchpoints: Object.fromEntries(
          values(state.touchpoints)
            .filter((t) => t.stageId !== id)
            .map((t) => [t.id, t]),
        ),
      },
      rest,
    ),
  ];
}

// ---------- touchpoints and notes ----------

export function addTouchpoint(
  state: DocState,
  stageId: string,
  fields: Patch<Touchpoint> = {},
): { changes: RowChange[]; touchpoint: Touchpoint } {
  const stage = state.stages[stageId];
  if (!stage) throw new Error(`No stage ${stageId}`);
  const bands = laneBands(values(state.lanes));
  // With lanes: into the lane asked for, else the lane under the spot it is put at, else the first; without a
  // spot, below the cards of that cell.
  const laneId = !bands.length
    ? (fields.laneId ?? null)
    : fields.laneId === undefined && fields.position
      ? laneAtY(bands, fields.position.y + TOUCHPOINT_HEIGHT / 2)
      : laneOf(bands, { laneId: fields.laneId ?? null });
  const position = fields.position ?? slotBelow(state, stage.id, laneId, values(state.touchpoints));
  const touchpoint = createTouchpoint({
    title: 'New touchpoint',
    ...fields,
    laneId,
    position,
    journeyId: state.journey.id,
    stageId: stage.id,
  });
  return { touchpoint, changes: diffRows(state, 'touchpoints', [{ id: touchpoint.id, after: touchpoint }]) };
}

/** Where a card moved into a cell goes: below the cards already there (the canvas's own placement). */
function slotIn(doc: DocState, id: string, stageId: Touchpoint['stageId'], laneId: Touchpoint['laneId']) {
  return slotBelow(
    doc,
    stageId,
    laneId,
    values(doc.touchpoints).filter((t) => t.id !== id),
  );
}

/**
 * The slot below `touchpoints` in a stage × lane cell (the others there are ignored): given only the
 * lowest card of the cell, the slot a new card gets there, without going over every card of the map.
 */
export function slotBelow(
  doc: DocState,
  stageId: Touchpoint['stageId'],
  laneId: Touchpoint['laneId'],
  touchpoints: readonly Touchpoint[],
) {
  const columns = stageColumns(values(doc.stages));
  const bands = laneBands(values(doc.lanes));
  return bands.length
    ? nextSlotInCell(columns, bands, { stageId, laneId }, touchpoints)
    : nextSlotInStage(columns, stageId, touchpoints);
}

/**
 * Moves a touchpoint to the end of another stage × lane cell (in a journey without lanes, its stage); its
 * card goes with it, below the cards already there. The table's Stage and Lane cells and the inspector's
 * Stage field both move cards this way.
 */
export function moveToCell(
  doc: DocState,
  id: string,
  stageId: Touchpoint['stageId'],
  laneId: Touchpoint['laneId'],
): RowChange[] {
  const t = doc.touchpoints[id];
  if (!t || !doc.stages[stageId]) return [];
  const bands = laneBands(values(doc.lanes));
  const lane = bands.length ? (bands.find((b) => b.lane.id === laneId)?.lane.id ?? laneOf(bands, t)) : t.laneId;
  if (isInCell(bands, t, { stageId, laneId: lane })) return [];
  return updateTouchpoint(doc, id, { stageId, laneId: lane, position: slotIn(doc, id, stageId, lane) });
}

export function updateTouchpoint(state: DocState, id: string, patch: Patch<Touchpoint>): RowChange[] {
  const t = state.touchpoints[id];
  return t ? diffRows(state, 'touchpoints', [{ id, after: { ...t, ...patch } }]) : [];
}

export function addNote(state: DocState, fields: Patch<Note> = {}): { changes: RowChange[]; note: Note } {
  const note = createNote({ ...fields, journeyId: state.journey.id });
  return { note, changes: diffRows(state, 'notes', [{ id: note.id, after: note }]) };
}

export function updateNote(state: DocState, id: string, patch: Patch<Note>): RowChange[] {
  const n = state.notes[id];
  return n ? diffRows(state, 'notes', [{ id, after: { ...n, ...patch } }]) : [];
}

/** Move touchpoints and notes; a touchpoint dropped in another column joins that stage, in another lane that lane. */
export function moveItems(state: DocState, moves: ReadonlyArray<{ id: string; position: Position }>): RowChange[] {
  const columns = stageColumns(values(state.stages));
  const bands = laneBands(values(state.lanes));
  const tps: { id: string; after: Touchpoint }[] = [];
  const notes: { id: string; after: Note }[] = [];
  for (const { id, position } of moves) {
    const t = state.touchpoints[id];
    if (t) {
      const stageId = (stageForPosition(columns, position) ?? t.stageId) as Touchpoint['stageId'];
      const laneId = bands.length ? laneAtY(bands, position.y + TOUCHPOINT_HEIGHT / 2) : t.laneId;
      tps.push({ id, after: { ...t, position: { x: position.x, y: position.y }, stageId, laneId } });
      continue;
    }
    const n = state.notes[id];
    if (n) notes.push({ id, after: { ...n, position: { x: position.x, y: position.y } } });
  }
  return [...diffRows(state, 'touchpoints', tps), ...diffRows(state, 'notes', notes)];
}

/** Delete touchpoints, notes and connections by id; connections of deleted touchpoints go too. */
export function deleteItems(state: DocState, ids: Iterable<string>): RowChange[] {
  const set = new Set(ids);
  const touchpoints = [...set].filter((id) => state.touchpoints[id]);
  const notes = [...set].filter((id) => state.notes[id]);
  const gone = new Set(touchpoints);
  const connections = values(state.connections).filter(
    (c) => set.has(c.id) || gone.has(c.source) || gone.has(c.target),
  );
  return [
    ...diffRows(
      state,
      'connections',
      connections.map((c) => ({ id: c.id, after: null })),
    ),
    ...diffRows(
      state,
      'touchpoints',
      touchpoints.map((id) => ({ id, after: null })),
    ),
    ...diffRows(
      state,
      'notes',
      notes.map((id) => ({ id, after: null })),
    ),
  ];
}

// ---------- connections ----------

export function addConnection(
  state: DocState,
  source: string,
  target: string,
  kind: ConnectionKind = 'main',
): { changes: RowChange[]; connection: Connection | null } {
  const s = state.touchpoints[source];
  const t = state.touchpoints[target];
  if (!s || !t || source === target) return { changes: [], connection: null };
  const duplicate = values(state.connections).some(
    (c) => c.source === source && c.target === target && c.kind === kind,
  );
  if (duplicate) return { changes: [], connection: null };
  const connection = createConnection({ journeyId: state.journey.id, source: s.id, target: t.id, kind });
  return { connection, changes: diffRows(state, 'connections', [{ id: connection.id, after: connection }]) };
}

export function updateConnection(state: DocState, id: string, patch: Patch<Connection>): RowChange[] {
  const c = state.connections[id];
  return c ? diffRows(state, 'connections', [{ id, after: { ...c, ...patch } }]) : [];
}

// ---------- personas ----------

export function addPersona(state: DocState, fields: Patch<Persona> = {}): { changes: RowChange[]; persona: Persona } {
  const colour = fields.colour ?? nextPersonaColour(values(state.personas).map((p) => p.colour));
  const persona = createPersona({ name: 'New persona', ...fields, colour, journeyId: state.journey.id });
  return {
    persona,
    changes: [
      ...diffRows(state, 'personas', [{ id: persona.id, after: persona }]),
      ...updateJourney(state, { personaIds: [...state.journey.personaIds, persona.id] }),
    ],
  };
}

export function updatePersona(state: DocState, id: string, patch: Patch<Persona>): RowChange[] {
  const p = state.personas[id];
  return p ? diffRows(state, 'personas', [{ id, after: { ...p, ...patch } }]) : [];
}

/** Delete a persona and every per-persona emotion it had. */
export function deletePersona(state: DocState, id: string): RowChange[] {
  if (!state.personas[id]) return [];
  const tps = values(state.touchpoints)
    .filter((t) => id in t.personaEmotions)
    .map((t) => {
      const personaEmotions = { ...t.personaEmotions };
      delete personaEmotions[id as keyof typeof personaEmotions];
      return { id: t.id, after: { ...t, personaEmotions } };
    });
  return [
    ...diffRows(state, 'touchpoints', tps),
    ...diffRows(state, 'personas', [{ id, after: null }]),
    ...updateJourney(state, { personaIds: state.journey.personaIds.filter((p) => p !== id) }),
  ];
}
