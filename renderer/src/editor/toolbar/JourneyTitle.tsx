import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n';
import { updateJourney } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';

/** A journey just created blank, whose title box takes focus (its text selected) when its editor opens. */
let naming: string | null = null;

/**
 * Asks the editor to put the caret in the title of the journey about to open (a blank one just
 * created), so that typing names it instead of leaving "Untitled journey" (or reaching the map's
 * shortcuts); Enter or a click on the map goes on.
 */
export function nameOnOpen(journeyId: string): void {
  naming = journeyId;
}

/** The journey's title, edited in place; one undo step per burst of typing. */
export function JourneyTitle() {
  const store = useEditorStore();
  const title = useEditor((s) => s.doc.journey.title);
  const { t } = useTranslation();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (naming === null || naming !== store.getState().doc.journey.id) return;
    naming = null;
    box.current?.focus();
    box.current?.select();
  }, [store]);
  return (
    <input
      ref={box}
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
