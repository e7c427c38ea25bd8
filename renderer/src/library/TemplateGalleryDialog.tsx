import { JOURNEY_TEMPLATES } from '../domain/templates';
import { useTranslation } from '../i18n';
import { ModalDialog } from '../ui/Dialog';
import { TemplateGallery } from './TemplateGallery';

/** The template gallery in a dialog: choosing a card closes it and creates the journey. */
export function TemplateGalleryDialog(props: { open: boolean; onClose: () => void; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  if (!props.open) return null;
  return (
    <ModalDialog
      open
      className="template-dialog"
      title={t('library.newFromTemplate')}
      description={t('library.templateDialogText')}
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
