import { CornerDownRight, Unlink } from 'lucide-react';
import { useId, useState } from 'react';
import type { JourneyId } from '../../domain/ids';
import { isIdOf } from '../../domain/ids';
import { useTranslation } from '../../i18n';
import { defaultStageNames } from '../../i18n/vocabulary';
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
  const { t } = useTranslation();
  // The domain's brokenLinkMessage says the same in English; here it is said in the interface language.
  const broken =
    target?.status === 'missing'
      ? t('editor.linkMissingText')
      : target?.status === 'trashed'
        ? t('editor.linkTrashedText', { title: target.journey.title })
        : null;
  const name = props.itemName.trim() || t('editor.subJourney');
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
      const created = await createJourney(db, { title: name }, { stageNames: defaultStageNames() });
      props.onChange(created.id);
      toast.success(t('editor.subJourneyCreated', { title: created.title }));
    } catch (error) {
      toast.error(errorMessage(error, t('editor.subJourneyFailed')));
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
          title={t('editor.openTheSubJourney', { title: target.journey.title })}
        >
          <CornerDownRight size={14} aria-hidden /> {t('editor.openSubJourney', { title: target.journey.title })}
        </button>
      )}
      {broken && (
        <div className="linked-missing" role="alert">
          <strong>{target?.status === 'trashed' ? t('editor.linkTrashed') : t('editor.linkMissing')}</strong>
          <span>{broken}</span>
        </div>
      )}
      <div className="field">
        <label htmlFor={id} className="field-label">
          {props.linkedJourneyId ? t('editor.repoint') : t('editor.openSubJourneyField')}
        </label>
        <select
          id={id}
          className="input"
          value={selectValue}
          disabled={busy}
          onChange={(e) => void choose(e.target.value)}
        >
          <option value={NONE}>
            {props.linkedJourneyId && !broken ? t('editor.noSubJourney') : t('editor.chooseJourney')}
          </option>
          {choices.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
            </option>
          ))}
          <option value={CREATE}>{t('editor.newJourneyNamed', { name })}</option>
        </select>
        <div className="field-hint">
          {props.kind === 'stage' ? t('editor.stageOpensHint') : t('editor.touchpointOpensHint')}
        </div>
      </div>
      {props.linkedJourneyId && (
        <button type="button" className="btn" onClick={() => props.onChange(null)}>
          <Unlink size={14} aria-hidden /> {t('editor.removeLink')}
        </button>
      )}
    </div>
  );
}
