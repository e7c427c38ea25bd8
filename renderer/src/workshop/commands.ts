/**
 * Workshop edits as pure functions over the editor's document state: each
 * returns the row changes it makes (or a human sentence saying why it cannot),
 * so the editor store records every one as a single undoable, autosaved step.
 */
import { createNote, newOpportunity, newPainPoint } from '../domain/factories';
import { newId, type Id } from '../domain/ids';
import { stageColumns, stageForPosition, sortStages } from '../domain/layout';
import type { Note, Touchpoint } from '../domain/model';
import { LIMITS } from '../domain/model';
import type { Workshop } from '../domain/workshop-schema';
import { emotionLevel, PAIN_SEVERITY_LABELS, type NoteColour } from '../domain/vocabulary';
import type { CaptureLine } from '../domain/workshop/capture';
import { truncateGraphemes } from '../domain/workshop/text';
import { NOTE_SIZE } from '../editor/canvas/geometry';
import { addTouchpoint, deleteItems, updateJourney, updateTouchpoint } from '../session/edits';
import { applyChanges, diffRows, documentFrom, type DocState, type RowChange } from '../session/doc-state';
import { mergeChanges } from '../session/history';
import { dotsLeft } from '../domain/workshop/votes';

export type Edit = { ok: true; label: string; changes: RowChange[]; select?: string[]; message: string };
export type Refusal = { ok: false; message: string };
export type EditResult = Edit | Refusal;

const refuse = (message: string): Refusal => ({ ok: false, message });
const quote = (text: string, max = 40) => `“${truncateGraphemes(text, max)}${text.length > max ? '…' : ''}”`;

export const QUESTION_COLOUR: NoteColour = 'blue';
const NOTE_GAP = 16;

// ---------- workshop state ----------

export function patchWorkshop(doc: DocState, patch: Partial<Workshop>): RowChange[] {
  return updateJourney(doc, { workshop: { ...doc.journey.workshop, ...patch } });
}

export function startSession(doc: DocState, now: number): RowChange[] {
  return patchWorkshop(doc, { sessionStartedAt: now });
}

// ---------- placing notes ----------

/**
 * Free slots for notes in the area above a stage's column (notes captured for
 * a stage stack upwards from its header, clear of touchpoints and the emotion lane).
 */
export function noteSlots(doc: DocState, stageId: string | null, count: number): { x: number; y: number }[] {
  const columns = stageColumns(Object.values(doc.stages));
  const column = columns.find((c) => c.stage.id === stageId) ?? columns[0];
  const x0 = column?.x ?? 0;
  const width = column?.width ?? NOTE_SIZE.width + 2 * NOTE_GAP;
  const perRow = Math.max(1, Math.floor((width - NOTE_GAP) / (NOTE_SIZE.width + NOTE_GAP)));
  const rowWidth = perRow * NOTE_SIZE.width + (perRow - 1) * NOTE_GAP;
  const left = x0 + Math.max(0, (width - rowWidth) / 2);
  const taken = Object.values(doc.notes).map((n) => n.position);
  const free = (p: { x: number; y: number }) =>
    !taken.some((t) => Math.abs(t.x - p.x) < NOTE_SIZE.width / 2 && Math.abs(t.y - p.y) < NOTE_SIZE.height / 2);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; out.length < count && i < 5000; i++) {
    const p = {
      x: left + (i % perRow) * (NOTE_SIZE.width + NOTE_GAP),
      y: -(NOTE_SIZE.height + 2 * NOTE_GAP) - Math.floor(i / perRow) * (NOTE_SIZE.height + NOTE_GAP),
    };
    if (free(p)) {
      out.push(p);
      taken.push(p);
    }
  }
  return out;
}

