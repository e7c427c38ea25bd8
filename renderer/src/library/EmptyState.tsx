import { FileUp, Map as MapIcon, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { JOURNEY_TEMPLATES } from '../domain/templates';
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
  return (
    <>
      <EmptyState
        title="No journeys yet"
        text="Map how your customers move from first contact to loyal fan. Start blank, from a template below, or open a .journey file a colleague sent you."
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={props.onNewJourney}>
              <Plus size={16} aria-hidden /> New journey
            </button>
            <button type="button" className="btn" onClick={props.onOpenFiles}>
              <FileUp size={16} aria-hidden /> Open file…
            </button>
          </>
        }
      />
      <section className="empty-templates" aria-labelledby="empty-templates-title">
        <h2 id="empty-templates-title">Start from a template</h2>
        <TemplateGallery templates={JOURNEY_TEMPLATES} onChoose={props.onNewFromTemplate} />
      </section>
    </>
  );
}
