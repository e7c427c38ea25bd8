import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { LIVE_WS_PATH, liveDocumentName } from '../../../electron/common/live';
import { toast } from '../ui/toasts';
import { buildBoard, type Board } from './board';
import { joinLive, type LiveParticipantClient, type ParticipantState } from './engine';
import { checkName, participantId, presenceColour, rememberedName, rememberName } from './identity';
import { safeLocalStorage } from './stored';
import { t } from '../i18n';
import { refusalText } from './refusals';

export interface JoinTarget {
  token: string;
  journeyId: string;
}

/** The session endpoint on the server that served this page (plain ws on http, wss on https). */
export function sessionWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_WS_PATH}`;
}

const JOINED_KEY = 'waymark:live:joined';
const idle = createStore<ParticipantState>(() => ({
  status: 'connecting',
  role: null,
  refusal: null,
  doc: null,
  room: { present: null, timer: null, voters: {}, voting: null },
  voterId: null,
  outbox: [],
  hostAway: false,
}));

/**
 * The participant app's state: the name step, then the session through the
 * participant client, its board, and the actions a participant can take.
 */
export function useParticipant(target: JoinTarget) {
  const storage = useMemo(safeLocalStorage, []);
  const me = useMemo(() => participantId(storage), [storage]);
  const colour = useMemo(() => presenceColour(me), [me]);
  const [name, setName] = useState(() => rememberedName(storage));
  const [nameError, setNameError] = useState<string | null>(null);
  const [client, setClient] = useState<LiveParticipantClient | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const state = useStore(client?.state ?? idle);

  const join = useCallback(
    (raw: string) => {
      const checked = checkName(raw);
      if ('error' in checked) {
        setNameError(checked.error);
        return;
      }
      setNameError(null);
      setJoinError(null);
      rememberName(storage, checked.name);
      setName(checked.name);
      try {
        const joined = joinLive({
          wsUrl: sessionWsUrl(window.location),
          documentName: liveDocumentName(target.journeyId),
          credentials: { token: target.token, participantId: me, name: checked.name },
          ...(storage ? { storage } : {}),
          notSentText: () => t('participant.editsNotSent'),
          onSelectedDeleted: (names) => {
            for (const deleted of names) toast.info(t('editor.selectedDeletedInSession', { name: deleted }));
          },
        });
        joined.awareness.setLocalStateField('user', { participantId: me, name: checked.name, colour });
        sessionStorage.setItem(JOINED_KEY, target.token);
        setClient(joined);
      } catch (error) {
        setJoinError(error instanceof Error ? refusalText(error.message) : t('participant.joinFailed'));
      }
    },
    [target.journeyId, target.token, storage, me, colour],
  );

  // A reload in the middle of a session joins again with the same name (the outbox is kept too).
  const auto = useRef(false);
  useEffect(() => {
    if (auto.current) return;
    auto.current = true;
    let again = false;
    try {
      again = sessionStorage.getItem(JOINED_KEY) === target.token;
    } catch {
      again = false;
    }
    if (again && name) join(name);
  }, [join, name, target.token]);

  useEffect(() => (client ? () => client.disconnect() : undefined), [client]);

  // An editor's edits that have not reached the session yet live only in this page: closing it warns.
  useEffect(() => {
    if (!client) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      const editor = client.editorStore();
      if (!editor || editor.getState().save.status === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [client]);

  // Announce who this is each time the session is reached again: a dropped connection took the old announcement with it.
  const live = state.status === 'live';
  useEffect(() => {
    if (live && client) client.awareness.setLocalStateField('user', { participantId: me, name, colour });
  }, [live, client, me, name, colour]);

  const leave = useCallback(() => {
    try {
      sessionStorage.removeItem(JOINED_KEY);
    } catch {
      // Nothing to forget.
    }
    setClient(null);
  }, []);

  // A contribution the facilitator's app refused says why, once (not again for what a reload brings back).
  const told = useRef<{ client: LiveParticipantClient | null; ids: Set<string> } | null>(null);
  useEffect(() => {
    const refused = state.outbox.filter((e) => e.state === 'refused');
    if (told.current?.client !== client) {
      told.current = { client, ids: new Set(refused.map((e) => e.op.opId)) };
      return;
    }
    for (const e of refused) {
      if (told.current.ids.has(e.op.opId)) continue;
      told.current.ids.add(e.op.opId);
      toast.error(e.reason ? refusalText(e.reason) : t('participant.notTaken'));
    }
  }, [state.outbox, client]);

  const room = state.room;
  const board: Board | null = useMemo(
    () => (state.doc ? buildBoard(state.doc, room, state.outbox, me) : null),
    [state.doc, room, state.outbox, me],
  );

  return {
    me,
    colour,
    name,
    nameError,
    joinError,
    joined: client !== null,
    client,
    state,
    room,
    board,
    join,
    leave,
  };
}

export type ParticipantModel = ReturnType<typeof useParticipant>;
