/**
 * A participant's side of a live session (the phone or laptop browser that
 * joined by a link): follows the shared document, and sends notes and dots as
 * contributions through an outbox that survives going offline and a page
 * reload, resent until the host says they are stored. An editor also gets an
 * editor store bound to the shared document, for the full canvas.
 *
 * Runs over plain http on the room's network: no `crypto.randomUUID` there,
 * so ids come from `crypto.getRandomValues` (domain/ids.ts).
 */
import { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { newId } from '../../domain/ids';
import { documentFrom, applyChanges, type DocState } from '../doc-state';
import { createEditorStore, type EditorStore } from '../store';
import {
  ContributionOpSchema,
  REFUSALS,
  ToParticipantMessageSchema,
  type ContributionOp,
  type LiveCredentials,
  type LiveRole,
} from '../../../../electron/common/live';
import { bindStore, type Binding } from './bind';
import { isRefusal, openConnection } from './connection';
import { readRoom, type LiveRoom } from './room';
import { readChanges, readDocState } from './y-layout';

export type ParticipantStatus = 'connecting' | 'waiting' | 'live' | 'offline' | 'refused' | 'removed' | 'ended';

export interface OutboxEntry {
  op: ContributionOp;
  state: 'pending' | 'sent' | 'acked' | 'refused';
  reason?: string;
}

export interface ParticipantState {
  status: ParticipantStatus;
  role: LiveRole | null;
  /** Why this device was refused or removed, as the server says it. */
  refusal: string | null;
  /** The journey as the session holds it, every row validated. */
  doc: DocState | null;
  room: LiveRoom;
  /** The voter id this participant's dots carry (once they placed one). */
  voterId: string | null;
  outbox: OutboxEntry[];
  /**
   * The server said the facilitator's app is not connected (its window closed, or reloading): what this
   * device sends waits until it is back. Cleared by the next answer from the facilitator's app.
   */
  hostAway: boolean;
}

/** Why this device refused a contribution before sending it (the participant's screen words it in its language). */
export const OWN_REFUSALS = {
  noteText: 'A note needs some text, at most 2,000 characters.',
  dotFailed: 'That dot could not be placed.',
  left: 'You have left this session.',
} as const;

/** What a contribution call did: queued (with its op), or refused on the spot with a sentence. */
export type ContributeResult = { ok: true; op: ContributionOp } | { ok: false; reason: string };

export interface LiveParticipantClient {
  state: StoreApi<ParticipantState>;
  addNote(stageId: string, text: string): ContributeResult;
  vote(targetKind: 'touchpoint' | 'pain' | 'opportunity', targetId: string): ContributeResult;
  unvote(voteId: string): ContributeResult;
  /** For the editor role, once the journey has arrived: a store bound to the session (saves nothing itself). */
  editorStore(): EditorStore | null;
  awareness: Awareness;
  /** Leaves the session (the outbox stays in storage); the status becomes `ended`. */
  disconnect(): void;
}

/** Where the outbox is kept between page loads (localStorage in a browser). */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface JoinOptions {
  wsUrl: string;
  documentName: string;
  credentials: LiveCredentials;
  storage?: OutboxStorage;
  WebSocketPolyfill?: unknown;
  /** How often unacknowledged contributions are sent again. */
  resendMs?: number;
  /** Told about shared rows that could not be read (invalid), in one sentence each. */
  onInvalid?: (reason: string) => void;
  /**
   * What an editor participant's save indicator says while their edits have not reached the session
   * (offline, or the session not answering): in the interface's language.
   */
  notSentText?: () => string;
  /** How long an editor's edits may take to reach the session before they count as not sent. */
  sendTimeoutMs?: number;
  /** Told the names of items an editor participant had selected that someone else deleted. */
  onSelectedDeleted?: (names: string[]) => void;
}

const OutboxSchema = z.array(
  z.object({
    op: ContributionOpSchema,
    state: z.enum(['pending', 'sent', 'acked', 'refused']),
    reason: z.string().max(300).optional(),
  }),
);
/** Entries kept: the newest, finished ones dropped first. */
const OUTBOX_LIMIT = 500;
/** How long a connected but not yet admitted device waits before it shows "waiting for the facilitator". */
const WAITING_AFTER_MS = 400;
/** How long an editor's edits may take to reach the session server before they count as not sent. */
const SEND_TIMEOUT_MS = 10_000;
const NOT_SENT =
  'Your latest changes have not reached the session yet (no connection). They stay on this page and are sent when the connection is back; do not close this page until then.';

const opId = () => {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

export const outboxKey = (documentName: string, participantId: string) =>
  `waymark-live-outbox:${documentName}:${participantId}`;

function loadOutbox(storage: OutboxStorage | undefined, key: string): OutboxEntry[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = OutboxSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    // Sent before the reload but never acknowledged: send again.
    return parsed.data.map((e) => (e.state === 'sent' ? { ...e, state: 'pending' } : e)) as OutboxEntry[];
  } catch {
    return [];
  }
}

export function joinLive(options: JoinOptions): LiveParticipantClient {
  const { credentials, storage } = options;
  const key = outboxKey(options.documentName, credentials.participantId);
  const journeyId = options.documentName.replace(/^journey\//, '');
  const onInvalid = options.onInvalid ?? (() => undefined);

  const state = createStore<ParticipantState>()(() => ({
    status: 'connecting',
    role: null,
    refusal: null,
    doc: null,
    room: { present: null, timer: null, voters: {}, voting: null },
    voterId: null,
    outbox: loadOutbox(storage, key),
    hostAway: false,
  }));

  let editor: { store: EditorStore; binding: Binding } | null = null;
  let finished = false;
  let waitingTimer: ReturnType<typeof setTimeout> | null = null;
  /** The server said the session ended; cleared when this device is let in again (a resumed session). */
  let sessionEnded = false;

  const saveOutbox = (outbox: OutboxEntry[]) => {
    const finishedEntries = outbox.filter((e) => e.state === 'acked' || e.state === 'refused');
    const kept =
      outbox.length > OUTBOX_LIMIT
        ? outbox.filter((e) => !finishedEntries.slice(0, outbox.length - OUTBOX_LIMIT).includes(e))
        : outbox;
    state.setState({ outbox: kept });
    try {
      storage?.setItem(key, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the outbox still lives in this page.
    }
  };
  const setEntry = (id: string, patch: Partial<OutboxEntry>) => {
    const outbox = state.getState().outbox;
    if (!outbox.some((e) => e.op.opId === id)) return;
    saveOutbox(outbox.map((e) => (e.op.opId === id ? { ...e, ...patch } : e)));
  };

  const connection = openConnection({
    url: options.wsUrl,
    documentName: options.documentName,
    credentials,
    WebSocketPolyfill: options.WebSocketPolyfill,
    events: {
      onOpen() {
        if (finished) return;
        if (waitingTimer) clearTimeout(waitingTimer);
        waitingTimer = setTimeout(() => {
          if (!finished && !connection.isAuthenticated()) state.setState({ status: 'waiting' });
        }, WAITING_AFTER_MS);
      },
      onAuthenticated(readOnly) {
        if (finished) return;
        if (waitingTimer) clearTimeout(waitingTimer);
        sessionEnded = false;
        const role = state.getState().role ?? (readOnly ? null : 'editor');
        state.setState({ status: 'live', role, refusal: null });
        sendOutbox();
        // An editor's edits made while away go now, and the indicator says Saved again once they are through.
        void editor?.store.getState().flush();
      },
      onRefused(reason) {
        if (isRefusal(reason)) stop(reason === REFUSALS.removed ? 'removed' : 'refused', reason);
      },
      onClosed(reason, ended) {
        if (finished) return;
        if (waitingTimer) clearTimeout(waitingTimer);
        if (reason && isRefusal(reason)) {
          stop(reason === REFUSALS.removed ? 'removed' : 'refused', reason);
          return;
        }
        // Sent but not acknowledged: kept, and sent again once back.
        const outbox = state.getState().outbox;
        if (outbox.some((e) => e.state === 'sent'))
          saveOutbox(outbox.map((e) => (e.state === 'sent' ? { ...e, state: 'pending' } : e)));
        // Ended: the facilitator may still resume it (same links, within the hour), so this device
        // keeps trying; until then it says the session has ended rather than that it is offline.
        if (ended) sessionEnded = true;
        state.setState({ status: sessionEnded ? 'ended' : 'offline' });
      },
      onSynced() {
        if (finished) return;
        readAll();
        makeEditor();
      },
      onStateless(payload) {
        let message;
        try {
          const parsed = ToParticipantMessageSchema.safeParse(JSON.parse(payload));
          if (!parsed.success) return;
          message = parsed.data;
        } catch {
          return;
        }
        if (message.type === 'welcome') {
          state.setState({ role: message.role });
          makeEditor();
        } else if (message.type === 'ack') {
          if (state.getState().hostAway) state.setState({ hostAway: false });
          setEntry(message.opId, message.ok ? { state: 'acked' } : { state: 'refused', reason: message.reason });
        } else if (message.type === 'host-away') {
          if (!state.getState().hostAway) state.setState({ hostAway: true });
          setEntry(message.opId, { state: 'pending' });
        }
      },
    },
  });
  const doc = connection.doc;

  // The browser knows when this device has lost the network (a phone leaving the room's Wi-Fi): the
  // connection is dropped at once, so nothing is sent into a socket that only times out half a minute
  // later, and the device connects again as soon as it is back.
  const socket = connection.provider.configuration.websocketProvider;
  const onOffline = () => {
    if (finished) return;
    socket.disconnect();
    // A socket cut off by the network may never report its close: report it now, as the socket itself
    // would (the provider and this client hear it as `close`; no reconnect while disconnected).
    (socket as unknown as { emit(event: 'close', payload: unknown): void }).emit('close', {
      event: { code: 4000, reason: '' },
    });
  };
  const onOnline = () => {
    if (!finished) void socket.connect();
  };
  globalThis.addEventListener?.('offline', onOffline);
  globalThis.addEventListener?.('online', onOnline);

  const roomState = () => {
    const room = readRoom(doc);
    return { room, voterId: room.voters[credentials.participantId] ?? null };
  };
  const readAll = () => {
    state.setState({
      doc: readDocState(doc, journeyId, onInvalid, state.getState().doc?.journey ?? null),
      ...roomState(),
    });
  };
  const onTransaction = (transaction: Y.Transaction) => {
    const current = state.getState().doc;
    if (!current) {
      readAll();
      return;
    }
    const { changes } = readChanges(doc, transaction, current, onInvalid);
    const next = changes.length ? applyChanges(current, changes, 'forward') : current;
    state.setState({ doc: next, ...roomState() });
  };
  doc.on('afterTransaction', onTransaction);

  /**
   * An editor's edits are "saved" once the session server has them (the host stores them from there):
   * offline, or while the server does not confirm them, the save fails, the editor's indicator says so,
   * closing the page warns, and the store tries again until they are through.
   */
  const untilSent = async () => {
    const provider = connection.provider;
    const deadline = Date.now() + (options.sendTimeoutMs ?? SEND_TIMEOUT_MS);
    for (;;) {
      if (finished || !connection.isAuthenticated()) throw new Error(NOT_SENT);
      if (!provider.hasUnsyncedChanges) return;
      if (Date.now() > deadline) throw new Error(NOT_SENT);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const makeEditor = () => {
    const { role, doc: shared } = state.getState();
    if (editor || role !== 'editor' || !shared) return;
    // The session is the record; this device saves nothing of its own, and counts as saved once the session has it.
    const store = createEditorStore(documentFrom(shared), {
      persist: untilSent,
      describeError: () => options.notSentText?.() ?? NOT_SENT,
    });
    editor = {
      store,
      binding: bindStore(store, doc, {
        seed: 'doc',
        onInvalid,
        ...(options.onSelectedDeleted ? { onSelectedDeleted: options.onSelectedDeleted } : {}),
      }),
    };
  };

  const sendOutbox = () => {
    if (finished || !connection.isAuthenticated()) return;
    const outbox = state.getState().outbox;
    const open = outbox.filter((e) => e.state === 'pending' || e.state === 'sent');
    if (!open.length) return;
    for (const entry of open) connection.send({ type: 'contribute', op: entry.op });
    if (open.some((e) => e.state === 'pending'))
      saveOutbox(outbox.map((e) => (e.state === 'pending' ? { ...e, state: 'sent' } : e)));
  };
  const resend = setInterval(sendOutbox, options.resendMs ?? 3000);

  const stop = (status: ParticipantStatus, refusal: string | null) => {
    if (finished) return;
    finished = true;
    if (waitingTimer) clearTimeout(waitingTimer);
    clearInterval(resend);
    globalThis.removeEventListener?.('offline', onOffline);
    globalThis.removeEventListener?.('online', onOnline);
    doc.off('afterTransaction', onTransaction);
    editor?.binding.unbind();
    connection.close();
    state.setState({ status, refusal });
  };

  const contribute = (op: unknown): ContributeResult => {
    const parsed = ContributionOpSchema.safeParse(op);
    if (!parsed.success) {
      const note = (op as { kind?: string }).kind === 'note';
      return {
        ok: false,
        reason: note ? OWN_REFUSALS.noteText : OWN_REFUSALS.dotFailed,
      };
    }
    if (finished) return { ok: false, reason: OWN_REFUSALS.left };
    saveOutbox([...state.getState().outbox, { op: parsed.data, state: 'pending' }]);
    sendOutbox();
    return { ok: true, op: parsed.data };
  };

  return {
    state,
    addNote: (stageId, text) => contribute({ kind: 'note', opId: opId(), noteId: newId('note'), stageId, text }),
    vote: (targetKind, targetId) =>
      contribute({ kind: 'vote', opId: opId(), voteId: newId('vote'), targetKind, targetId }),
    unvote: (voteId) => contribute({ kind: 'unvote', opId: opId(), voteId }),
    editorStore: () => editor?.store ?? null,
    awareness: connection.awareness,
    disconnect: () => stop('ended', null),
  };
}
