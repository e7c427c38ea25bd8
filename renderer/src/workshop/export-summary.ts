import { journeyFileName } from '../files/journey/file-name';
import { getHost } from '../platform';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { buildSessionSummary } from '../domain/workshop/summary';
import { summaryToMarkdown, type SummaryWords } from '../domain/workshop/markdown';
import { toast } from '../ui/toasts';
import { currentLanguage, LANGUAGE_LOCALES, t } from '../i18n';

/** The summary document's words in the interface language (section live, summary.doc). */
export function summaryWords(): SummaryWords {
  const count = (key: string) => (n: number) => t(key, { count: n });
  return {
    title: (title) => t('live.summary.doc.title', { title }),
    untitledJourney: t('live.summary.untitledJourney'),
    started: (time) => t('live.summary.doc.started', { time }),
    addedCounts: (c) =>
      t('live.summary.doc.addedCounts', {
        touchpoints: count('live.summary.doc.touchpoints')(c.touchpoints),
        notes: count('live.summary.doc.notes')(c.notes),
        questions: count('live.summary.doc.questions')(c.questions),
      }),
    dots: count('live.summary.doc.dots'),
    topVoted: t('live.summary.doc.topVoted'),
    openQuestions: t('live.summary.doc.openQuestions'),
    addedHeading: t('live.summary.doc.addedHeading'),
    clusters: t('live.summary.doc.clusters'),
    parkingLot: t('live.summary.doc.parkingLot'),
    untitled: t('live.summary.doc.untitled'),
    untitledCluster: t('live.summary.doc.untitledCluster'),
    empty: t('live.summary.doc.empty'),
    kind: {
      touchpoint: t('live.summary.doc.kindTouchpoint'),
      pain: t('live.summary.doc.kindPain'),
      opportunity: t('live.summary.doc.kindOpportunity'),
    },
    addedKind: {
      touchpoint: t('live.summary.doc.addedTouchpoint'),
      note: t('live.summary.doc.addedNote'),
      question: t('live.summary.doc.addedQuestion'),
    },
  };
}

/** Save the session summary as Markdown through the host (save dialog, or a download on the web). */
export async function exportSummary(store: EditorStore): Promise<void> {
  await store.getState().flush();
  const doc = documentFrom(store.getState().doc);
  const markdown = summaryToMarkdown(buildSessionSummary(doc), {
    words: summaryWords(),
    locale: LANGUAGE_LOCALES[currentLanguage()],
  });
  const title = doc.journey.title.trim() || t('live.summary.untitledJourney');
  const saved = await getHost().saveFile({
    title: t('live.summary.saveTitle'),
    suggestedName: journeyFileName(t('live.summary.fileName', { title }), 'md'),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
    bytes: new TextEncoder().encode(markdown),
    mimeType: 'text/markdown',
  });
  if (saved) toast.success(t('live.summary.saved'));
}
