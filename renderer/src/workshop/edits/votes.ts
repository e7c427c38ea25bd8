/** Dot voting: voters and their dots. */
import { newId } from '../../domain/ids';
import { LIMITS } from '../../domain/model';
import type { Workshop } from '../../domain/workshop-schema';
import { truncateGraphemes } from '../../domain/workshop/text';
import { documentFrom, type DocState, type RowChange } from '../../session/doc-state';
import { dotsLeft } from '../../domain/workshop/votes';
import { quote, refuse, type EditResult } from './result';
import { t } from '../../i18n';
import { patchWorkshop } from './session';

export function addVoter(doc: DocState, name: string, colour: string): EditResult {
  const clean = truncateGraphemes(name.normalize('NFC').trim(), LIMITS.shortText);
  if (!clean) return refuse(t('live.edits.typeName'));
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return refuse(t('live.edits.pickColour', { example: '#e03131' }));
  const w = doc.journey.workshop;
  if (w.voters.length >= 100) return refuse(t('live.edits.tooManyVoters', { count: 100 }));
  const voter = { id: newId('voter'), name: clean, colour };
  return {
    ok: true,
    label: t('live.edits.addVoterUndo'),
    changes: patchWorkshop(doc, { voters: [...w.voters, voter] }),
    message: t('live.edits.addedVoter', { name: quote(clean) }),
  };
}

export function updateVoter(doc: DocState, voterId: string, patch: { name?: string; colour?: string }): RowChange[] {
  const voters = doc.journey.workshop.voters.map((v) => {
    if (v.id !== voterId) return v;
    const name = patch.name !== undefined ? truncateGraphemes(patch.name.normalize('NFC'), LIMITS.shortText) : v.name;
    const colour = patch.colour && /^#[0-9a-fA-F]{6}$/.test(patch.colour) ? patch.colour : v.colour;
    return { ...v, name: name.trim() ? name : v.name, colour };
  });
  return patchWorkshop(doc, { voters });
}

/** Remove a voter and the dots they placed. */
export function removeVoter(doc: DocState, voterId: string): RowChange[] {
  const w = doc.journey.workshop;
  return patchWorkshop(doc, {
    voters: w.voters.filter((v) => v.id !== voterId),
    votes: w.votes.filter((v) => v.voterId !== voterId),
  });
}

export function castVote(
  doc: DocState,
  voterId: string,
  targetKind: Workshop['voteTarget'],
  targetId: string,
  now: number,
): EditResult {
  const w = doc.journey.workshop;
  const voter = w.voters.find((v) => v.id === voterId);
  if (!voter) return refuse(t('live.edits.chooseVoter'));
  if (dotsLeft(documentFrom(doc), voterId) <= 0) return refuse(t('live.edits.noDots', { name: voter.name }));
  if (w.votes.length >= 5000) return refuse(t('live.edits.tooManyVotes'));
  const vote = { id: newId('vote'), voterId: voter.id, targetKind, targetId, castAt: now };
  return {
    ok: true,
    label: t('live.edits.placeUndo'),
    changes: patchWorkshop(doc, { votes: [...w.votes, vote] }),
    message: t('live.edits.placed', { name: voter.name }),
  };
}

/** Take back the voter's most recent dot. */
export function undoLastDot(doc: DocState, voterId: string): RowChange[] {
  const votes = doc.journey.workshop.votes;
  let last = -1;
  votes.forEach((v, i) => {
    if (v.voterId === voterId && (last < 0 || v.castAt >= votes[last]!.castAt)) last = i;
  });
  if (last < 0) return [];
  return patchWorkshop(doc, { votes: votes.filter((_, i) => i !== last) });
}
