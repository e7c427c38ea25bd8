import { ArchiveRestore, Trash2 } from 'lucide-react';
import type { JourneyId } from '../domain/ids';
import type { JourneySummary } from '../storage';
import { currentLanguage, formatRelativeTime, useTranslation } from '../i18n';
import { JourneyCounts } from './JourneyCard';
import { useFocusAfterRemoval } from './focus-after-removal';
import type { LibraryActions } from './use-library';
import { shownTitle } from './shown-title';

/** The trashed journeys as rows, each with a tick box (for the selection bar), Restore and Delete forever. */
export function TrashList(props: {
  summaries: JourneySummary[];
  actions: Pick<LibraryActions, 'restore' | 'purge'> & Partial<Pick<LibraryActions, 'select'>>;
  selected?: readonly JourneyId[];
}) {
  const { actions } = props;
  const selected = new Set(props.selected ?? []);
  const select = actions.select;
  const { t } = useTranslation();
  const list = useFocusAfterRemoval<HTMLUListElement>(
    props.summaries.map((s) => s.journey.id),
    '.row-restore',
  );
  return (
    <ul ref={list} className="journey-rows" aria-label={t('library.trashed')}>
      {props.summaries.map((s) => (
        <TrashRow
          key={s.journey.id}
          summary={s}
          onRestore={() => actions.restore(s)}
          onPurge={() => actions.purge(s)}
          selected={selected.has(s.journey.id)}
          onSelect={select && ((on) => select(s.journey.id, on))}
        />
      ))}
    </ul>
  );
}

function TrashRow(props: {
  summary: JourneySummary;
  onRestore: () => void;
  onPurge: () => void;
  selected: boolean;
  onSelect?: ((on: boolean) => void) | undefined;
}) {
  const { journey } = props.summary;
  const { t } = useTranslation();
  return (
    <li className={`journey-row${props.selected ? ' is-selected' : ''}`} data-journey-id={journey.id}>
      {props.onSelect && (
        <input
          type="checkbox"
          className="row-select"
          checked={props.selected}
          aria-label={t('library.selectJourney', { title: shownTitle(journey.title) })}
          title={t('library.selectJourneyTitle')}
          onChange={(e) => props.onSelect?.(e.currentTarget.checked)}
        />
      )}
      <div className="row-main">
        <bdi className="card-title">{shownTitle(journey.title)}</bdi>
        <JourneyCounts summary={props.summary} />
      </div>
      <span className="muted">
        {journey.deletedAt
          ? t('library.deleted', { when: formatRelativeTime(journey.deletedAt, Date.now(), currentLanguage()) })
          : null}
      </span>
      <button
        type="button"
        className="btn row-restore"
        onClick={props.onRestore}
        aria-label={t('library.restoreLabel', { title: shownTitle(journey.title) })}
      >
        <ArchiveRestore size={16} aria-hidden /> {t('library.restore')}
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={props.onPurge}
        aria-label={t('library.deleteForeverLabel', { title: shownTitle(journey.title) })}
      >
        <Trash2 size={16} aria-hidden /> {t('library.deleteForever')}
      </button>
    </li>
  );
}
