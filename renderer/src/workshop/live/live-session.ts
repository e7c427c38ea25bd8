/**
 * The live session this window hosts (at most one): starting it (the session
 * server, then the host controller on the open journey's store), mirroring the
 * controller's state for the panel, and ending it so that nothing listens.
 * Window state, never saved.
 */
import { create } from 'zustand';
import type { LiveHostState, LiveHost } from './engine';
import { defaultNotePlace, liveServer, startLiveHost, votingOpen } from './engine';
import { noteSlots } from '../edits/note-placement';
import type { LiveSessionInfo } from '../../../../electron/common/live';
import type { EditorStore } from '../../session/store';
import { errorMessage, toast } from '../../ui/toasts';
import { t } from '../../i18n';
import { useLiveUi } from './live-ui';
import { workshopUi } from '../workshop-ui';

export type LivePhase = 'idle' | 'starting' | 'running' | 'ending';

export interface LiveSessionView {
  phase: LivePhase;
  /** The journey the session serves (while starting, running or ending). */
  journeyId: string | null;
  host: LiveHost | null;
  /** The controller's state, mirrored for React. */
  state: LiveHostState | null;
  /** Why the last start or end failed, in one sentence; null when it did not. */
  error: string | null;
  /** A session this window does not run: another journey's, or this journey's hosted from another window. */
  elsewhere: LiveSessionInfo | null;
}

const initial: LiveSessionView = {
  phase: 'idle',
  journeyId: null,
  host: null,
  state: null,
  error: null,
  elsewhere: null,
};

export const useLiveSession = create<LiveSessionView>(() => initial);
const set = (patch: Partial<LiveSessionView>) => useLiveSession.setState(patch);

let offState: (() => void) | null = null;

/**
 * The journey whose session this window hosts, kept across a reload of the window (sessionStorage is
 * per window): a reload takes its session up again, while another window of the same journey does not
 * become a second host.
 */
const HOSTED_KEY = 'waymark:live:hosted';
function markHosted(journeyId: string | null) {
  try {
    if (journeyId) sessionStorage.setItem(HOSTED_KEY, journeyId);
    else sessionStorage.removeItem(HOSTED_KEY);
  } catch {
    // No sessionStorage: a reload then shows the session as run elsewhere, with End.
  }
}
function hostedHere(journeyId: string): boolean {
  try {
    return sessionStorage.getItem(HOSTED_KEY) === journeyId;
  } catch {
    return false;
  }
}

/**
 * Held by the window hosting a session for as long as it hosts it (Web Locks, shared by the app's windows
 * and released by the browser when the window goes). A window that opens the session's journey and finds
 * it free knows no window hosts it any more (the host window was closed, not reloaded) and takes it up.
 */
const HOST_LOCK = 'waymark:live:host';
let releaseHostLock: (() => void) | null = null;
function holdHostLock() {
  letGoHostLock();
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  // Let go before it was granted (the session ended meanwhile): the request is withdrawn, never held later.
  const withdraw = new AbortController();
  let release = () => withdraw.abort();
  releaseHostLock = () => release();
  void locks
    .request(HOST_LOCK, { signal: withdraw.signal }, () => new Promise<void>((resolve) => (release = resolve)))
    .catch(() => undefined);
}
function letGoHostLock() {
  releaseHostLock?.();
  releaseHostLock = null;
}
/** True when no window holds the host lock; false when one does, or when locks cannot tell. */
async function nobodyHosts(): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  try {
    const { held = [], pending = [] } = await locks.query();
    return ![...held, ...pending].some((l) => l.name === HOST_LOCK);
  } catch {
    return false;
  }
}

