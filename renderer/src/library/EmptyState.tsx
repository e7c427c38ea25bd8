import { FileUp, Map as MapIcon, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import { useTranslation } from '../i18n';
import { TemplateGallery } from './TemplateGallery';

export function EmptyState(props: { title: string; text: string; actions?: ReactNode }) {
  return (
    <section className="empty-state">
      <MapIcon size={40} aria-hidden className="empty-icon" />
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      {props.actions && <div className="empty-actions">{props.actions}</div>}
    </section>
  );
}

/** The library with no journeys at all: start blank or from a file, or pick a template from the gallery under it. */
export function NoJourneysYet(props: {
  onNewJourney: () => void;
  onNewFromTemplate: (templateId: string) => void;
  onOpenFiles: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EmptyState
        title={t('library.noJourneysTitle')}
        text={t('library.noJourneysText')}
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={props.onNewJourney}>
              <Plus size={16} aria-hidden /> {t('library.newJourney')}
            </button>
            <button type="button" className="btn" onClick={props.onOpenFiles}>
              <FileUp size={16} aria-hidden /> {t('library.openFile')}
            </button>
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
