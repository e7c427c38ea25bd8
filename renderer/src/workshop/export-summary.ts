import { journeyFileName } from '../files/journey/file-name';
import { getHost } from '../platform';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { buildSessionSummary } from '../domain/workshop/summary';
import { summaryToMarkdown } from '../domain/workshop/markdown';
import { toast } from '../ui/toasts';

/** Save the session summary as Markdown through the host (save dialog, or a download on the web). */
export async function exportSummary(store: EditorStore): Promise<void> {
  await store.getState().flush();
  const doc = documentFrom(store.getState().doc);
  const markdown = summaryToMarkdown(buildSessionSummary(doc));
  const title = doc.journey.title.trim() || 'Untitled journey';
  const saved = await getHost().saveFile({
    title: 'Save workshop summary',
    suggestedName: journeyFileName(`${title} workshop summary`, 'md'),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
    bytes: new TextEncoder().encode(markdown),
    mimeType: 'text/markdown',
  });
  if (saved) toast.success('Saved the workshop summary.');
}
