import { journeyFileName } from '../files/journey/file-name';
import { getHost } from '../platform';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { buildSessionSummary } from '../domain/workshop/summary';
import { summaryToMarkdown, type SummaryWords } from '../domain/workshop/markdown';
import { workshopSummaryWords } from '../reports/markdown';
import { REPORT_LABELS } from '../reports/labels';
import { toast } from '../ui/toasts';
import { currentLanguage, LANGUAGE_LOCALES, t } from '../i18n';

/** The summary document's words in the interface language: the report's workshop-summary labels, one set of words for both. */
export function summaryWords(): SummaryWords {
  return workshopSummaryWords(REPORT_LABELS[currentLanguage()]);
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