function attach(store: EditorStore, info: LiveSessionInfo) {
  const host = startLiveHost({
    store,
    info,
    name: t('live.facilitator'),
    journeyId: info.journeyId,
    // Participants' notes go where captured notes go: free slots above their stage.
    placeNote: (doc, stageId) => noteSlots(doc, stageId, 1)[0] ?? defaultNotePlace(doc, stageId),
    // Refused rows and contributions are logged here and counted in the panel.
    onLog: (message) => console.warn(`[live session] ${message}`),
    onSelectedDeleted: (names) => {
      for (const name of names) toast.info(t('editor.selectedDeletedInSession', { name }));
    },
  });
  offState?.();
  offState = host.state.subscribe((state) => set({ state }));
  useLiveUi.setState({ requireApproval: info.requireApproval });
  // A new session starts with voting open for participants (closing it is for the vote at hand).
  if (!info.resumed) workshopUi().set({ participantVoting: true });
  // A session taken up again (this window reloaded, or the app restarted) keeps voting as the room has it:
  // read once the room has come from the server, before this window publishes its own (LiveLayer).
  const offVoting = host.state.subscribe((s) => {
    if (s.status !== 'live') return;
    offVoting();
    workshopUi().set({ participantVoting: votingOpen(host.room()) });
  });
  set({
    phase: 'running',
    journeyId: info.journeyId,
    host,
    state: host.state.getState(),
    error: null,
    elsewhere: null,
  });
  markHosted(info.journeyId);
  holdHostLock();
}

export interface StartLiveOptions {
  store: EditorStore;
  requireApproval: boolean;
}

/** Starts a session for the store's journey; a failure leaves nothing listening and says why. */
export async function startLive({ store, requireApproval }: StartLiveOptions): Promise<void> {
  if (useLiveSession.getState().phase !== 'idle') return;
  const journey = store.getState().doc.journey;
  set({ phase: 'starting', journeyId: journey.id, error: null });
  const server = liveServer();
  let info: LiveSessionInfo | null = null;
  try {
    info = await server.start({ journeyId: journey.id, journeyTitle: journey.title, requireApproval });
    attach(store, info);
  } catch (error) {
    if (info) await server.end().catch(() => undefined);
    set({
      ...initial,
      error: errorMessage(error, t('live.startFailed')),
    });
  }
}

/** Ends the session: the controller flushes what participants added, then the server closes its port. */
export async function endLive(): Promise<void> {
  const { phase, host } = useLiveSession.getState();
  if (phase !== 'running' && phase !== 'starting') return;
  set({ phase: 'ending' });
  let failure: unknown = null;
  try {
    await host?.end();
  } catch (error) {
    failure = error;
  }
  offState?.();
  offState = null;
  markHosted(null);
  letGoHostLock();
  try {
    await liveServer().end();
  } catch (error) {
    failure ??= error;
  }
  set({
    ...initial,
    error: failure ? errorMessage(failure, t('live.endFailed')) : null,
  });
}

/**
 * When the editor opens a journey: a session this window was hosting for it
 * (the window was reloaded) is taken up again; any other running session is
 * reported (another journey's, or this one hosted from another window).
 */
export async function resumeLive(store: EditorStore): Promise<void> {
  if (useLiveSession.getState().phase !== 'idle') return;
  const journeyId = store.getState().doc.journey.id;
  const info = await liveServer()
    .status()
    .catch(() => null);
  if (!info || useLiveSession.getState().phase !== 'idle') return;
  // This journey's session, hosted by no window (its host window was closed): this window takes it up,
  // with what participants did meanwhile, rather than offering only to end it.
  const orphaned = info.journeyId === journeyId && !hostedHere(journeyId) && (await nobodyHosts());
  if (useLiveSession.getState().phase !== 'idle') return;
  if (info.journeyId !== journeyId || !(hostedHere(journeyId) || orphaned)) {
    set({ elsewhere: info });
    return;
  }
  try {
    attach(store, info);
  } catch (error) {
    set({
      ...initial,
      error: errorMessage(error, t('live.resumeFailed')),
    });
  }
}

/** Ends a session another journey left running (its editor is closed). */
export async function endElsewhere(): Promise<void> {
  await liveServer().end();
  set({ elsewhere: null });
}
