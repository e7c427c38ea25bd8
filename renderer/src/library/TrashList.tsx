import { ArchiveRestore, Trash2 } from 'lucide-react';
import type { JourneySummary } from '../storage';
import { relativeTime } from '../ui/time';
import { JourneyCounts } from './JourneyCard';
import type { LibraryActions } from './use-library';

/** The trashed journeys as rows, each with Restore and Delete forever. */
export function TrashList(props: { summaries: JourneySummary[]; actions: Pick<LibraryActions, 'restore' | 'purge'> }) {
  const { actions } = props;
  return (
    <ul className="journey-rows" aria-label="Trashed journeys">
      {props.summaries.map((s) => (
        <TrashRow
          key={s.journey.id}
          summary={s}
          onRestore={() => actions.restore(s)}
          onPurge={() => actions.purge(s)}
        />
      ))}
    </ul>
  );
}

function TrashRow(props: { summary: JourneySummary; onRestore: () => void; onPurge: () => void }) {
  const { journey } = props.summary;
  return (
    <li className="journey-row" data-journey-id={journey.id}>
      <div className="row-main">
        <span className="card-title">{journey.title}</span>
        <JourneyCounts summary={props.summary} />
      </div>
      <span className="muted">Deleted {journey.deletedAt ? relativeTime(journey.deletedAt) : ''}</span>
      <button type="button" className="btn" onClick={props.onRestore} aria-label={`Restore ${journey.title}`}>
        <ArchiveRestore size={16} aria-hidden /> Restore
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={props.onPurge}
        aria-label={`Delete ${journey.title} forever`}
      >
        <Trash2 size={16} aria-hidden /> Delete forever
      </button>
    </li>
  );
}
