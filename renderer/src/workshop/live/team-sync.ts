/**
 * The team server link of the open journey (window state; the address and
 * token are remembered per journey in this profile's localStorage, so the
 * journey reconnects when it opens again).
 */
import { create } from 'zustand';
import {
  checkTeamLink,
  connectTeam,
  parseTeamLink,
  type TeamLink,
  type TeamProblem,
  type TeamSync,
  type TeamSyncState,
} from '../../session/live/team';
import type { EditorStore } from '../../session/store';

export interface TeamSyncView {
  journeyId: string | null;
  link: TeamLink | null;
  sync: TeamSync | null;
  state: TeamSyncState | null;
  /** Why the typed address or token cannot be used, in one sentence. */
  problem: TeamProblem | null;
}

export const useTeamSync = create<TeamSyncView>(() => ({
  journeyId: null,
  link: null,
  sync: null,
  state: null,
  problem: null,
}));

const storageKey = (journeyId: string) => `waymark:team:${journeyId}`;
let offState: (() => void) | null = null;

/** The link remembered for a journey, if any (anything unreadable counts as none). */
export function rememberedLink(journeyId: string): TeamLink | null {
  try {
    const raw = localStorage.getItem(storageKey(journeyId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<TeamLink>;
    const link = parseTeamLink(String(value.url ?? ''), String(value.token ?? ''));
    return typeof link === 'string' ? null : link;
  } catch {
    return null;
  }
}

function remember(journeyId: string, link: TeamLink | null) {
  try {
    if (link) localStorage.setItem(storageKey(journeyId), JSON.stringify(link));
    else localStorage.removeItem(storageKey(journeyId));
  } catch {
    // No storage: the link lasts as long as the window.
  }
}

function attach(store: EditorStore, link: TeamLink, name: string) {
  detach();
  const sync = connectTeam({ store, link, name });
  offState = sync.state.subscribe((state) => useTeamSync.setState({ state }));
  useTeamSync.setState({
    journeyId: store.getState().doc.journey.id,
    link,
    sync,
    state: sync.state.getState(),
    problem: null,
  });
}

function detach() {
  offState?.();
  offState = null;
  useTeamSync.getState().sync?.disconnect();
  useTeamSync.setState({ journeyId: null, link: null, sync: null, state: null });
}

/** Connects the open journey to a team server (after checking what was typed) and remembers the link. */
export function shareToTeam(store: EditorStore, address: string, token: string, name: string): boolean {
  const checked = checkTeamLink(address, token);
  if (!checked.ok) {
    useTeamSync.setState({ problem: { message: checked.message, text: checked.text } });
    return false;
  }
  remember(store.getState().doc.journey.id, checked.link);
  attach(store, checked.link, name);
  return true;
}

/** Stops syncing this journey with the team server and forgets the link. */
export function stopTeamSync(journeyId: string) {
  remember(journeyId, null);
  detach();
}

/** When a journey opens: reconnect to the team server it was shared to. Returns the cleanup for when it closes. */
export function resumeTeamSync(store: EditorStore, name: string): () => void {
  const journeyId = store.getState().doc.journey.id;
  const link = rememberedLink(journeyId);
  if (link) attach(store, link, name);
  return () => {
    if (useTeamSync.getState().journeyId === journeyId) detach();
  };
}
