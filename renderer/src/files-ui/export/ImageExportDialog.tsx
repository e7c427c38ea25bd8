/**
 * Options for the PNG and SVG exports of the whole map (never just the
 * viewport). `useImageExport` holds the choices and runs the export (with
 * its steps, cancel and errors); the views here only render it.
 */
import { useId } from 'react';
import type { JourneyDocument } from '../../domain/model';
import { ModalDialog } from '../../ui/Dialog';
import { ImageExportFooter } from './ImageExportFooter';
import { ImageOptionsForm } from './ImageOptionsForm';
import { useImageExport } from './use-image-export';
import './export-dialogs.css';
import { useTranslation } from '../../i18n';

export function ImageExportDialog(props: {
  doc: JourneyDocument;
  format: 'png' | 'svg';
  heatMode: string;
  onClose: () => void;
}) {
  const { format, onClose } = props;
  const image = useImageExport(props);
  const statusId = useId();
  const { t } = useTranslation();
  const name = format === 'png' ? 'PNG' : 'SVG';
  return (
    <ModalDialog
      open
      className="export-dialog image-dialog"
      title={t('export.imageTitle', { format: name })}
      describedBy={statusId}
      busy={image.busy}
      onClose={onClose}
      onEscapeWhileBusy={image.cancel}
      footer={
        <ImageExportFooter
          statusId={statusId}
          name={name}
          error={image.error}
          busy={image.busy}
          statusText={image.statusText}
          saving={image.step === 'saving'}
          blocked={image.refusal !== null}
          onClose={onClose}
          onCancelExport={image.cancel}
          onExport={() => void image.run()}
        />
      }
    >
      <ImageOptionsForm
        format={format}
        choice={image.choice}
        raster={image.raster}
        refusal={image.refusal}
        heatOn={image.heatOn}
        heatTitle={image.heatTitle}
        curveShown={image.curveShown}
        language={image.language}
        onLanguage={image.setLanguage}
        columns={image.columns}
        disabled={image.busy}
        onChange={image.set}
      />
    </ModalDialog>
  );
}