/** One note per line, in a grid above the stage; lines starting with “?” become questions. */
export function notesForLines(
  doc: DocState,
  lines: readonly { text: string; question: boolean }[],
  stageId: string | null,
  now: number,
): { changes: RowChange[]; ids: string[] } {
  const slots = noteSlots(doc, stageId, lines.length);
  const notes: Note[] = lines.map((line, i) =>
    createNote({
      journeyId: doc.journey.id,
      text: truncateGraphemes(line.text, LIMITS.longText),
      kind: line.question ? 'question' : 'note',
      colour: line.question ? QUESTION_COLOUR : 'yellow',
      position: slots[i]!,
      createdAt: now,
    }),
  );
  return {
    changes: diffRows(
      doc,
      'notes',
      notes.map((n) => ({ id: n.id, after: n })),
    ),
    ids: notes.map((n) => n.id),
  };
}

// ---------- capture ----------

/** Touchpoints of a stage in reading order (top to bottom, then left to right). */
export function stageTouchpoints(doc: DocState, stageId: string): Touchpoint[] {
  return Object.values(doc.touchpoints)
    .filter((t) => t.stageId === stageId)
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
}

/**
 * The touchpoint a pain point, opportunity or emotion goes to: the selected
 * touchpoint, else the lowest one in the focused stage (usually the one just captured).
 */
export function captureTarget(
  doc: DocState,
  selection: ReadonlySet<string>,
  stageId: string | null,
): Touchpoint | null {
  for (const id of selection) {
    const t = doc.touchpoints[id];
    if (t) return t;
  }
  if (!stageId) return null;
  const list = stageTouchpoints(doc, stageId);
  return list[list.length - 1] ?? null;
}

export interface CaptureContext {
  mode: 'touchpoint' | 'note';
  stageId: string | null;
  target: Touchpoint | null;
  now: number;
}

/** Turn one parsed line into an edit. */
export function captureEdit(doc: DocState, line: CaptureLine, ctx: CaptureContext): EditResult {
  switch (line.kind) {
    case 'empty':
      return refuse('Type something first.');
    case 'incomplete':
      return refuse(line.message);
    case 'item': {
      if (ctx.mode === 'note' || !ctx.stageId) {
        if (ctx.mode === 'touchpoint' && !ctx.stageId)
          return refuse('Add a stage first, then capture touchpoints into it.');
        const { changes, ids } = notesForLines(doc, [{ text: line.text, question: false }], ctx.stageId, ctx.now);
        return { ok: true, label: 'Capture note', changes, select: ids, message: `Added note ${quote(line.text)}.` };
      }
      const title = truncateGraphemes(line.text, LIMITS.shortText);
      const description = title.length < line.text.length ? line.text : '';
      const { changes, touchpoint } = addTouchpoint(doc, ctx.stageId, { title, description, createdAt: ctx.now });
      const stage = doc.stages[ctx.stageId]?.name ?? '';
      return {
        ok: true,
        label: 'Capture touchpoint',
        changes,
        select: [touchpoint.id],
        message: `Added touchpoint ${quote(title)} to ${stage}.`,
      };
    }
    case 'question': {
      const { changes, ids } = notesForLines(doc, [{ text: line.text, question: true }], ctx.stageId, ctx.now);
      return {
        ok: true,
        label: 'Capture question',
        changes,
        select: ids,
        message: `Added question ${quote(line.text)}.`,
      };
    }
    case 'pain':
    case 'opportunity':
    case 'emotion': {
      const t = ctx.target;
      if (!t) return refuse('Capture or select a touchpoint first: pain points, opportunities and emotions go on one.');
      const on = quote(t.title || 'Untitled touchpoint');
      if (line.kind === 'pain') {
        const pain = newPainPoint(truncateGraphemes(line.text, LIMITS.longText), line.severity);
        return {
          ok: true,
          label: 'Capture pain point',
          changes: updateTouchpoint(doc, t.id, { painPoints: [...t.painPoints, pain] }),
          select: [t.id],
          message: `Added a ${PAIN_SEVERITY_LABELS[line.severity].toLowerCase()} pain point to ${on}.`,
        };
      }
      if (line.kind === 'opportunity') {
        const opportunity = newOpportunity(truncateGraphemes(line.text, LIMITS.longText));
        return {
          ok: true,
          label: 'Capture opportunity',
          changes: updateTouchpoint(doc, t.id, { opportunities: [...t.opportunities, opportunity] }),
          select: [t.id],
          message: `Added an opportunity to ${on}.`,
        };
      }
      const patch: Partial<Touchpoint> = { emotion: line.emotion };
      if (line.label) patch.emotionLabel = truncateGraphemes(line.label, LIMITS.shortText);
      const changes = updateTouchpoint(doc, t.id, patch);
      const level = emotionLevel(line.emotion);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      return {
        ok: true,
        label: 'Capture emotion',
        changes,
        select: [t.id],
        message: changes.length
          ? `Set ${on} to ${level.label} (${signed}).`
          : `${on} is already ${level.label} (${signed}).`,
      };
    }
  }
}

