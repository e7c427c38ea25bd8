/**
 * What a screen reader hears after a keyboard edit on the canvas: the change
 * between two document states, in words ("Touchpoint “Pays online” added to
 * Buy", "Connected “Pays online” to “Order confirmed”"). Pure: the live region
 * (CanvasAnnouncer.tsx) diffs the store's states and translates the result.
 */
import type { DocState } from '../session/doc-state';

/** The catalogue key of each kind of change (spelled out, so the catalogue test finds every key). */
export const ANNOUNCEMENT_KEYS = {
  touchpointAdded: 'a11y.announce.touchpointAdded',
  connected: 'a11y.announce.connected',
  touchpointDeleted: 'a11y.announce.touchpointDeleted',
  connectionDeleted: 'a11y.announce.connectionDeleted',
  movedToStage: 'a11y.announce.movedToStage',
  movedToLane: 'a11y.announce.movedToLane',
  stageAdded: 'a11y.announce.stageAdded',
  stageDeleted: 'a11y.announce.stageDeleted',
  noteAdded: 'a11y.announce.noteAdded',
  noteDeleted: 'a11y.announce.noteDeleted',
} as const;

/** One thing to say: a kind of change and the names it mentions. */
export interface Announcement {
  key: keyof typeof ANNOUNCEMENT_KEYS;
  values: Record<string, string>;
}

export interface CanvasChange {
  announcements: Announcement[];
  /**
   * Touchpoints added with their title editor open (N opens it at once on "New touchpoint"):
   * they are announced, with their connections, once the title is committed or the editor closes.
   */
  awaitingTitle: ReadonlySet<string>;
}

export interface ChangeContext {
  /** What the last call returned: new touchpoints not yet announced. */
  awaitingTitle?: ReadonlySet<string>;
  /** The card whose title editor is open, if any. */
  editingId?: string | null;
}

/** An empty touchpoint title stands for "Untitled touchpoint", which the translation fills in. */
const UNTITLED = '';
const TITLE_VALUES = new Set(['title', 'from', 'to']);

/** The changes between two states worth saying, in a stable order: additions, connections, moves, deletions. */
export function describeCanvasChange(before: DocState, after: DocState, context: ChangeContext = {}): CanvasChange {
  const awaitingTitle = context.awaitingTitle ?? new Set<string>();
  const editingId = context.editingId ?? null;
  const added: Announcement[] = [];
  const connected: Announcement[] = [];
  const moved: Announcement[] = [];
  const deleted: Announcement[] = [];
  const waiting = new Set([...awaitingTitle].filter((id) => after.touchpoints[id]));
  const title = (doc: DocState, id: string) => doc.touchpoints[id]?.title.trim() || UNTITLED;
  const stageName = (doc: DocState, id: string) => doc.stages[id]?.name ?? '';

  // A table the change left as it was (changes copy only the tables they touch) has nothing to say:
  // a live session's note, or a keystroke in a card's title, is not a walk through every card.
  const same = (table: 'stages' | 'touchpoints' | 'connections' | 'notes') => before[table] === after[table];
  if (!same('stages'))
    for (const s of Object.values(after.stages))
      if (!before.stages[s.id]) added.push({ key: 'stageAdded', values: { name: s.name } });

  const named = new Set<string>();
  const touchpoints = same('touchpoints') && waiting.size === 0 ? [] : Object.values(after.touchpoints);
  for (const t of touchpoints) {
    const old = before.touchpoints[t.id];
    const isNew = !old;
    if ((isNew || waiting.has(t.id)) && t.id === editingId) {
      waiting.add(t.id);
      continue;
    }
    if (isNew || waiting.has(t.id)) {
      waiting.delete(t.id);
      named.add(t.id);
      added.push({ key: 'touchpointAdded', values: { title: title(after, t.id), stage: stageName(after, t.stageId) } });
      continue;
    }
    if (old.stageId !== t.stageId)
      moved.push({ key: 'movedToStage', values: { title: title(after, t.id), stage: stageName(after, t.stageId) } });
    else if (old.laneId !== t.laneId && t.laneId && after.lanes[t.laneId])
      moved.push({ key: 'movedToLane', values: { title: title(after, t.id), lane: after.lanes[t.laneId]!.name } });
  }

  const connections = same('connections') && named.size === 0 ? [] : Object.values(after.connections);
  for (const c of connections) {
    const involvesWaiting = waiting.has(c.source) || waiting.has(c.target);
    const isNew = !before.connections[c.id];
    // A connection to a touchpoint just named is new to the listener too.
    if (involvesWaiting || !(isNew || named.has(c.source) || named.has(c.target))) continue;
    connected.push({ key: 'connected', values: { from: title(after, c.source), to: title(after, c.target) } });
  }

  if (!same('notes'))
    for (const n of Object.values(after.notes)) if (!before.notes[n.id]) added.push({ key: 'noteAdded', values: {} });

  if (!same('touchpoints'))
    for (const t of Object.values(before.touchpoints))
      if (!after.touchpoints[t.id] && !awaitingTitle.has(t.id))
        deleted.push({ key: 'touchpointDeleted', values: { title: title(before, t.id) } });
  for (const c of same('connections') ? [] : Object.values(before.connections)) {
    // Connections going with their touchpoint are said by the touchpoint's deletion.
    if (after.connections[c.id] || !after.touchpoints[c.source] || !after.touchpoints[c.target]) continue;
    deleted.push({ key: 'connectionDeleted', values: { from: title(before, c.source), to: title(before, c.target) } });
  }
  if (!same('notes'))
    for (const n of Object.values(before.notes))
      if (!after.notes[n.id]) deleted.push({ key: 'noteDeleted', values: {} });
  if (!same('stages'))
    for (const s of Object.values(before.stages))
      if (!after.stages[s.id]) deleted.push({ key: 'stageDeleted', values: { name: s.name } });

  return { announcements: [...added, ...connected, ...moved, ...deleted], awaitingTitle: waiting };
}

/** How many changes are said one by one; the rest are counted ("and 4 more changes"). */
export const MAX_SPOKEN = 3;

type Translate = (key: string, options: Record<string, unknown>) => string;

/** The sentence the live region says: the first changes in words, the rest counted. */
export function announcementText(announcements: readonly Announcement[], t: Translate): string {
  const untitled = t('a11y.announce.untitled', {});
  const said = announcements.slice(0, MAX_SPOKEN).map((a) => {
    const values = Object.fromEntries(
      Object.entries(a.values).map(([k, v]) => [k, TITLE_VALUES.has(k) && v === UNTITLED ? untitled : v]),
    );
    return t(ANNOUNCEMENT_KEYS[a.key], values);
  });
  const rest = announcements.length - said.length;
  if (rest > 0) said.push(t('a11y.announce.more', { count: rest }));
  return said.join('. ');
}
