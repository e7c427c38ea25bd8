import { Copy, Map as MapIcon, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import type { JourneyId } from '../domain/ids';
import type { JourneyRef } from '../domain/links';
import type { JourneySummary } from '../storage';
import { DropdownMenu } from '../ui/menu';
import { JOURNEY_STATUS_LABELS, JOURNEY_TYPE_LABELS } from '../domain/vocabulary';
import { relativeTime } from '../ui/time';

/** Status, type, owner and tags of a journey, as small labels on its card. */
export function JourneyBadges({ summary }: { summary: JourneySummary }) {
  const { journey } = summary;
  return (
    <ul className="card-badges" aria-label="Journey details">
      <li className={`card-badge status-${journey.status}`} title="Status">
        {JOURNEY_STATUS_LABELS[journey.status]}
      </li>
      <li className="card-badge" title="Type">
        {JOURNEY_TYPE_LABELS[journey.type]}
      </li>
      {journey.owner.trim() && (
        <li className="card-badge" title="Owner">
          Owner: {journey.owner.trim()}
        </li>
      )}
      {journey.tags.slice(0, 4).map((tag) => (
        <li key={tag} className="card-badge" title="Tag">
          #{tag}
        </li>
      ))}
      {journey.tags.length > 4 && <li className="card-badge">+{journey.tags.length - 4}</li>}
    </ul>
  );
}

/** “6 stages · 1 touchpoint”. */
export function JourneyCounts({ summary }: { summary: JourneySummary }) {
  return (
    <span className="muted">
      {summary.stageCount} {summary.stageCount === 1 ? 'stage' : 'stages'} · {summary.touchpointCount}{' '}
      {summary.touchpointCount === 1 ? 'touchpoint' : 'touchpoints'}
    </span>
  );
}

export interface JourneyCardProps {
  summary: JourneySummary;
  /** The title is an input while renaming. */
  renaming: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  /** The typed title, or null when renaming was cancelled. */
  onEndRename: (title: string | null) => void | Promise<void>;
  onDuplicate: () => void;
  onTrash: () => void;
  /** The journeys whose stages or touchpoints open this one (“Part of …”). */
  parents?: readonly JourneyRef[];
  onOpenJourney?: (id: JourneyId) => void;
}

/** One journey in the library grid: its title (or the rename field), counts, last edit and menu. */
export function JourneyCard(props: JourneyCardProps) {
  const { journey } = props.summary;
  return (
    <li className="journey-card" data-journey-id={journey.id}>
      {props.renaming ? (
        <input
          className="input card-rename"
          aria-label="Journey title"
          defaultValue={journey.title}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void props.onEndRename(e.currentTarget.value);
            if (e.key === 'Escape') void props.onEndRename(null);
          }}
          onBlur={(e) => void props.onEndRename(e.currentTarget.value)}
        />
      ) : (
        <button
          type="button"
          className="card-open"
          onClick={() => props.onOpen()}
          onKeyDown={(e) => {
            if (e.key === 'F2') props.onStartRename();
            if (e.key === 'Delete') props.onTrash();
          }}
          title="Open journey (F2 to rename)"
        >
          <span className="card-title">{journey.title}</span>
          {journey.client && <span className="card-client">{journey.client}</span>}
        </button>
      )}
      <JourneyBadges summary={props.summary} />
      {props.parents && props.parents.length > 0 && (
        <p className="card-parents">
          Part of:{' '}
          {props.parents.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <button type="button" className="card-parent" onClick={() => props.onOpenJourney?.(p.id)}>
                {p.title}
              </button>
            </span>
          ))}
        </p>
      )}
      <div className="card-meta">
        <JourneyCounts summary={props.summary} />
        <span className="muted" title={new Date(journey.updatedAt).toLocaleString()}>
          Edited {relativeTime(journey.updatedAt)}
        </span>
      </div>
      <div className="card-menu">
        <DropdownMenu
          label={`Actions for ${journey.title}`}
          title="More actions"
          trigger={<MoreHorizontal size={16} aria-hidden />}
          items={[
            { label: 'Open', icon: <MapIcon size={16} />, onSelect: props.onOpen },
            { label: 'Rename', icon: <Pencil size={16} />, shortcut: 'F2', onSelect: props.onStartRename },
            { label: 'Duplicate', icon: <Copy size={16} />, onSelect: props.onDuplicate },
            {
              label: 'Move to trash',
              icon: <Trash2 size={16} />,
              shortcut: 'Del',
              danger: true,
              onSelect: props.onTrash,
            },
          ]}
        />
      </div>
    </li>
  );
}
