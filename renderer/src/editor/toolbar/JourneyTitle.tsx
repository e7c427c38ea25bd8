import { useEffect, useRef, type CSSProperties } from 'react';
import { LIMITS } from '../../domain/model';
import { useTranslation } from '../../i18n';
import { updateJourney } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import { handFocusTo, takeFocusHandOff } from '../../ui/focus';

/** The focus hand-off key of a journey's title box (see `ui/focus.ts`). */
const titleFocusKey = (journeyId: string) => `journey-title:${journeyId}`;

/**
 * Asks the editor to put the caret in the title of the journey about to open (a blank one just
 * created), so that typing names it instead of leaving "Untitled journey" (or reaching the map's
 * shortcuts); Enter or a click on the map goes on. A focus hand-off across the change of screen.
 */
export function nameOnOpen(journeyId: string): void {
  handFocusTo(titleFocusKey(journeyId));
}

/** The journey's title, edited in place; one undo step per burst of typing. */
export function JourneyTitle() {
  const store = useEditorStore();
  const title = useEditor((s) => s.doc.journey.title);
  const { t } = useTranslation();
  const placeholder = t('editor.untitledJourney');
  // The title's floor in the toolbar's full and medium tiers (editor.css): 160 and 150 px, or less for a shorter title.
  const floor = { '--title-chars': [...(title || placeholder)].length } as CSSProperties;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Taken with its text selected, so typing replaces "Untitled journey".
    if (takeFocusHandOff(titleFocusKey(store.getState().doc.journey.id), box.current)) box.current?.select();
  }, [store]);
  return (
    <input
      ref={box}
      className="journey-title-input"
      aria-label={t('toolbar.journeyTitle')}
      title={title}
      placeholder={placeholder}
      style={floor}
      data-history-field
      // A longer paste would not fit the journey row, and every save after it would be refused.
      maxLength={LIMITS.shortText}
      value={title}
      onChange={(e) => {
        const s = store.getState();
        s.run('Rename journey', updateJourney(s.doc, { title: e.target.value }), { coalesceKey: 'journey:title' });
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}
