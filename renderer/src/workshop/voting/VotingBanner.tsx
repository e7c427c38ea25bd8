import { Undo2, SkipForward, Square } from 'lucide-react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { dotsLeft } from '../../domain/workshop/votes';
import { nextVoter, placeDot, stopVoting, undoDot } from '../edit';
import { usePortalTarget } from '../use-portal-target';
import { useWorkshopUi, workshopUi } from '../workshop-ui';

const KIND_WORDS = { touchpoint: 'touchpoints', pain: 'pain points', opportunity: 'opportunities' } as const;

/** “Now voting: Ana, 3 dots left”, over the canvas while a vote runs; clicks on touchpoints place dots. */
export function VotingBanner() {
  const host = usePortalTarget('.canvas-wrap');
  const voterId = useWorkshopUi((s) => s.votingVoterId);
  useCanvasVoting(voterId !== null);
  return host && voterId ? createPortal(<Banner voterId={voterId} />, host) : null;
}

function Banner({ voterId }: { voterId: string }) {
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const status = useWorkshopUi((s) => s.voteStatus);
  const voter = doc.journey.workshop.voters.find((v) => v.id === voterId);
  if (!voter) return null;
  const left = dotsLeft(doc, voterId);
  const say = (text: string) => workshopUi().set({ voteStatus: text });
  return (
    <div className="ws-vote-banner" role="region" aria-label="Dot voting">
      <span className="ws-vote-who">
        <span className="ws-dot ws-dot-lg" style={{ background: voter.colour }} aria-hidden />
        Now voting: <strong>{voter.name}</strong>, {left} {left === 1 ? 'dot' : 'dots'} left
      </span>
      <span className="ws-vote-help">
        Click {KIND_WORDS[doc.journey.workshop.voteTarget]} in the Workshop panel
        {doc.journey.workshop.voteTarget === 'touchpoint' ? ' or on the map' : ', or a touchpoint on the map'}.
      </span>
      <span className="ws-vote-status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="btn" title="Take back the last dot" onClick={() => say(undoDot(store))}>
        <Undo2 size={16} aria-hidden /> Undo dot
      </button>
      <button type="button" className="btn" title="Pass to the next voter" onClick={() => say(nextVoter(store))}>
        <SkipForward size={16} aria-hidden /> Next voter
      </button>
      <button
        type="button"
        className="btn"
        title="Stop voting"
        onClick={() => {
          stopVoting();
          say('');
        }}
      >
        <Square size={14} aria-hidden /> Stop
      </button>
    </div>
  );
}

/** While a vote runs, a click on a touchpoint places a dot on it (or on its only pain point / opportunity). */
function useCanvasVoting(active: boolean) {
  const store = useEditorStore();
  useEffect(() => {
    if (!active) return;
    const onClick = (e: MouseEvent) => {
      const node = (e.target as Element | null)?.closest?.('.react-flow__node');
      const id = node?.getAttribute('data-id');
      if (!id) return;
      const s = store.getState();
      const t = s.doc.touchpoints[id];
      if (!t) return;
      const kind = s.doc.journey.workshop.voteTarget;
      const say = (text: string) => workshopUi().set({ voteStatus: text });
      if (kind === 'touchpoint') return say(placeDot(store, 'touchpoint', t.id));
      const items = kind === 'pain' ? t.painPoints : t.opportunities;
      if (items.length === 1) return say(placeDot(store, kind, items[0]!.id));
      useEditorUi.getState().set({ panel: 'workshop' });
      say(
        items.length === 0
          ? `“${t.title}” has no ${KIND_WORDS[kind]} to vote on.`
          : `“${t.title}” has ${items.length} ${KIND_WORDS[kind]}: pick one in the Workshop panel.`,
      );
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active, store]);
}
