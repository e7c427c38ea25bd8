import type { JourneyId } from '../domain/ids';
import type { JourneyRef } from '../domain/links';
import type { JourneySummary } from '../storage';
import { useTranslation } from '../i18n';
import { JourneyCard } from './JourneyCard';
import { useFocusAfterRemoval } from './focus-after-removal';
import type { LibraryActions } from './use-library';

type CardActions = Pick<LibraryActions, 'open' | 'startRename' | 'endRename' | 'duplicate' | 'trash'> &
  Partial<Pick<LibraryActions, 'openJourney' | 'select'>>;

/** The library's journeys as cards; `renaming` is the id of the card being renamed. */
export function JourneyGrid(props: {
  summaries: JourneySummary[];
  renaming: string | null;
  actions: CardActions;
  /** Each journey's parents (the journeys linking to it), for its “Part of” line. */
  parents?: ReadonlyMap<JourneyId, JourneyRef[]>;
  /** The journeys ticked for an action on them all. */
  selected?: readonly JourneyId[];
}) {
  const { actions } = props;
  const selected = new Set(props.selected ?? []);
  const select = actions.select;
  const { t } = useTranslation();
  const list = useFocusAfterRemoval<HTMLUListElement>(
    props.summaries.map((s) => s.journey.id),
    '.card-open',
  );
  return (
    <ul
      ref={list}
      className={`journey-grid${selected.size > 0 ? ' has-selection' : ''}`}
      aria-label={t('library.journeys')}
    >
      {props.summaries.map((s) => (
        <JourneyCard
          key={s.journey.id}
          summary={s}
          renaming={props.renaming === s.journey.id}
          onOpen={() => actions.open(s)}
          onStartRename={() => actions.startRename(s)}
          onEndRename={(title) => actions.endRename(s, title)}
          onDuplicate={() => actions.duplicate(s)}
          onTrash={() => actions.trash(s)}
          parents={props.parents?.get(s.journey.id)}
          onOpenJourney={actions.openJourney}
          selected={selected.has(s.journey.id)}
          onSelect={select && ((on) => select(s.journey.id, on))}
        />
      ))}
    </ul>
  );
}
