/**
 * "PowerPoint (.pptx)": the slide size, the brand colour and logo taken from
 * the report settings, which fonts the viewer's computer needs for the
 * journey's scripts, and "Export PowerPoint…". `usePptxExport` holds the
 * state and does the work; the views here only render it.
 */
import { Presentation } from 'lucide-react';
import { useId } from 'react';
import type { JourneyDocument } from '../../domain/model';
import type { DeckLayout } from '../../exports/pptx/geometry';
import { ModalDialog } from '../../ui/Dialog';
import { Segmented } from '../../ui/segmented';
import { ExportStatus } from './ExportStatus';
import { usePptxExport, type PptxExportModel } from './use-pptx-export';
import './export-dialogs.css';

export function PptxOptionsForm(props: {
  layout: DeckLayout;
  brand: PptxExportModel['brand'];
  fontsMessage: string;
  disabled: boolean;
  onLayout: (layout: DeckLayout) => void;
}) {
  const { brand } = props;
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <p className="muted">
        Title, map, emotion curve, a slide per stage, hot spots, opportunities and metrics, as editable text.
      </p>
      <fieldset className="export-group" disabled={props.disabled}>
        <legend>Slide size</legend>
        <Segmented
          label="Slide size"
          name="pptx-layout"
          value={props.layout}
          options={[
            ['16:9', 'Widescreen 16:9'],
            ['4:3', 'Standard 4:3'],
          ]}
          onChange={props.onLayout}
        />
      </fieldset>
      <fieldset className="export-group">
        <legend>Brand</legend>
        <div className="logo-row">
          <span className="brand-swatch" style={{ background: brand.brandColour }} aria-hidden />
          <span>{brand.brandColour}</span>
          {brand.logo ? (
            <img
              className="logo-thumb"
              src={`data:${brand.logo.type};base64,${brand.logo.dataBase64}`}
              alt="Logo of the report settings"
            />
          ) : (
            <span className="muted">No logo</span>
          )}
        </div>
        <p className="muted">From the report settings; change them in the PDF report dialog.</p>
      </fieldset>
      <fieldset className="export-group">
        <legend>Fonts</legend>
        <p className="pptx-fonts" role="note">
          {props.fontsMessage}
        </p>
      </fieldset>
    </form>
  );
}

export function PptxExportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { onClose } = props;
  const deck = usePptxExport(props.doc, onClose);
  const statusId = useId();
  return (
    <ModalDialog
      open
      className="export-dialog image-dialog"
      title="PowerPoint slides"
      describedBy={statusId}
      busy={deck.busy}
      onClose={onClose}
      onEscapeWhileBusy={deck.cancel}
      footer={
        <>
          <ExportStatus id={statusId} error={deck.error} busy={deck.busy} text={deck.statusText} />
          {deck.busy ? (
            <button type="button" className="btn" onClick={deck.cancel} disabled={deck.step?.kind === 'saving'}>
              Cancel export
            </button>
          ) : (
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={() => void deck.run()} disabled={deck.busy}>
            <Presentation size={16} aria-hidden /> Export PowerPoint…
          </button>
        </>
      }
    >
      <PptxOptionsForm
        layout={deck.layout}
        brand={deck.brand}
        fontsMessage={deck.fonts.message}
        disabled={deck.busy}
        onLayout={deck.setLayout}
      />
    </ModalDialog>
  );
}
