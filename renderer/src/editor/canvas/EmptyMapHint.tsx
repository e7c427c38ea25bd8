import { Panel } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n';
import { useEditor } from '../../session/react';
import { isEditableTarget } from '../../ui/dom';

/**
 * What to do on a map with no touchpoints yet, in screen space so it reads at any zoom (the first view
 * keeps room for it above the stage headers: first-view.ts). It never takes the pointer: the map under
 * it stays usable. While a text field has the keyboard (a new journey opens with its title box focused),
 * N types a letter there rather than adding a touchpoint, so the hint leaves N out until the field is left.
 */
export function EmptyMapHint() {
  const { t } = useTranslation();
  const empty = useEditor((s) =>
    hasAny(s.doc.touchpoints) ? null : hasAny(s.doc.stages) ? ('noTouchpoints' as const) : ('noStages' as const),
  );
  const typing = useSyncExternalStore(subscribeFocus, typingFocused, () => false);
  if (empty === null) return null;
  const key =
    empty === 'noStages'
      ? typing
        ? 'editor.emptyMap.noStagesTyping'
        : 'editor.emptyMap.noStages'
      : typing
        ? 'editor.emptyMap.noTouchpointsTyping'
        : 'editor.emptyMap.noTouchpoints';
  return (
    <Panel position="top-center" className="empty-map-hint">
      <p>{t(key)}</p>
    </Panel>
  );
}

/** Whether the keyboard is in a text field, so the map's shortcuts do not reach the map. */
function typingFocused(): boolean {
  return isEditableTarget(document.activeElement);
}

function subscribeFocus(changed: () => void): () => void {
  document.addEventListener('focusin', changed);
  document.addEventListener('focusout', changed);
  return () => {
    document.removeEventListener('focusin', changed);
    document.removeEventListener('focusout', changed);
  };
}

/** Whether a record has a key, without listing a large map's keys on every change of the store. */
function hasAny(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
