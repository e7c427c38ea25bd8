import { Undo2, SkipForward, Square } from 'lucide-react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { dotsLeft } from '../../domain/workshop/votes';
import { nextVoter, placeDot, stopVoting, undoDot } from '../edit';
import { usePortalTarget } from '../use-portal-target';
import { useWorkshopUi, workshopUi } from '../workshop-ui';
import { t as translate, useTranslation } from '../../i18n';

const HELP = {
  touchpoint: 'live.voting.helpTouchpoint',
  pain: 'live.voting.helpPain',
  opportunity: 'live.voting.helpOpportunity',
} as const;
const NOTHING_TO_VOTE = { pain: 'live.voting.noPain', opportunity: 'live.voting.noOpportunity' } as const;
const PICK_ONE = { pain: 'live.voting.pickPain', opportunity: 'live.voting.pickOpportunity' } as const;

/** “Now voting: Ana, 3 dots left”, over the canvas while a vote runs; clicks on touchpoints place dots. */
export function VotingBanner() {
  const host = usePortalTarget('.canvas-wrap');
  const voterId = useWorkshopUi((s) => s.votingVoterId);
  useCanvasVoting(voterId !== null);
  return host && voterId ? createPortal(<Banner voterId={voterId} />, host) : null;
}

function Banner({ voterId }: { voterId: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const status = useWorkshopUi((s) => s.voteStatus);
  const voter = doc.journey.workshop.voters.find((v) => v.id === voterId);
  if (!voter) return null;
  const left = dotsLeft(doc, voterId);
  const say = (text: string) => workshopUi().set({ voteStatus: text });
  return (
    <div className="ws-vote-banner" role="region" aria-label={t('workshop.vote.title')}>
      <span className="ws-vote-who">
        <span className="ws-dot ws-dot-lg" style={{ background: voter.colour }} aria-hidden />
        {/* One flex item: the row's gap goes between the dot and the sentence, not around the name. */}
        <span>
          {t('live.voting.now')} <strong>{voter.name}</strong>, {t('live.voting.dotsLeft', { count: left })}
        </span>
      </span>
      <span className="ws-vote-help">{t(HELP[doc.journey.workshop.voteTarget])}</span>
      <span className="ws-vote-status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="btn" title={t('live.voting.undoDotTitle')} onClick={() => say(undoDot(store))}>
        <Undo2 size={16} aria-hidden /> {t('live.voting.undoDot')}
      </button>
      <button type="button" className="btn" title={t('live.voting.nextTitle')} onClick={() => say(nextVoter(store))}>
        <SkipForward size={16} aria-hidden /> {t('live.voting.next')}
      </button>
      <button
        type="button"
        className="btn"
        title={t('workshop.vote.stop')}
        onClick={() => {
          stopVoting();
          say('');
        }}
      >
        <Square size={14} aria-hidden /> {t('live.voting.stop')}
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
          ? translate(NOTHING_TO_VOTE[kind], { title: t.title })
          : translate(PICK_ONE[kind], { title: t.title, count: items.length }),
      );
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active, store]);
}
