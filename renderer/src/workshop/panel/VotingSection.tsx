import { Eye, Play, Square, Trash2, UserPlus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import { dotsLeft, tallyVisible, voteResults, voteTargets, VOTER_COLOURS } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';
import { addVoter, patchWorkshop, removeVoter, updateVoter } from '../edits';
import { placeDot, runEditWithToast, startVoting, stopVoting } from '../edit';
import { useWorkshopUi, workshopUi } from '../workshop-ui';

const TARGET_LABELS = { pain: 'Pain points', opportunity: 'Opportunities', touchpoint: 'Touchpoints' } as const;

/** Voters and their colours, dots per voter, open or hidden tally, the vote itself and its ranked results. */
export function VotingSection() {
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const w = doc.journey.workshop;
  const votingVoterId = useWorkshopUi((s) => s.votingVoterId);
  const [name, setName] = useState('');
  const targets = useMemo(() => voteTargets(doc, w.voteTarget), [doc, w.voteTarget]);
  const results = useMemo(() => voteResults(doc, w.voteTarget), [doc, w.voteTarget]);
  const visible = tallyVisible(w);
  const set = (label: string, patch: Partial<Workshop>) => {
    const s = store.getState();
    s.run(label, patchWorkshop(s.doc, patch));
  };
  const say = (text: string) => workshopUi().set({ voteStatus: text });
  const myDots = (targetId: string) =>
    votingVoterId ? w.votes.filter((v) => v.voterId === votingVoterId && v.targetId === targetId).length : 0;
  const totals = new Map(results.map((r) => [r.id, r.votes]));
  const nextColour = VOTER_COLOURS[w.voters.length % VOTER_COLOURS.length]!;

  return (
    <details className="inspector-section" open>
      <summary>Dot voting</summary>
      <div className="inspector-section-body">
        <div className="field-row">
          <label className="field">
            <span className="field-label">Vote on</span>
            <select
              className="input"
              value={w.voteTarget}
              disabled={votingVoterId !== null}
              onChange={(e) => set('Change vote target', { voteTarget: e.target.value as Workshop['voteTarget'] })}
            >
              {(['pain', 'opportunity', 'touchpoint'] as const).map((k) => (
                <option key={k} value={k}>
                  {TARGET_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Dots each</span>
            <input
              className="input"
              type="number"
              min={1}
              max={50}
              value={w.dotsPerVoter}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (Number.isFinite(n) && n >= 1 && n <= 50)
                  store.getState().run('Dots per voter', patchWorkshop(store.getState().doc, { dotsPerVoter: n }), {
                    coalesceKey: 'workshop:dots',
                  });
              }}
            />
          </label>
        </div>
        <fieldset className="field">
          <legend className="field-label">Tally</legend>
          <div className="ws-row" role="radiogroup" aria-label="Tally">
            {(['open', 'hidden'] as const).map((mode) => (
              <label key={mode} className="toggle">
                <input
                  type="radio"
                  name="ws-vote-mode"
                  checked={w.voteMode === mode}
                  onChange={() => set('Change tally mode', { voteMode: mode, revealed: mode === 'open' })}
                />
                {mode === 'open' ? 'Open (dots show as placed)' : 'Hidden until Reveal'}
              </label>
            ))}
          </div>
        </fieldset>

        <div>
          <div className="field-label">Voters</div>
          <ul className="list-rows">
            {w.voters.map((v) => (
              <li key={v.id} className={`list-row ws-voter${v.id === votingVoterId ? ' is-current' : ''}`}>
                <input
                  type="color"
                  className="ws-colour"
                  aria-label={`Colour of ${v.name}`}
                  value={v.colour}
                  onChange={(e) => {
                    const s = store.getState();
                    s.run('Voter colour', updateVoter(s.doc, v.id, { colour: e.target.value }), {
                      coalesceKey: `voter-colour:${v.id}`,
                    });
                  }}
                />
                <input
                  className="input ws-grow"
                  aria-label="Voter name"
                  value={v.name}
                  onChange={(e) => {
                    const s = store.getState();
                    s.run('Rename voter', updateVoter(s.doc, v.id, { name: e.target.value }), {
                      coalesceKey: `voter-name:${v.id}`,
                    });
                  }}
                />
                <span className="ws-dots-left" title={`Dots left of ${w.dotsPerVoter}`}>
                  {dotsLeft(doc, v.id)} left
                </span>
                <button
                  type="button"
                  className="btn btn-ghost icon-btn"
                  aria-label={`Remove voter ${v.name}`}
                  title="Remove the voter and their dots"
                  onClick={() => {
                    const s = store.getState();
                    s.run('Remove voter', removeVoter(s.doc, v.id));
                    if (votingVoterId === v.id) stopVoting();
                  }}
                >
                  <Trash2 size={16} />
                </button>
              </li>
            ))}
          </ul>
          <form
            className="ws-row ws-add-voter"
            onSubmit={(e) => {
              e.preventDefault();
              if (runEditWithToast(store, addVoter(store.getState().doc, name, nextColour))) setName('');
            }}
          >
            <span className="ws-dot ws-dot-lg" style={{ background: nextColour }} aria-hidden />
            <input
              className="input ws-grow"
              aria-label="New voter name"
              placeholder="Voter name, then Enter"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="btn icon-btn" aria-label="Add voter" title="Add voter">
              <UserPlus size={16} />
            </button>
          </form>
        </div>

        <div className="ws-row">
          {votingVoterId === null ? (
            <button type="button" className="btn btn-primary" onClick={() => say(startVoting(store))}>
              <Play size={16} aria-hidden /> Start voting
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => (stopVoting(), say(''))}>
              <Square size={14} aria-hidden /> Stop voting
            </button>
          )}
          {w.voteMode === 'hidden' && !w.revealed && (
            <button type="button" className="btn" onClick={() => set('Reveal votes', { revealed: true })}>
              <Eye size={16} aria-hidden /> Reveal
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost"
            disabled={w.votes.length === 0}
            title="Remove every dot (undoable)"
            onClick={() => {
              set('Clear votes', { votes: [], revealed: w.voteMode === 'open' });
              stopVoting();
            }}
          >
            Clear votes
          </button>
        </div>

        {votingVoterId !== null && (
          <div>
            <div className="field-label">Place a dot</div>
            {targets.length === 0 ? (
              <p className="muted ws-p">There are no {TARGET_LABELS[w.voteTarget].toLowerCase()} on the map yet.</p>
            ) : (
              <ul className="ws-targets">
                {targets.map((t) => {
                  const mine = myDots(t.id);
                  return (
                    <li key={t.id}>
                      <button
                        type="button"
                        className="ws-target"
                        onClick={() => say(placeDot(store, t.kind, t.id))}
                        aria-label={`Place a dot on ${t.label || 'untitled'}`}
                      >
                        <span className="ws-target-text">
                          {t.label || 'Untitled'}
                          {t.kind !== 'touchpoint' && <span className="muted"> · {t.touchpointTitle}</span>}
                        </span>
                        <span className="ws-target-count">
                          {visible ? (totals.get(t.id) ?? 0) : mine > 0 ? `${mine} yours` : ''}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}

        <div>
          <div className="field-label">Results</div>
          {!visible ? (
            <p className="muted ws-p">The tally is hidden until you reveal it ({w.votes.length} dots placed).</p>
          ) : results.length === 0 ? (
            <p className="muted ws-p">No dots yet.</p>
          ) : (
            <ol className="ws-results" aria-label="Vote results">
              {results.map((r) => (
                <li key={r.id} className="ws-result" data-rank={r.rank}>
                  <span className="ws-rank" title={r.tied ? `Tied at rank ${r.rank}` : `Rank ${r.rank}`}>
                    {r.tied ? `${r.rank}=` : r.rank}
                  </span>
                  <span className="ws-result-text">
                    {r.label || 'Untitled'}
                    <span className="muted"> · {r.kind === 'touchpoint' ? r.stageName : r.touchpointTitle}</span>
                  </span>
                  <span className="ws-result-dots">
                    {w.voters
                      .filter((v) => r.byVoter[v.id])
                      .flatMap((v) =>
                        Array.from({ length: r.byVoter[v.id]! }, (_, i) => (
                          <span
                            key={`${v.id}${i}`}
                            className="ws-dot"
                            style={{ background: v.colour }}
                            title={v.name}
                          />
                        )),
                      )}
                  </span>
                  <span className="ws-result-votes">{r.votes}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </details>
  );
}
