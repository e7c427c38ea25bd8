import { useEffect, useMemo, type ComponentType, type ReactNode } from 'react';
import { REFUSALS } from '../../../electron/common/live';
import { getHost } from '../platform';
import type { EditorStore } from '../session/store';
import { toast } from '../ui/toasts';
import { useTranslation } from '../i18n';
import { refusalText } from './refusals';
import type { ContributeResult } from './engine';
import { presenceLayer } from './presence-layer';
import { useParticipant, type JoinTarget } from './use-participant';
import { useTimerLeft } from './use-timer-left';
import { BoardView } from './views/BoardView';
import { JoinForm } from './views/JoinForm';
import { StatusScreen } from './views/StatusScreen';
import './participant.css';

/** The tone of the refusal screens. */
const PROBLEM = 'problem';

/** A contribution refused on the spot (empty note, session left) says why. */
function said(result: ContributeResult | undefined) {
  if (result && !result.ok) toast.error(refusalText(result.reason));
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
  const { t } = useTranslation();
  const p = useParticipant(target);
  const timerLeft = useTimerLeft(p.room.timer);
  const { state } = p;
  const awareness = p.client?.awareness ?? null;
  const layers = useMemo(() => (awareness ? [presenceLayer(awareness)] : null), [awareness]);
  const title = p.board?.title;
  useEffect(() => {
    getHost().setTitle(
      title === undefined
        ? t('participant.windowJoin')
        : t('participant.windowLive', { title: title || t('participant.untitledJourney') }),
    );
  }, [title, t]);

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
      {t('participant.joinAgain')}
    </button>
  );
  switch (state.status) {
    case 'refused':
      return (
        <StatusScreen
          title={t('participant.couldNotJoin')}
          message={refusalText(state.refusal ?? REFUSALS.badToken)}
          tone={PROBLEM}
        >
          {state.refusal === REFUSALS.badToken ? null : again}
        </StatusScreen>
      );
    case 'removed':
      return (
        <StatusScreen
          title={t('participant.leftSession')}
          message={refusalText(state.refusal ?? REFUSALS.removed)}
          tone={PROBLEM}
        />
      );
    case 'ended': {
      // Ended by the facilitator, who may start it again with the same links within the hour.
      const unsent = state.outbox.filter((e) => e.state === 'pending' || e.state === 'sent').length;
      return (
        <StatusScreen
          title={t('participant.ended')}
          message={unsent ? t('participant.endedUnsent', { count: unsent }) : t('participant.endedMessage')}
        />
      );
    }
    case 'waiting':
      return (
        <StatusScreen
          busy
          title={t('participant.waiting')}
          message={t('participant.waitingMessage', { name: p.name })}
        />
      );
    default:
      break;
  }
  if (!p.board) {
    return (
      <StatusScreen
        busy
        title={state.status === 'offline' ? t('participant.offline') : t('participant.joining')}
        message={state.status === 'offline' ? t('participant.offlineMessage') : t('participant.connecting')}
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
      hostAway={state.hostAway}
      timerLeft={timerLeft}
      journeyId={target.journeyId}
      actions={{
        addNote: (stageId, text) => said(client?.addNote(stageId, text)),
        vote: (kind, id) => said(client?.vote(kind, id)),
        unvote: (voteId) => said(client?.unvote(voteId)),
      }}
    />
  );
}