/** What Enter will do with this line, for the live hint under the capture bar. */
export function capturePreview(line: CaptureLine, ctx: Omit<CaptureContext, 'now'>, stageName: string): string {
  const on = ctx.target
    ? ` on ${quote(ctx.target.title || 'Untitled touchpoint', 30)}`
    : ' (select a touchpoint first)';
  switch (line.kind) {
    case 'empty':
      return '';
    case 'incomplete':
      return line.message;
    case 'item':
      return ctx.mode === 'note' || !ctx.stageId
        ? `Enter adds a sticky note above ${stageName || 'the map'}.`
        : `Enter adds a touchpoint to ${stageName}.`;
    case 'question':
      return `Enter adds an open question above ${stageName || 'the map'}.`;
    case 'pain':
      return `Enter adds a ${PAIN_SEVERITY_LABELS[line.severity].toLowerCase()} pain point (severity ${line.severity})${on}.`;
    case 'opportunity':
      return `Enter adds an opportunity${on}.`;
    case 'emotion': {
      const level = emotionLevel(line.emotion);
      const signed = line.emotion > 0 ? `+${line.emotion}` : `${line.emotion}`;
      return `Enter sets the emotion to ${level.face} ${level.label} (${signed})${line.label ? `, “${line.label}”` : ''}${on}.`;
    }
  }
}

// ---------- converting notes ----------

const notesOf = (doc: DocState, ids: Iterable<string>): Note[] =>
  [...ids].map((id) => doc.notes[id]).filter((n): n is Note => !!n && n.text.trim() !== '');

/** Each note becomes a touchpoint in the stage below it; the notes go. One step. */
export function notesToTouchpoints(doc: DocState, ids: Iterable<string>, now: number): EditResult {
  const notes = notesOf(doc, ids);
  if (!notes.length) return refuse('Select sticky notes with text first.');
  if (!Object.keys(doc.stages).length) return refuse('Add a stage first, then turn notes into touchpoints.');
  const columns = stageColumns(Object.values(doc.stages));
  let working = doc;
  let changes: RowChange[] = [];
  const created: string[] = [];
  for (const n of notes.sort((a, b) => a.position.x - b.position.x || b.position.y - a.position.y)) {
    const stageId =
      stageForPosition(columns, { x: n.position.x + NOTE_SIZE.width / 2 - 110, y: n.position.y }) ??
      sortStages(Object.values(doc.stages))[0]!.id;
    const title = truncateGraphemes(n.text, LIMITS.shortText);
    const { changes: c, touchpoint } = addTouchpoint(working, stageId, {
      title,
      description: title.length < n.text.length ? n.text : '',
      createdAt: now,
    });
    working = applyChanges(working, c, 'forward');
    changes = mergeChanges(changes, c);
    created.push(touchpoint.id);
  }
  changes = mergeChanges(
    changes,
    deleteItems(
      working,
      notes.map((n) => n.id),
    ),
  );
  const count = notes.length;
  return {
    ok: true,
    label: count > 1 ? 'Notes to touchpoints' : 'Note to touchpoint',
    changes,
    select: created,
    message: `Turned ${count} ${count === 1 ? 'note' : 'notes'} into ${count === 1 ? 'a touchpoint' : 'touchpoints'}.`,
  };
}

