/** Running workshop edits through the editor store, and the voting turn. */
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { dotsLeft, nextVoterWithDots } from '../domain/workshop/votes';
import { castVote, patchWorkshop, undoLastDot, type EditResult } from './edits';
import { workshopUi } from './workshop-ui';
import { toast } from '../ui/toasts';
import { t } from '../i18n';

/** Record an edit (one undo step, autosaved); returns the sentence describing what happened or why not. */
export function runEdit(store: EditorStore, result: EditResult): string {
  if (!result.ok) return result.message;
  store.getState().run(result.label, result.changes, result.select ? { select: result.select } : {});
  return result.message;
}

/** Same, telling the user through a toast (for panel buttons, where no inline status is near). */
export function runEditWithToast(store: EditorStore, result: EditResult): boolean {
  const message = runEdit(store, result);
  if (!result.ok) toast.error(message);
  return result.ok;
}

export function startVoting(store: EditorStore): string {
  const s = store.getState();
  const doc = documentFrom(s.doc);
  const first = nextVoterWithDots(doc, null);
  if (!doc.journey.workshop.voters.length) return t('live.voting.addVoters');
  if (!first) return t('live.voting.allPlaced');
  if (doc.journey.workshop.voteMode === 'hidden' && doc.journey.workshop.revealed)
    s.run(t('live.voting.hideTallyUndo'), patchWorkshop(s.doc, { revealed: false }));
  workshopUi().set({ votingVoterId: first.id });
  return t('live.voting.nowVoting', { name: first.name });
}

export function stopVoting() {
  workshopUi().set({ votingVoterId: null });
}

/** Place one dot for the voter whose turn it is; the turn passes on when their dots are used up. */
export function placeDot(store: EditorStore, targetKind: 'touchpoint' | 'pain' | 'opportunity', targetId: string) {
  const voterId = workshopUi().votingVoterId;
  if (!voterId) return t('live.voting.startFirst');
  const s = store.getState();
  const result = castVote(s.doc, voterId, targetKind, targetId, Date.now());
  if (!result.ok) return result.message;
  s.run(result.label, result.changes);
  const doc = documentFrom(store.getState().doc);
  const voter = doc.journey.workshop.voters.find((v) => v.id === voterId);
  const left = dotsLeft(doc, voterId);
  if (left > 0) return t('live.voting.placedLeft', { name: voter?.name ?? t('live.voting.voter'), count: left });
  const next = nextVoterWithDots(doc, voterId);
  workshopUi().set({ votingVoterId: next?.id ?? null });
  return next
    ? t('live.voting.doneNext', { name: voter?.name ?? t('live.voting.voter'), next: next.name })
    : t('live.voting.allVoted');
}

/** Take back the most recent dot of the vote and give the turn back to whoever placed it. */
export function undoDot(store: EditorStore): string {
  const s = store.getState();
  const votes = s.doc.journey.workshop.votes;
  const last = votes.reduce<(typeof votes)[number] | null>((m, v) => (!m || v.castAt >= m.castAt ? v : m), null);
  if (!last) return t('live.voting.noDotBack');
  s.run(t('live.voting.takeBackUndo'), undoLastDot(s.doc, last.voterId));
  workshopUi().set({ votingVoterId: last.voterId });
  const voter = s.doc.journey.workshop.voters.find((v) => v.id === last.voterId);
  return t('live.voting.tookBack', { name: voter?.name ?? t('live.voting.theVoter') });
}

/** Pass the turn to the next voter who still has dots. */
export function nextVoter(store: EditorStore): string {
  const doc = documentFrom(store.getState().doc);
  const next = nextVoterWithDots(doc, workshopUi().votingVoterId);
  workshopUi().set({ votingVoterId: next?.id ?? null });
  return next ? t('live.voting.nowVoting', { name: next.name }) : t('live.voting.allVoted');
}
