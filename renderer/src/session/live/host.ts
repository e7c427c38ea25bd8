/**
 * The facilitator's side of a live session: connects the open journey's
 * store to the session server with the host token, keeps the shared document
 * and the store in step (bind.ts), and turns contributors' notes and dots into
 * rows: checked against the map, applied without entering the facilitator's
 * history, saved to the database, and only then acknowledged.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { sameData } from '../../domain/equal';
import { newId, randomHex } from '../../domain/ids';
import { stageColumns } from '../../domain/layout';
import { JourneySchema, NoteSchema, type Journey, type Note, type Position } from '../../domain/model';
import { existingTargets, nextVoterColour, votesOnExistingTargets } from '../../domain/workshop/votes';
import type { Vote, Voter } from '../../domain/workshop-schema';
import type { UserMessage } from '../../domain/user-message';
import {
  ToHostMessageSchema,
  type ContributionOp,
  type HostMessage,
  type LiveParticipant,
  type LiveSessionInfo,
  type ToHostMessage,
} from '../../../../electron/common/live';
import type { DocState, RowChange } from '../doc-state';
import type { EditorStore } from '../store';
import { bindStore, type Binding } from './bind';
import { openConnection } from './connection';
import { readRoom, votingOpen, writeRoom, type LiveRoom } from './room';
import { roomMap } from './y-layout';
import { CONTRIBUTION_REFUSALS as REASONS, dotsUsedRefusal, refusalMessage } from './refusals';

/** Why a live host could not start, in English (`message`) and as a message for the interface (`text`). */
export class LiveHostError extends Error {
  constructor(
    message: string,
    readonly text: UserMessage,
  ) {
    super(message);
    this.name = 'LiveHostError';
  }
}

export type LiveHostStatus = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'error';

export interface LiveHostState {
  status: LiveHostStatus;
  info: LiveSessionInfo;
  participants: LiveParticipant[];
  /** Shared rows refused so far (invalid, or of another journey): never stored. */
  refusedRows: number;
  /** The last thing refused (a row, a contribution, someone joining), in one sentence. */
  lastRefusal: string | null;
  /** The same as a message for the interface to translate, when it has one (a refused row, contribution or join). */
  lastRefusalText: UserMessage | null;
  /** Why the session cannot go on, in one sentence. */
  error: string | null;
}

export interface LiveHost {
  state: StoreApi<LiveHostState>;
  admit(participantId: string): void;
  deny(participantId: string): void;
  remove(participantId: string): void;
  setRequireApproval(required: boolean): void;
  /** Live-only state every screen follows (presentation, timer, …). */
  setRoom(patch: Partial<LiveRoom>): void;
  room(): LiveRoom;
  awareness: Awareness;
  /** Saves everything, then leaves the session. */
  end(): Promise<void>;
}

export interface LiveHostOptions {
  store: EditorStore;
  info: LiveSessionInfo;
  /** The facilitator's name, as others see it. */
  name: string;
  journeyId: string;
  WebSocketPolyfill?: unknown;
  /** Where a contributed note goes on the canvas (the workshop's note slots); a row above the stage by default. */
  placeNote?: (doc: DocState, stageId: string) => Position;
  /** Told about every refused row and contribution (for the log). */
  onLog?: (message: string) => void;
  /** Told the names of items the facilitator had selected that a participant deleted. */
  onSelectedDeleted?: (names: string[]) => void;
  now?: () => number;
}

/** A row of notes above the stage's column, clear of the ones already there. */
export function defaultNotePlace(doc: DocState, stageId: string): Position {
  const column = stageColumns(Object.values(doc.stages)).find((c) => c.stage.id === stageId);
  const x0 = column?.x ?? 0;
  const width = 180;
  const height = 120;
  const gap = 16;
  const perRow = Math.max(1, Math.floor(((column?.width ?? width) - gap) / (width + gap)));
  const taken = Object.values(doc.notes).map((n) => n.position);
  for (let i = 0; i < 5000; i++) {
    const p = {
      x: x0 + gap + (i % perRow) * (width + gap),
      y: -(height + 2 * gap) - Math.floor(i / perRow) * (height + gap),
    };
    if (!taken.some((t) => Math.abs(t.x - p.x) < width / 2 && Math.abs(t.y - p.y) < height / 2)) return p;
  }
  return { x: x0 + gap, y: -(height + 2 * gap) };
}

type Contribution = Extract<ToHostMessage, { type: 'contribution' }>;
type Outcome = { ok: true } | { ok: false; reason: string };