/** The notes become pain points (or opportunities) of one touchpoint; the notes go. One step. */
export function notesToItems(
  doc: DocState,
  ids: Iterable<string>,
  touchpointId: string,
  kind: 'pain' | 'opportunity',
  severity: 1 | 2 | 3 = 2,
): EditResult {
  const notes = notesOf(doc, ids);
  const t = doc.touchpoints[touchpointId];
  if (!notes.length) return refuse('Select sticky notes with text first.');
  if (!t) return refuse('Choose the touchpoint the notes belong to.');
  const texts = notes.map((n) => truncateGraphemes(n.text, LIMITS.longText));
  const patch =
    kind === 'pain'
      ? { painPoints: [...t.painPoints, ...texts.map((text) => newPainPoint(text, severity))] }
      : { opportunities: [...t.opportunities, ...texts.map((text) => newOpportunity(text))] };
  const changes = mergeChanges(
    updateTouchpoint(doc, t.id, patch),
    deleteItems(
      doc,
      notes.map((n) => n.id),
    ),
  );
  const what = kind === 'pain' ? 'pain point' : 'opportunity';
  const plural = kind === 'pain' ? 'pain points' : 'opportunities';
  return {
    ok: true,
    label: kind === 'pain' ? 'Notes to pain points' : 'Notes to opportunities',
    changes,
    select: [t.id],
    message: `Added ${notes.length} ${notes.length === 1 ? what : plural} to ${quote(t.title || 'Untitled touchpoint')}.`,
  };
}

// ---------- clusters ----------

export function groupNotes(doc: DocState, ids: Iterable<string>, title: string): EditResult {
  const notes = [...ids].map((id) => doc.notes[id]).filter((n): n is Note => !!n);
  if (notes.length === 0) return refuse('Select the sticky notes to group first.');
  const clean = truncateGraphemes(title.normalize('NFC').trim(), LIMITS.shortText) || 'Untitled cluster';
  const id: Id<'cluster'> = newId('cluster');
  const oldClusters = new Set(notes.map((n) => n.clusterId).filter(Boolean));
  const noteRows = notes.map((n) => ({ id: n.id, after: { ...n, clusterId: id } }));
  // Clusters left without notes go away with the regrouping.
  const remaining = Object.values(doc.notes).filter((n) => !notes.includes(n));
  const clusters = doc.journey.workshop.clusters.filter(
    (c) => !oldClusters.has(c.id) || remaining.some((n) => n.clusterId === c.id),
  );
  const changes = [
    ...diffRows(doc, 'notes', noteRows),
    ...patchWorkshop(doc, { clusters: [...clusters, { id, title: clean }] }),
  ];
  return {
    ok: true,
    label: 'Group notes',
    changes,
    select: notes.map((n) => n.id),
    message: `Grouped ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} as ${quote(clean)}.`,
  };
}

export function ungroupCluster(doc: DocState, clusterId: string): RowChange[] {
  const rows = Object.values(doc.notes)
    .filter((n) => n.clusterId === clusterId)
    .map((n) => ({ id: n.id, after: { ...n, clusterId: null } }));
  return [
    ...diffRows(doc, 'notes', rows),
    ...patchWorkshop(doc, { clusters: doc.journey.workshop.clusters.filter((c) => c.id !== clusterId) }),
  ];
}

export function renameCluster(doc: DocState, clusterId: string, title: string): RowChange[] {
  const clusters = doc.journey.workshop.clusters.map((c) =>
    c.id === clusterId ? { ...c, title: truncateGraphemes(title.normalize('NFC'), LIMITS.shortText) } : c,
  );
  return patchWorkshop(doc, { clusters });
}

// ---------- voters and votes ----------

export function addVoter(doc: DocState, name: string, colour: string): EditResult {
  const clean = truncateGraphemes(name.normalize('NFC').trim(), LIMITS.shortText);
  if (!clean) return refuse('Type the voter’s name first.');
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return refuse('Pick a colour like #e03131 for the voter.');
  const w = doc.journey.workshop;
  if (w.voters.length >= 100) return refuse('A vote can have at most 100 voters.');
  const voter = { id: newId('voter'), name: clean, colour };
  return {
    ok: true,
    label: 'Add voter',
    changes: patchWorkshop(doc, { voters: [...w.voters, voter] }),
    message: `Added voter ${quote(clean)}.`,
  };
}

