import { CornerDownRight, Unlink } from 'lucide-react';
import { useId, useState } from 'react';
import type { JourneyId } from '../../domain/ids';
import { isIdOf } from '../../domain/ids';
import { brokenLinkMessage } from '../../domain/links';
import { useServices } from '../../services';
import { createJourney } from '../../storage';
import { errorMessage, toast } from '../../ui/toasts';
import { useJourneyLinks, useLinkTarget, type JourneyLinksValue } from './journey-links';

const NONE = '';
const CREATE = 'create';

/**
 * The inspector's “Sub-journey” section for a stage or a touchpoint: pick an
 * existing journey or create one named after the item, open it, re-point or
 * remove the link. A link to a journey that is gone says so.
 */
interface LinkedJourneyFieldProps {
  /** “stage” or “touchpoint”, for labels. */
  kind: string;
  itemName: string;
  linkedJourneyId: JourneyId | null;
  onChange: (target: JourneyId | null) => void;
}

export function LinkedJourneyField(props: LinkedJourneyFieldProps) {
  const links = useJourneyLinks();
  // A live session's shared editor knows no other journeys.
  return links ? <LinkedJourneyPicker {...props} links={links} /> : null;
}

function LinkedJourneyPicker({ links, ...props }: LinkedJourneyFieldProps & { links: JourneyLinksValue }) {
  const { db } = useServices();
  const target = useLinkTarget(props.linkedJourneyId);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const broken = target ? brokenLinkMessage(target) : null;
  const name = props.itemName.trim() || 'Sub-journey';
  const choices = [...(links.journeys?.values() ?? [])]
    .filter((j) => j.deletedAt === null && j.id !== links.journeyId)
    .sort((a, b) => a.title.localeCompare(b.title));

  const choose = async (value: string) => {
    if (value === NONE) return props.onChange(null);
    if (value !== CREATE) {
      if (isIdOf('journey', value)) props.onChange(value);
      return;
    }
    setBusy(true);
    try {
      const created = await createJourney(db, { title: name });
      props.onChange(created.id);
      toast.success(`Created the journey “${created.title}” and linked it as a sub-journey.`);
    } catch (error) {
      toast.error(errorMessage(error, 'The sub-journey could not be created; try again.'));
    } finally {
      setBusy(false);
    }
  };

  const selectValue = props.linkedJourneyId && target?.status === 'ok' ? props.linkedJourneyId : NONE;
  return (
    <div className="linked-journey">
      {target?.status === 'ok' && (
        <button
          type="button"
          className="btn linked-open"
          onClick={() => links.open(target.journey.id, true)}
          title={`Open the sub-journey “${target.journey.title}”`}
        >
          <CornerDownRight size={14} aria-hidden /> Open sub-journey “{target.journey.title}”
        </button>
      )}
      {broken && (
        <div className="linked-missing" role="alert">
          <strong>
            {target?.status === 'trashed' ? 'Linked journey is in the trash' : 'Linked journey is missing'}
          </strong>
          <span>{broken}</span>
        </div>
      )}
      <div className="field">
        <label htmlFor={id} className="field-label">
          {props.linkedJourneyId ? 'Re-point sub-journey' : 'Open sub-journey'}
        </label>
        <select
          id={id}
          className="input"
          value={selectValue}
          disabled={busy}
          onChange={(e) => void choose(e.target.value)}
        >
          <option value={NONE}>
            {props.linkedJourneyId && !broken ? 'No sub-journey (remove link)' : 'Choose a journey…'}
          </option>
          {choices.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
            </option>
          ))}
          <option value={CREATE}>New journey “{name}”</option>
        </select>
        <div className="field-hint">The {props.kind} opens this journey; its breadcrumbs lead back here.</div>
      </div>
      {props.linkedJourneyId && (
        <button type="button" className="btn" onClick={() => props.onChange(null)}>
          <Unlink size={14} aria-hidden /> Remove link
        </button>
      )}
    </div>
  );
}
