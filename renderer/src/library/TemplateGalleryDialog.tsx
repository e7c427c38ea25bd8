import { JOURNEY_TEMPLATES } from '../domain/templates';
import { ModalDialog } from '../ui/Dialog';
import { TemplateGallery } from './TemplateGallery';

/** The template gallery in a dialog: choosing a card closes it and creates the journey. */
export function TemplateGalleryDialog(props: { open: boolean; onClose: () => void; onChoose: (id: string) => void }) {
  if (!props.open) return null;
  return (
    <ModalDialog
      open
      className="template-dialog"
      title="New from template"
      description="Start from a complete journey: stages, touchpoints, emotions, pain points, metrics and opportunities, ready to adapt."
      onClose={props.onClose}
    >
      <div className="modal-dialog-body">
        <TemplateGallery
          templates={JOURNEY_TEMPLATES}
          autoFocus
          onChoose={(id) => {
            props.onClose();
            props.onChoose(id);
          }}
        />
      </div>
    </ModalDialog>
  );
}
