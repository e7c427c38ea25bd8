import { CornerDownRight, Unlink } from 'lucide-react';
import type { JourneyId } from '../../domain/ids';
import { useEditorStore } from '../../session/react';
import { useJourneyLinks, useLinkTarget } from './journey-links';
import { useTranslation } from '../../i18n';

/**
 * The marker on a card or stage header that opens its sub-journey; a link to
 * a journey that is gone shows as broken and selects the item instead, so
 * the inspector offers Re-point and Remove.
 */
/** `itemId`: the stage or touchpoint carrying the link. */
export function LinkMarker(props: { target: JourneyId; itemId: string }) {
  const links = useJourneyLinks();
  const store = useEditorStore();
  const target = useLinkTarget(props.target);
  const { t } = useTranslation();
  if (!links || !target) return null;
  if (target.status !== 'ok') {
    // One sentence for the eye and the ear: a journey in the trash is not "missing".
    const said = target.status === 'trashed' ? t('editor.linkTrashed') : t('editor.linkMissing');
    return (
      <button
        type="button"
        className="link-marker is-broken nodrag"
        aria-label={said}
        title={said}
        onClick={(e) => {
          e.stopPropagation();
          store.getState().setSelection([props.itemId]);
        }}
      >
        <Unlink size={12} aria-hidden />
      </button>
    );
  }
  return (
    <button
      type="button"
      className="link-marker nodrag"
      aria-label={t('editor.openSubJourneyLabel', { title: target.journey.title })}
      title={t('editor.openSubJourney', { title: target.journey.title })}
      onClick={(e) => {
        e.stopPropagation();
        links.open(target.journey.id, true);
      }}
    >
      <CornerDownRight size={12} aria-hidden />
    </button>
  );
}
