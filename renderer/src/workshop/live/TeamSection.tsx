import { Cloud, CloudOff } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n';
import { messageText } from '../../i18n/messages';
import { useEditorStore } from '../../session/react';
import type { TeamProblem, TeamSyncState } from '../../session/live/team';
import { shareToTeam, stopTeamSync, useTeamSync } from './team-sync';

const STATUS_TEXT: Record<TeamSyncState['status'], string> = {
  connecting: 'live.team.status.connecting',
  synced: 'live.team.status.synced',
  offline: 'live.team.status.offline',
  refused: 'live.team.status.refused',
  closed: 'live.team.status.closed',
};

/** What a team server's address looks like (code, not words to translate). */
const SERVER_EXAMPLE = 'ws://team-server:4480';
/** The name this app announces to the team server. */
const APP_NAME = 'Waymark';

/**
 * The workshop panel's "Team server" section: share the open journey to a
 * team server (`npm run team-server`) and keep it in sync beyond the room.
 */
export function TeamSection() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const journeyId = store.getState().doc.journey.id;
  const view = useTeamSync();
  const shared = view.journeyId === journeyId && view.sync !== null;
  return (
    <details className="inspector-section ws-team" aria-label={t('live.team.title')}>
      <summary>{t('live.team.title')}</summary>
      <div className="inspector-section-body">
        {shared && view.state && view.link ? (
          <Shared state={view.state} url={view.link.url} onStop={() => stopTeamSync(journeyId)} />
        ) : (
          <ShareForm
            problem={view.problem}
            onShare={(address, token) => shareToTeam(store, address, token, APP_NAME)}
          />
        )}
      </div>
    </details>
  );
}

function Shared({ state, url, onStop }: { state: TeamSyncState; url: string; onStop(): void }) {
  const { t } = useTranslation();
  const ok = state.status === 'synced' || state.status === 'connecting';
  return (
    <>
      <p className="ws-p" role="status">
        {ok ? <Cloud size={14} aria-hidden /> : <CloudOff size={14} aria-hidden />} {t(STATUS_TEXT[state.status])} ·{' '}
        <span className="muted">{url}</span>
      </p>
      {state.errorText && (
        <p className="ws-live-error" role="alert">
          {messageText(state.errorText)}
        </p>
      )}
      {state.refusedRows > 0 && (
        <p className="muted ws-p">
          {t('live.team.refused', {
            count: state.refusedRows,
            reason: state.lastRefusalText ? messageText(state.lastRefusalText) : '',
          })}
        </p>
      )}
      <div className="ws-row">
        <button type="button" className="btn" onClick={onStop}>
          {t('live.team.stop')}
        </button>
      </div>
    </>
  );
}

function ShareForm({
  problem,
  onShare,
}: {
  problem: TeamProblem | null;
  onShare(address: string, token: string): boolean;
}) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const id = useId();
  return (
    <form
      className="ws-team-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (onShare(address, token)) setToken('');
      }}
    >
      <p className="muted ws-p">{t('live.team.intro')}</p>
      <label htmlFor={`${id}-address`}>{t('live.team.address')}</label>
      <input
        id={`${id}-address`}
        className="input"
        value={address}
        placeholder={SERVER_EXAMPLE}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setAddress(e.target.value)}
      />
      <label htmlFor={`${id}-token`}>{t('live.team.token')}</label>
      <input
        id={`${id}-token`}
        className="input"
        type="password"
        value={token}
        autoComplete="off"
        onChange={(e) => setToken(e.target.value)}
      />
      {problem && (
        <p className="ws-live-error" role="alert">
          {messageText(problem.text)}
        </p>
      )}
      <div className="ws-row">
        <button type="submit" className="btn">
          {t('live.team.share')}
        </button>
      </div>
    </form>
  );
}
