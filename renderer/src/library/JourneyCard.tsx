import { useEffect, useRef } from 'react';
import { Copy, Map as MapIcon, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import type { JourneyId } from '../domain/ids';
import type { JourneyRef } from '../domain/links';
import { LIMITS } from '../domain/model';
import type { JourneySummary } from '../storage';
import { DropdownMenu } from '../ui/menu';
import { countParams, currentLanguage, formatDateTime, formatRelativeTime, useTranslation } from '../i18n';
import type { JourneyStatus, JourneyType } from '../domain/vocabulary';
import { shownTitle } from './shown-title';

/** Each status's and type's name (catalogue key). */
export const STATUS_KEYS: Record<JourneyStatus, string> = {
  draft: 'library.statusDraft',
  'in-review': 'library.statusInReview',
  final: 'library.statusFinal',
};
export const TYPE_KEYS: Record<JourneyType, string> = {
  'current-state': 'library.typeCurrentState',
  'future-state': 'library.typeFutureState',
  blueprint: 'library.typeBlueprint',
};

/** Status, type, owner and tags of a journey, as small labels on its card. */
export function JourneyBadges({ summary }: { summary: JourneySummary }) {
  const { journey } = summary;
  const { t } = useTranslation();
  return (
    <ul className="card-badges" aria-label={t('library.journeyDetails')}>
      <li className={`card-badge status-${journey.status}`} title={t('library.status')}>
        {t(STATUS_KEYS[journey.status])}
      </li>
      <li className="card-badge" title={t('library.type')}>
        {t(TYPE_KEYS[journey.type])}
      </li>
      {journey.owner.trim() && (
        <li className="card-badge" title={t('library.owner')}>
          {t('library.ownerBadge', { owner: journey.owner.trim() })}
        </li>
      )}
      {journey.tags.slice(0, 4).map((tag) => (
        <li key={tag} className="card-badge" title={t('library.tag')}>
          {`#${tag}`}
        </li>
      ))}
      {journey.tags.length > 4 && <li className="card-badge">{`+${journey.tags.length - 4}`}</li>}
    </ul>
  );
}

/** “6 stages · 1 touchpoint”. */
export function JourneyCounts({ summary }: { summary: JourneySummary }) {
  const { t } = useTranslation();
  return (
    <span className="muted">
      {t('library.stages', countParams(summary.stageCount))} ·{' '}
      {t('library.touchpoints', countParams(summary.touchpointCount))}
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
  /** Ticked for an action on several journeys at once (the library's selection bar). */
  selected?: boolean;
  onSelect?: (on: boolean) => void;
}

/** One journey in the library grid: its title (or the rename field), counts, last edit and menu. */
export function JourneyCard(props: JourneyCardProps) {
  const { journey } = props.summary;
  const { t } = useTranslation();
  const language = currentLanguage();
  const openButton = useRef<HTMLButtonElement>(null);
  // A rename ended with Enter or Escape gives focus back to the card, not to the page body.
  const refocusAfterRename = useRef(false);
  useEffect(() => {
    if (props.renaming || !refocusAfterRename.current) return;
    refocusAfterRename.current = false;
    openButton.current?.focus();
  }, [props.renaming]);
  return (
    <li className={`journey-card${props.selected ? ' is-selected' : ''}`} data-journey-id={journey.id}>
      {props.onSelect && (
        <input
          type="checkbox"
          className="card-select"
          checked={props.selected ?? false}
          aria-label={t('library.selectJourney', { title: shownTitle(journey.title) })}
          title={t('library.selectJourneyTitle')}
          onChange={(e) => props.onSelect?.(e.currentTarget.checked)}
        />
      )}
      {props.renaming ? (
        <input
          className="input card-rename"
          aria-label={t('library.journeyTitle')}
          defaultValue={journey.title}
          maxLength={LIMITS.shortText}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== 'Escape') return;
            // Focus moves to the open button before this key's keypress: without this, that Enter would open the journey.
            e.preventDefault();
            refocusAfterRename.current = true;
            void props.onEndRename(e.key === 'Enter' ? e.currentTarget.value : null);
          }}
          onBlur={(e) => void props.onEndRename(e.currentTarget.value)}
        />
      ) : (
        <button
          ref={openButton}
          type="button"
          className="card-open"
          onClick={() => props.onOpen()}
          onKeyDown={(e) => {
            if (e.key === 'F2') props.onStartRename();
            if (e.key === 'Delete') props.onTrash();
          }}
          title={t('library.openJourney')}
        >
          {/* Three lines at most (CSS); the whole title in its tooltip, and in the button's name. */}
          <bdi className="card-title" title={shownTitle(journey.title)}>
            {shownTitle(journey.title)}
          </bdi>
          {journey.client && <bdi className="card-client">{journey.client}</bdi>}
        </button>
      )}
      <JourneyBadges summary={props.summary} />
      {props.parents && props.parents.length > 0 && (
        <p className="card-parents">
          {t('library.partOf')}{' '}
          {props.parents.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <button type="button" className="card-parent" onClick={() => props.onOpenJourney?.(p.id)}>
                <bdi>{p.title}</bdi>
              </button>
            </span>
          ))}
        </p>
      )}
      <div className="card-meta">
        <JourneyCounts summary={props.summary} />
        <span className="muted" title={formatDateTime(journey.updatedAt, language)}>
          {t('library.edited', { when: formatRelativeTime(journey.updatedAt, Date.now(), language) })}
        </span>
      </div>
      <div className="card-menu">
        <DropdownMenu
          label={t('library.actionsFor', { title: shownTitle(journey.title) })}
          title={t('library.moreActions')}
          trigger={<MoreHorizontal size={16} aria-hidden />}
          items={[
            { label: t('library.open'), icon: <MapIcon size={16} />, onSelect: props.onOpen },
            { label: t('library.rename'), icon: <Pencil size={16} />, shortcut: 'F2', onSelect: props.onStartRename },
            { label: t('library.duplicate'), icon: <Copy size={16} />, onSelect: props.onDuplicate },
            {
              label: t('library.moveToTrash'),
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
