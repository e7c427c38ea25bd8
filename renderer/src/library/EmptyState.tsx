import { FileUp, Map as MapIcon, Plus, Trash2 } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import { refocus } from '../ui/focus';
import { countParams, useTranslation } from '../i18n';
import { TemplateGallery } from './TemplateGallery';

export function EmptyState(props: {
  title: string;
  text: string;
  actions?: ReactNode;
  /** Where focus goes when it fell to the page body as this state came (the last item left the list). */
  focusWhenLost?: () => HTMLElement | null;
}) {
  const { focusWhenLost } = props;
  useEffect(() => {
    if (focusWhenLost) refocus([focusWhenLost()]);
  }, [focusWhenLost]);
  return (
    <section className="empty-state">
      <MapIcon size={40} aria-hidden className="empty-icon" />
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      {props.actions && <div className="empty-actions">{props.actions}</div>}
    </section>
  );
}

/** The Journeys tab: where focus goes when the last journey left the trash (restored or deleted). */
export const journeysTab = () => document.querySelector<HTMLElement>('.library-tabs a[href="#/"]');

/**
 * The library with no journeys: start blank or from a file, or pick a template from the gallery under it.
 * When journeys wait in the trash it says how many, with a link to it, rather than "No journeys yet".
 * Focus that fell to the page body (the last card went to the trash with it) lands on New journey.
 */
export function NoJourneysYet(props: {
  onNewJourney: () => void;
  onNewFromTemplate: (templateId: string) => void;
  onOpenFiles: () => void;
  /** Journeys in the trash; undefined while counting. */
  trashCount?: number;
}) {
  const { t } = useTranslation();
  const newRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    refocus([newRef.current]);
  }, []);
  const inTrash = props.trashCount ?? 0;
  return (
    <>
      <EmptyState
        title={inTrash ? t('library.noJourneysLeftTitle') : t('library.noJourneysTitle')}
        text={inTrash ? t('library.noJourneysLeftText', countParams(inTrash)) : t('library.noJourneysText')}
        actions={
          <>
            <button type="button" ref={newRef} className="btn btn-primary" onClick={props.onNewJourney}>
              <Plus size={16} aria-hidden /> {t('library.newJourney')}
            </button>
            <button type="button" className="btn" onClick={props.onOpenFiles}>
              <FileUp size={16} aria-hidden /> {t('library.openFile')}
            </button>
            {inTrash > 0 && (
              <a href="#/trash" className="btn">
                <Trash2 size={16} aria-hidden /> {t('library.openTrash', countParams(inTrash))}
              </a>
            )}
          </>
        }
      />
      <section className="empty-templates" aria-labelledby="empty-templates-title">
        <h2 id="empty-templates-title">{t('library.startFromTemplate')}</h2>
        <TemplateGallery templates={JOURNEY_TEMPLATES} onChoose={props.onNewFromTemplate} />
      </section>
    </>
  );
}
