/**
 * The host-in-Chromium live figure, Node side: the page probe
 * (`page/probes.ts`, `startLiveProbe`) records the workshop panel's text each
 * time it changes; these pure functions read the two counts out of it and
 * match each increment with a participant's send. Kept apart from live.ts
 * (which starts servers and workers) so unit tests load them alone.
 */

/** One change of the panel's text, as the probe saw it: when (epoch ms, page clock) and the text. */
export interface PanelChange {
  at: number;
  text: string;
}

export interface PanelCounts {
  /** Notes added since the session started (Session section). */
  notes: number;
  /** Dots placed (the hidden tally's line in Dot voting). */
  votes: number;
}

// The English lines of the Session section and of the hidden tally; one and many have their own words.
const NOTES_ADDED = /Added since: \d+ touchpoints?, (\d+) notes?,/;
const DOTS_PLACED = /\((\d+) dots? placed\)/;

/** The two counts in the panel's text, or null when either line is not there as expected. */
export function readPanelCounts(text: string): PanelCounts | null {
  const notes = NOTES_ADDED.exec(text);
  const votes = DOTS_PLACED.exec(text);
  if (!notes || !votes) return null;
  return { notes: Number(notes[1]), votes: Number(votes[1]) };
}

/**
 * The moment (page clock minus `offset`, so Node's clock) of each increment
 * of each count after the first change, which is the baseline. A count seen
 * to go from 3 to 5 in one frame gives two arrivals at that frame. Throws a
 * sentence when the panel's counts cannot be read, so a changed line fails
 * the figure instead of dropping arrivals.
 */
export function arrivalsFromChanges(
  changes: readonly PanelChange[],
  offset: number,
): { note: number[]; vote: number[] } {
  const arrivals = { note: [] as number[], vote: [] as number[] };
  const first = changes[0];
  let last = first ? readPanelCounts(first.text) : null;
  if (!last) throw new Error(`The workshop panel did not show its note and dot counts (it said: ${quote(first)}).`);
  for (const change of changes.slice(1)) {
    const now = readPanelCounts(change.text);
    if (!now)
      throw new Error(`The workshop panel's note and dot counts could not be read (it said: ${quote(change)}).`);
    for (let n = last.notes; n < now.notes; n++) arrivals.note.push(change.at - offset);
    for (let v = last.votes; v < now.votes; v++) arrivals.vote.push(change.at - offset);
    last = { notes: Math.max(last.notes, now.notes), votes: Math.max(last.votes, now.votes) };
  }
  return arrivals;
}

/**
 * Send → arrival, ms: the n-th send of a kind (by send time) is matched with
 * that kind's n-th arrival. Sends without an arrival are left out (the caller
 * counts them).
 */
export function matchInSendOrder(
  sends: readonly { kind: 'note' | 'vote'; at: number }[],
  arrivals: { note: readonly number[]; vote: readonly number[] },
): number[] {
  const figures: number[] = [];
  for (const kind of ['note', 'vote'] as const) {
    const times = sends
      .filter((s) => s.kind === kind)
      .map((s) => s.at)
      .sort((a, b) => a - b);
    times.forEach((at, i) => {
      const arrived = arrivals[kind][i];
      if (arrived !== undefined) figures.push(arrived - at);
    });
  }
  return figures;
}

const quote = (change: PanelChange | undefined) =>
  change ? JSON.stringify(change.text.replace(/\s+/g, ' ').slice(0, 300)) : 'nothing';