export function updateVoter(doc: DocState, voterId: string, patch: { name?: string; colour?: string }): RowChange[] {
  const voters = doc.journey.workshop.voters.map((v) => {
    if (v.id !== voterId) return v;
    const name = patch.name !== undefined ? truncateGraphemes(patch.name.normalize('NFC'), LIMITS.shortText) : v.name;
    const colour = patch.colour && /^#[0-9a-fA-F]{6}$/.test(patch.colour) ? patch.colour : v.colour;
    return { ...v, name: name.trim() ? name : v.name, colour };
  });
  return patchWorkshop(doc, { voters });
}

/** Remove a voter and the dots they placed. */
export function removeVoter(doc: DocState, voterId: string): RowChange[] {
  const w = doc.journey.workshop;
  return patchWorkshop(doc, {
    voters: w.voters.filter((v) => v.id !== voterId),
    votes: w.votes.filter((v) => v.voterId !== voterId),
  });
}

export function castVote(
  doc: DocState,
  voterId: string,
  targetKind: Workshop['voteTarget'],
  targetId: string,
  now: number,
): EditResult {
  const w = doc.journey.workshop;
  const voter = w.voters.find((v) => v.id === voterId);
  if (!voter) return refuse('Choose who is voting first.');
  if (dotsLeft(documentFrom(doc), voterId) <= 0) return refuse(`${voter.name} has no dots left.`);
  if (w.votes.length >= 5000) return refuse('This journey holds the most votes it can; clear old votes first.');
  const vote = { id: newId('vote'), voterId: voter.id, targetKind, targetId, castAt: now };
  return {
    ok: true,
    label: 'Place dot',
    changes: patchWorkshop(doc, { votes: [...w.votes, vote] }),
    message: `${voter.name} placed a dot.`,
  };
}

/** Take back the voter's most recent dot. */
export function undoLastDot(doc: DocState, voterId: string): RowChange[] {
  const votes = doc.journey.workshop.votes;
  let last = -1;
  votes.forEach((v, i) => {
    if (v.voterId === voterId && (last < 0 || v.castAt >= votes[last]!.castAt)) last = i;
  });
  if (last < 0) return [];
  return patchWorkshop(doc, { votes: votes.filter((_, i) => i !== last) });
}

// ---------- parking lot ----------

export function addParkingItem(doc: DocState, text: string, now: number): EditResult {
  const clean = truncateGraphemes(text.normalize('NFC').trim(), 10_000);
  if (!clean) return refuse('Type the item to park first.');
  const lot = doc.journey.workshop.parkingLot;
  if (lot.length >= 1000) return refuse('The parking lot is full; move or remove items first.');
  const item = { id: newId('parking'), text: clean, createdAt: now };
  return {
    ok: true,
    label: 'Park item',
    changes: patchWorkshop(doc, { parkingLot: [...lot, item] }),
    message: `Parked ${quote(clean)}.`,
  };
}

export function updateParkingItem(doc: DocState, id: string, text: string): RowChange[] {
  const parkingLot = doc.journey.workshop.parkingLot.map((p) =>
    p.id === id ? { ...p, text: truncateGraphemes(text.normalize('NFC'), 10_000) } : p,
  );
  return patchWorkshop(doc, { parkingLot });
}

export function removeParkingItem(doc: DocState, id: string): RowChange[] {
  return patchWorkshop(doc, { parkingLot: doc.journey.workshop.parkingLot.filter((p) => p.id !== id) });
}

/** Move a parked item onto the map as a sticky note above the stage. One step. */
export function parkingToNote(doc: DocState, id: string, stageId: string | null, now: number): EditResult {
  const item = doc.journey.workshop.parkingLot.find((p) => p.id === id);
  if (!item) return refuse('That item is no longer in the parking lot.');
  const { changes, ids } = notesForLines(doc, [{ text: item.text, question: false }], stageId, now);
  return {
    ok: true,
    label: 'Move parked item to map',
    changes: [...changes, ...removeParkingItem(doc, id)],
    select: ids,
    message: `Moved ${quote(item.text)} onto the map.`,
  };
}
