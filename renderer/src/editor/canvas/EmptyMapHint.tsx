import { Panel } from '@xyflow/react';
import { useTranslation } from '../../i18n';
import { useEditor } from '../../session/react';

/**
 * What to do on a map with no touchpoints yet, in screen space so it reads at any zoom (the first view
 * keeps room for it above the stage headers: first-view.ts). It never takes the pointer: the map under
 * it stays usable.
 */
export function EmptyMapHint() {
  const { t } = useTranslation();
  const empty = useEditor((s) =>
    hasAny(s.doc.touchpoints) ? null : hasAny(s.doc.stages) ? ('noTouchpoints' as const) : ('noStages' as const),
  );
  if (empty === null) return null;
  return (
    <Panel position="top-center" className="empty-map-hint">
      <p>{t(empty === 'noStages' ? 'editor.emptyMap.noStages' : 'editor.emptyMap.noTouchpoints')}</p>
    </Panel>
  );
}

/** Whether a record has a key, without listing a large map's keys on every change of the store. */
function hasAny(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
