import { Cloud, CloudOff } from 'lucide-react';
import { useId, useState } from 'react';
import { useEditorStore } from '../../session/react';
import type { TeamSyncState } from '../../session/live/team';
import { shareToTeam, stopTeamSync, useTeamSync } from './team-sync';

const STATUS_TEXT: Record<TeamSyncState['status'], string> = {
  connecting: 'Connecting…',
  synced: 'In sync',
  offline: 'Offline: your edits are kept and sent when the server is back',
  refused: 'Refused',
  closed: 'Not shared',
};

/**
 * The workshop panel's "Team server" section: share the open journey to a
 * team server (`npm run team-server`) and keep it in sync beyond the room.
 */
export function TeamSection() {
  const store = useEditorStore();
  const journeyId = store.getState().doc.journey.id;
  const view = useTeamSync();
  const shared = view.journeyId === journeyId && view.sync !== null;
  return (
    <details className="inspector-section ws-team" aria-label="Team server">
      <summary>Team server</summary>
      <div className="inspector-section-body">
        {shared && view.state && view.link ? (
          <Shared state={view.state} url={view.link.url} onStop={() => stopTeamSync(journeyId)} />
        ) : (
          <ShareForm
            problem={view.problem}
            onShare={(address, token) => shareToTeam(store, address, token, 'Waymark')}
          />
        )}
      </div>
    </details>
  );
}

function Shared({ state, url, onStop }: { state: TeamSyncState; url: string; onStop(): void }) {
  const ok = state.status === 'synced' || state.status === 'connecting';
  return (
    <>
      <p className="ws-p" role="status">
        {ok ? <Cloud size={14} aria-hidden /> : <CloudOff size={14} aria-hidden />} {STATUS_TEXT[state.status]} ·{' '}
        <span className="muted">{url}</span>
      </p>
      {state.error && (
        <p className="ws-live-error" role="alert">
          {state.error}
        </p>
      )}
      {state.refusedRows > 0 && (
        <p className="muted ws-p">
          {state.refusedRows === 1 ? '1 change' : `${state.refusedRows} changes`} from the server refused (not valid):{' '}
          {state.lastRefusal}
        </p>
      )}
      <div className="ws-row">
        <button type="button" className="btn" onClick={onStop}>
          Stop sharing
        </button>
      </div>
    </>
  );
}

function ShareForm({ problem, onShare }: { problem: string | null; onShare(address: string, token: string): boolean }) {
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
      <p className="muted ws-p">
        Keep this journey in sync with your team through a team server (npm run team-server). The map stays on this
        computer too; .journey files remain the offline way to pass it on.
      </p>
      <label htmlFor={`${id}-address`}>Server address</label>
      <input
        id={`${id}-address`}
        className="input"
        value={address}
        placeholder="ws://team-server:4480"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setAddress(e.target.value)}
      />
      <label htmlFor={`${id}-token`}>Team token</label>
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
          {problem}
        </p>
      )}
      <div className="ws-row">
        <button type="submit" className="btn">
          Share to team server
        </button>
      </div>
    </form>
  );
}