export function startLiveHost(options: LiveHostOptions): LiveHost {
  const { store, info } = options;
  const now = options.now ?? Date.now;
  const log = (message: string) => options.onLog?.(message);
  const placeNote = options.placeNote ?? defaultNotePlace;
  // The session, the open journey and the caller must mean the same journey: anything else would
  // share one journey's rows under another's name.
  if (options.journeyId !== store.getState().doc.journey.id || info.journeyId !== options.journeyId)
    throw new LiveHostError('This live session is for another journey; end it and start one from the open journey.', {
      code: 'liveOtherJourney',
    });
  const state = createStore<LiveHostState>()(() => ({
    status: 'connecting',
    info,
    participants: [],
    refusedRows: 0,
    lastRefusal: null,
    lastRefusalText: null,
    error: null,
  }));
  const refuse = (message: string, text: UserMessage | null = null) => {
    log(message);
    state.setState({ lastRefusal: message, lastRefusalText: text });
  };

  let binding: Binding | null = null;
  /**
   * The room as this host last wrote it: the host alone drives it. Read from the document once
   * (a resumed session keeps its presentation and who each voter is); anyone else's change to
   * it is written over.
   */
  let room: LiveRoom | null = null;
  const hostOrigin = { live: 'host-room' };
  const setRoom = (patch: Partial<LiveRoom>) => {
    room = { ...(room ?? readRoom(connection.doc)), ...patch };
    writeRoom(connection.doc, patch, hostOrigin);
  };
  let ended = false;
  /** Outcomes of contributions already handled, by opId: a resent one is answered the same. */
  const handled = new Map<string, Outcome>();
  /** Contributions that arrived before the document was bound. */
  const inbox: Contribution[] = [];
  /** Applied, waiting for the save that includes them. */
  const unacked: Array<{ message: Contribution; outcome: Outcome }> = [];
  let working: Promise<void> | null = null;

  const connection = openConnection({
    url: info.hostWsUrl,
    documentName: info.documentName,
    credentials: { token: info.hostToken, participantId: `host_${randomHex().slice(0, 16)}`, name: options.name },
    WebSocketPolyfill: options.WebSocketPolyfill,
    events: {
      onSynced() {
        if (ended) return;
        if (!binding) {
          room ??= readRoom(connection.doc);
          connection.doc.on('afterTransaction', guardRoom);
          binding = bindStore(store, connection.doc, {
            seed: 'store',
            repair: true,
            ...(options.onSelectedDeleted ? { onSelectedDeleted: options.onSelectedDeleted } : {}),
            onInvalid: (reason, text) => {
              refuse(reason, text);
              state.setState((s) => ({ refusedRows: s.refusedRows + 1 }));
            },
          });
        }
        state.setState({ status: 'live', error: null });
        kick();
      },
      onClosed() {
        if (!ended && state.getState().status === 'live') state.setState({ status: 'reconnecting' });
      },
      onRefused(reason) {
        if (ended) return;
        ended = true;
        connection.close();
        binding?.unbind();
        state.setState({ status: 'error', error: reason });
      },
      onStateless(payload) {
        let message: ToHostMessage;
        try {
          const parsed = ToHostMessageSchema.safeParse(JSON.parse(payload));
          if (!parsed.success) return;
          message = parsed.data;
        } catch {
          return;
        }
        if (message.type === 'participants') state.setState({ participants: message.list });
        else if (message.type === 'refused')
          refuse(`${message.name}: ${message.reason}`, refusalMessage(message.name, message.reason));
        else receive(message);
      },
    },
  });

  const send = (message: HostMessage) => connection.send(message);

  /** Puts the host's room back when someone else (an editor) changed it. */
  const guardRoom = (transaction: Y.Transaction) => {
    if (transaction.origin === hostOrigin || !room) return;
    const shared = roomMap(connection.doc);
    if (!transaction.changed.has(shared as never)) return;
    const own = room;
    queueMicrotask(() => {
      const current = Object.fromEntries(shared.entries()) as Record<string, unknown>;
      const patch: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(current), ...Object.keys(own)]))
        if (!sameData(current[key], own[key])) patch[key] = own[key];
      if (Object.keys(patch).length) writeRoom(connection.doc, patch as Partial<LiveRoom>, hostOrigin);
    });
  };

  /**
   * Contributions are applied the moment they arrive (in arrival order, so dot budgets hold) and
   * acknowledged once a save that includes them is done: saves run one after another, each taking
   * everything applied while the one before it ran.
   */
  const kick = () => {
    if (!binding || ended) return;
    for (const message of inbox.splice(0)) unacked.push({ message, outcome: handle(message) });
    if (!working && unacked.length) working = acknowledge().finally(() => (working = null));
  };
  const receive = (message: Contribution) => {
    inbox.push(message);
    kick();
  };

  async function acknowledge() {
    while (unacked.length && !ended) {
      const batch = unacked.splice(0);
      const saved = await store.getState().saved();
      for (const { message, outcome } of batch) {
        const { participantId } = message.from;
        const { opId } = message.op;
        // Not saved: no answer; the participant sends it again and it is acknowledged once it is stored.
        if (!saved && outcome.ok) {
          handled.delete(opId);
          continue;
        }
        send({ type: 'ack', participantId, opId, ok: outcome.ok, ...(outcome.ok ? {} : { reason: outcome.reason }) });
      }
    }
  }

  /** Checks one contribution against the map and applies it; answers a resent one as before. */
  function handle({ from, op }: Contribution): Outcome {
    const known = handled.get(op.opId);
    if (known) return known;
    const outcome = from.role === 'viewer' ? { ok: false as const, reason: REASONS.notContributor } : apply(from, op);
    if (!outcome.ok) refuse(`${from.name}: ${outcome.reason}`, refusalMessage(from.name, outcome.reason));
    handled.set(op.opId, outcome);
    return outcome;
  }

  function apply(from: Contribution['from'], op: ContributionOp): Outcome {
    const doc = store.getState().doc;
    if (op.kind === 'note') {
      if (op.noteId in doc.notes) return { ok: true };
      if (!(op.stageId in doc.stages)) return { ok: false, reason: REASONS.noStage };
      const note = NoteSchema.safeParse({
        id: op.noteId,
        journeyId: doc.journey.id,
        text: op.text,
        colour: 'yellow',
        kind: 'note',
        position: placeNote(doc, op.stageId),
        createdAt: now(),
      } satisfies Partial<Record<keyof Note, unknown>>);
      if (!note.success) return { ok: false, reason: REASONS.badNote };
      store.getState().applyShared([{ table: 'notes', id: note.data.id, before: null, after: note.data }]);
      return { ok: true };
    }
    const workshop = doc.journey.workshop;
    if (op.kind === 'unvote') {
      const vote = workshop.votes.find((v) => v.id === op.voteId);
      if (!vote) return { ok: true };
      if (vote.voterId !== room?.voters[from.participantId]) return { ok: false, reason: REASONS.notYours };
      if (!votingOpen(room)) return { ok: false, reason: REASONS.votingClosed };
      return setWorkshop(doc, { votes: workshop.votes.filter((v) => v.id !== op.voteId) });
    }
    if (workshop.votes.some((v) => v.id === op.voteId)) return { ok: true };
    // A dot sent before the facilitator closed voting but arriving after is refused: the result stays as closed.
    if (!votingOpen(room)) return { ok: false, reason: REASONS.votingClosed };
    // Gathered once per vote: whether the dot's target exists, and which of the voter's dots still count.
    const targets = existingTargets(Object.values(doc.touchpoints));
    if (!targets.has(op.targetKind, op.targetId)) return { ok: false, reason: REASONS.noTarget };
    const voterIds = room?.voters ?? {};
    let voter: Voter | undefined = workshop.voters.find((v) => v.id === voterIds[from.participantId]);
    const voters = voter ? workshop.voters : [...workshop.voters];
    if (!voter) {
      voter = {
        id: newId('voter'),
        name: from.name,
        colour: nextVoterColour(workshop.voters),
      } as Voter;
      voters.push(voter);
    }
    // Counted as the panel counts them: a dot on a pain point since deleted is the voter's again.
    const used = votesOnExistingTargets(workshop.votes, targets).filter((v) => v.voterId === voter.id).length;
    if (used >= workshop.dotsPerVoter) return { ok: false, reason: dotsUsedRefusal(workshop.dotsPerVoter) };
    const vote = {
      id: op.voteId,
      voterId: voter.id,
      targetKind: op.targetKind,
      targetId: op.targetId,
      castAt: now(),
    } as Vote;
    const outcome = setWorkshop(doc, { voters, votes: [...workshop.votes, vote] });
    if (outcome.ok && voterIds[from.participantId] !== voter.id)
      setRoom({ voters: { ...voterIds, [from.participantId]: voter.id } });
    return outcome;
  }

  function setWorkshop(doc: DocState, patch: Partial<Journey['workshop']>): Outcome {
    const before = doc.journey;
    const parsed = JourneySchema.safeParse({ ...before, workshop: { ...before.workshop, ...patch } });
    if (!parsed.success) return { ok: false, reason: REASONS.tooMany };
    if (sameData(parsed.data, before)) return { ok: true };
    const change: RowChange = { table: 'journeys', id: before.id, before, after: parsed.data };
    store.getState().applyShared([change]);
    return { ok: true };
  }

  return {
    state,
    admit: (participantId) => send({ type: 'admit', participantId }),
    deny: (participantId) => send({ type: 'deny', participantId }),
    remove: (participantId) => send({ type: 'remove', participantId }),
    setRequireApproval(required) {
      send({ type: 'set-approval', required });
      state.setState({ info: { ...state.getState().info, requireApproval: required } });
    },
    setRoom,
    room: () => room ?? readRoom(connection.doc),
    awareness: connection.awareness,
    async end() {
      if (state.getState().status === 'ended') return;
      // Contributions already received are applied and answered first.
      while (working) await working;
      await store.getState().flush();
      ended = true;
      binding?.unbind();
      binding = null;
      connection.doc.off('afterTransaction', guardRoom);
      connection.close();
      state.setState({ status: 'ended' });
    },
  };
}
