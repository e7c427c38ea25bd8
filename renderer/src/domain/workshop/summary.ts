/**
 * The session summary: what the room added since the session started (by
 * time), the top-voted items, the open questions, the parking lot and the
 * clusters. Pure; the Markdown lives in markdown.ts.
 */
import { stageAtX, stageColumns } from '../layout';
import type { JourneyDocument } from '../model';
import { voteResults, type VoteResult } from './votes';

export interface SummaryEntry {
  kind: 'touchpoint' | 'note' | 'question';
  id: string;
  text: string;
  stageName: string;
  createdAt: number;
}

export interface SummaryCluster {
  id: string;
  title: string;
  notes: string[];
}

export interface SessionSummary {
  journeyTitle: string;
  startedAt: number | null;
  /** Items created at or after the session start, oldest first (empty without a session). */
  added: SummaryEntry[];
  /** Items with the most dots, ties at the cut-off included. */
  topVoted: VoteResult[];
  /** Every question note on the map. */
  openQuestions: { id: string; text: string; stageName: string }[];
  parkingLot: { id: string; text: string }[];
  clusters: SummaryCluster[];
  counts: { touchpoints: number; notes: number; questions: number; votes: number };
}

/** Keep the first `limit` results plus any that tie with the last one kept. */
export function topWithTies(results: readonly VoteResult[], limit: number): VoteResult[] {
  if (results.length <= limit) return [...results];
  const cutRank = results[limit - 1]!.rank;
  return results.filter((r, i) => i < limit || r.rank === cutRank);
}

export function buildSessionSummary(doc: JourneyDocument, options: { top?: number } = {}): SessionSummary {
  const workshop = doc.journey.workshop;
  const started = workshop.sessionStartedAt;
  const columns = stageColumns(doc.stages);
  const stageNames = new Map(doc.stages.map((s) => [s.id as string, s.name]));
  const noteStage = (x: number) => {
    const id = stageAtX(columns, x + 90);
    return id ? (stageNames.get(id) ?? '') : '';
  };
  const added: SummaryEntry[] = [];
  if (started !== null) {
    for (const t of doc.touchpoints) {
      if (t.createdAt !== null && t.createdAt >= started)
        added.push({
          kind: 'touchpoint',
          id: t.id,
          text: t.title,
          stageName: stageNames.get(t.stageId) ?? '',
          createdAt: t.createdAt,
        });
    }
    for (const n of doc.notes) {
      if (n.createdAt !== null && n.createdAt >= started)
        added.push({
          kind: n.kind === 'question' ? 'question' : 'note',
          id: n.id,
          text: n.text,
          stageName: noteStage(n.position.x),
          createdAt: n.createdAt,
        });
    }
  }
  added.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const questions = doc.notes
    .filter((n) => n.kind === 'question' && n.text.trim())
    .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || a.id.localeCompare(b.id))
    .map((n) => ({ id: n.id, text: n.text, stageName: noteStage(n.position.x) }));
  const clusters = workshop.clusters.map((c) => ({
    id: c.id,
    title: c.title,
    notes: doc.notes.filter((n) => n.clusterId === c.id).map((n) => n.text),
  }));
  const results = voteResults(doc);
  return {
    journeyTitle: doc.journey.title,
    startedAt: started,
    added,
    topVoted: topWithTies(results, options.top ?? 10),
    openQuestions: questions,
    parkingLot: workshop.parkingLot.map((p) => ({ id: p.id, text: p.text })),
    clusters,
    counts: {
      touchpoints: added.filter((a) => a.kind === 'touchpoint').length,
      notes: added.filter((a) => a.kind === 'note').length,
      questions: added.filter((a) => a.kind === 'question').length,
      votes: results.reduce((sum, r) => sum + r.votes, 0),
    },
  };
}
