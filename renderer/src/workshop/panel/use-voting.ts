import { useMemo } from 'react';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import type { EditorStore } from '../../session/store';
import { nextVoterColour, tallyVisible, voteResults, voteTargets } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';
import { addVoter, patchWorkshop, removeVoter, updateVoter } from '../edits';
import { placeDot, runEditWithToast, startVoting, stopVoting } from '../edit';
import { useWorkshopUi, workshopUi } from '../workshop-ui';
import { toast } from '../../ui/toasts';
import { t } from '../../i18n';

/**
 * Dot voting's state and edits for the workshop panel: the session's
 * document, who is voting now, the targets and ranked results, and every
 * change as one undoable step.
 */
export function useVoting() {
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const w = doc.journey.workshop;
  const votingVoterId = useWorkshopUi((s) => s.votingVoterId);
  const targets = useMemo(() => voteTargets(doc, w.voteTarget), [doc, w.voteTarget]);
  const results = useMemo(() => voteResults(doc, w.voteTarget), [doc, w.voteTarget]);
  const visible = tallyVisible(w);
  const myDots = (targetId: string) =>
    votingVoterId ? w.votes.filter((v) => v.voterId === votingVoterId && v.targetId === targetId).length : 0;
  const totals = new Map(results.map((r) => [r.id, r.votes]));
  const nextColour = nextVoterColour(w.voters);
  // The same actions for the panel's life: each reads the document and the turn when it runs, so lists
  // of rows (the voters) can skip rendering the rows that did not change.
  const actions = useMemo(() => votingActions(store), [store]);

  return { doc, w, votingVoterId, targets, results, visible, totals, myDots, nextColour, actions };
}

/** Every dot-voting edit as one undoable step, on the store's document as it is when the edit runs. */
function votingActions(store: EditorStore) {
  const set = (label: string, patch: Partial<Workshop>) => {
    const s = store.getState();
    s.run(label, patchWorkshop(s.doc, patch));
  };
  const say = (text: string) => workshopUi().set({ voteStatus: text });
  return {
    setTarget: (voteTarget: Workshop['voteTarget']) => set(t('workshop.vote.targetUndo'), { voteTarget }),
    /** Ignores anything but a whole number of dots from 1 to 50. */
    setDotsPerVoter: (raw: string) => {
      const n = Math.round(Number(raw));
      if (Number.isFinite(n) && n >= 1 && n <= 50)
        store.getState().run(t('workshop.vote.dotsUndo'), patchWorkshop(store.getState().doc, { dotsPerVoter: n }), {
          coalesceKey: 'workshop:dots',
        });
    },
    setMode: (mode: Workshop['voteMode']) =>
      set(t('workshop.vote.modeUndo'), { voteMode: mode, revealed: mode === 'open' }),
    setVoterColour: (voterId: string, colour: string) => {
      const s = store.getState();
      s.run(t('workshop.vote.colourUndo'), updateVoter(s.doc, voterId, { colour }), {
        coalesceKey: `voter-colour:${voterId}`,
      });
    },
    renameVoter: (voterId: string, name: string) => {
      const s = store.getState();
      s.run(t('workshop.vote.renameUndo'), updateVoter(s.doc, voterId, { name }), {
        coalesceKey: `voter-name:${voterId}`,
      });
    },
    removeVoter: (voterId: string) => {
      const s = store.getState();
      s.run(t('workshop.vote.removeUndo'), removeVoter(s.doc, voterId));
      if (workshopUi().votingVoterId === voterId) stopVoting();
    },
    /** True when the voter was added (a refusal shows as a toast). */
    addVoter: (name: string) => {
      const doc = store.getState().doc;
      return runEditWithToast(store, addVoter(doc, name, nextVoterColour(doc.journey.workshop.voters)));
    },
    /** Starts the turn of the first voter with dots; when none can vote (all dots placed; with no voters the panel's
     * button is unavailable) says why in a toast, as the banner that would say it shows only while a vote runs. */
    start: () => {
      const text = startVoting(store);
      if (workshopUi().votingVoterId === null) toast.error(text);
      else say(text);
    },
    stop: () => {
      stopVoting();
      say('');
    },
    reveal: () => set(t('workshop.vote.revealUndo'), { revealed: true }),
    clear: () => {
      set(t('workshop.vote.clearUndo'), {
        votes: [],
        revealed: store.getState().doc.journey.workshop.voteMode === 'open',
      });
      stopVoting();
    },
    placeDot: (kind: Parameters<typeof placeDot>[1], targetId: string) => say(placeDot(store, kind, targetId)),
  };
}

export type VotingActions = ReturnType<typeof votingActions>;
