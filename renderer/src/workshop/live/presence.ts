/**
 * What each participant announces in the session's awareness, read
 * defensively (it comes from other devices): who they are (as the server
 * stamped it in `live`, never as the device claims), their colour, where
 * their pointer is on the map, and what they have selected.
 */
import type { Awareness } from 'y-protocols/awareness';

export interface Presence {
  clientId: number;
  participantId: string;
  name: string;
  colour: string;
  /** Pointer on the map, in map coordinates; null when off the map. */
  cursor: { x: number; y: number } | null;
  selection: string[];
}

const COLOUR = /^#[0-9a-f]{6}$/i;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;

/** Everyone else's presence (never this device's own), malformed entries left out. */
export function readPresence(awareness: Awareness): Presence[] {
  const out: Presence[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const live = state.live as { participantId?: unknown; name?: unknown } | undefined;
    if (typeof live?.participantId !== 'string' || typeof live.name !== 'string') continue;
    const colour = (state.user as { colour?: unknown } | undefined)?.colour;
    if (typeof colour !== 'string' || !COLOUR.test(colour)) continue;
    const c = state.cursor as { x?: unknown; y?: unknown } | null | undefined;
    const selection = Array.isArray(state.selection)
      ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 50)
      : [];
    out.push({
      clientId,
      participantId: live.participantId,
      name: live.name.slice(0, 60),
      colour,
      cursor: c && finite(c.x) && finite(c.y) ? { x: c.x, y: c.y } : null,
      selection,
    });
  }
  return out;
}
