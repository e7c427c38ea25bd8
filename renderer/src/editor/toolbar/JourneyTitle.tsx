import { useTranslation } from '../../i18n';
import { updateJourney } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';

/** The journey's title, edited in place; one undo step per burst of typing. */
export function JourneyTitle() {
  const store = useEditorStore();
  const title = useEditor((s) => s.doc.journey.title);
  const { t } = useTranslation();
  return (
    <input
      className="journey-title-input"
      aria-label={t('toolbar.journeyTitle')}
      title={title}
      placeholder={t('editor.untitledJourney')}
      data-history-field
      value={title}
      onChange={(e) => {
        const s = store.getState();
        s.run('Rename journey', updateJourney(s.doc, { title: e.target.value }), { coalesceKey: 'journey:title' });
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}
