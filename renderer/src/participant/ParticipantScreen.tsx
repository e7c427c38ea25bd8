import { useEffect, useMemo, type ComponentType, type ReactNode } from 'react';
import { REFUSALS } from '../../../electron/common/live';
import { getHost } from '../platform';
import type { EditorStore } from '../session/store';
import { toast } from '../ui/toasts';
import type { ContributeResult } from './engine';
import { presenceLayer } from './presence-layer';
import { useParticipant, type JoinTarget } from './use-participant';
import { useTimerLeft } from './use-timer-left';
import { BoardView } from './views/BoardView';
import { JoinForm } from './views/JoinForm';
import { StatusScreen } from './views/StatusScreen';
import './participant.css';

/** A contribution refused on the spot (empty note, session left) says why. */
function said(result: ContributeResult | undefined) {
  if (result && !result.ok) toast.error(result.reason);
}

export interface ParticipantScreenProps {
  target: JoinTarget;
  /** The full editor on the session's store, for the editor role (composed by app/); `layers` announce presence. */
  renderEditor: (store: EditorStore, layers: readonly ComponentType[]) => ReactNode;
}

/**
 * The participant app, opened from a join link on a phone or laptop: pick a
 * name, wait to be let in, then follow the map, add notes and vote.
 */
export default function ParticipantScreen({ target, renderEditor }: ParticipantScreenProps) {
  const p = useParticipant(target);
  const timerLeft = useTimerLeft(p.room.timer);
  const { state } = p;
  const awareness = p.client?.awareness ?? null;
  const layers = useMemo(() => (awareness ? [presenceLayer(awareness)] : null), [awareness]);
  const title = p.board?.title;
  useEffect(() => {
    getHost().setTitle(
      title === undefined ? 'Join the live session — Waymark' : `${title || 'Untitled journey'} — live`,
    );
  }, [title]);

  if (!p.joined) {
    return (
      <JoinForm
        initialName={p.name}
        nameError={p.nameError}
        joinError={p.joinError}
        colour={p.colour}
        onJoin={p.join}
      />
    );
  }
  const again = (
    <button type="button" className="pt-btn pt-btn-primary" onClick={p.leave}>
      Join again
    </button>
  );
  switch (state.status) {
    case 'refused':
      return (
        <StatusScreen title="You could not join" message={state.refusal ?? REFUSALS.badToken} tone="problem">
          {state.refusal === REFUSALS.badToken ? null : again}
        </StatusScreen>
      );
    case 'removed':
      return <StatusScreen title="You left the session" message={state.refusal ?? REFUSALS.removed} tone="problem" />;
    case 'ended': {
      // Ended by the facilitator, who may start it again with the same links within the hour.
      const unsent = state.outbox.filter((e) => e.state === 'pending' || e.state === 'sent').length;
      return (
        <StatusScreen
          title="The session has ended"
          message={`The facilitator ended the live session; everything you saw as saved is in their journey. If they start it again within the hour, this page joins by itself${unsent ? ` and sends the ${unsent === 1 ? 'note or dot' : `${unsent} notes and dots`} not saved yet` : ''}.`}
        />
      );
    }
    case 'waiting':
      return (
        <StatusScreen
          busy
          title="Waiting for the facilitator"
          message={`You asked to join as ${p.name}. The facilitator lets people in one by one; this page goes on by itself.`}
        />
      );
    default:
      break;
  }
  if (!p.board) {
    return (
      <StatusScreen
        busy
        title={state.status === 'offline' ? 'You are offline' : 'Joining…'}
        message={
          state.status === 'offline'
            ? 'The session cannot be reached. Check that you are on the same network as the facilitator; this page tries again by itself.'
            : 'Connecting to the facilitator’s computer.'
        }
      />
    );
  }
  const editor = state.role === 'editor' ? p.client?.editorStore() : null;
  if (editor && layers) return <>{renderEditor(editor, layers)}</>;
  const client = p.client;
  return (
    <BoardView
      board={p.board}
      name={p.name}
      colour={p.colour}
      canContribute={state.role === 'contributor' || state.role === 'editor'}
      offline={state.status === 'offline'}
      timerLeft={timerLeft}
      actions={{
        addNote: (stageId, text) => said(client?.addNote(stageId, text)),
        vote: (kind, id) => said(client?.vote(kind, id)),
        unvote: (voteId) => said(client?.unvote(voteId)),
      }}
    />
  );
}
