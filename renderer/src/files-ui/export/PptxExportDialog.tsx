/**
 * "PowerPoint (.pptx)": the slide size, the brand colour and logo taken from
 * the report settings, the language of the slides' words, which fonts the viewer's computer needs for the
 * journey's scripts, and "Export PowerPoint…". `usePptxExport` holds the
 * state and does the work; the views here only render it.
 */
import { Presentation } from 'lucide-react';
import { useId } from 'react';
import type { JourneyDocument } from '../../domain/model';
import type { DeckLayout } from '../../exports/pptx/geometry';
import type { ReportLanguage } from '../../reports';
import { ModalDialog } from '../../ui/Dialog';
import { Segmented } from '../../ui/segmented';
import { ExportStatus } from './ExportStatus';
import { LabelLanguageFieldset } from './LabelLanguageFieldset';
import { pptxStepShare, usePptxExport, type PptxExportModel } from './use-pptx-export';
import './export-dialogs.css';
import { useTranslation } from '../../i18n';
import { deckFontsText } from './deck-fonts-text';

export function PptxOptionsForm(props: {
  layout: DeckLayout;
  brand: PptxExportModel['brand'];
  language: ReportLanguage;
  fontsMessage: string;
  disabled: boolean;
  onLayout: (layout: DeckLayout) => void;
  onLanguage: (language: ReportLanguage) => void;
}) {
  const { brand } = props;
  const { t } = useTranslation();
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <p className="muted">{t('export.pptxIntro')}</p>
      <fieldset className="export-group" disabled={props.disabled}>
        <legend>{t('export.slideSize')}</legend>
        <Segmented
          label={t('export.slideSize')}
          name="pptx-layout"
          value={props.layout}
          options={[
            ['16:9', t('export.widescreen')],
            ['4:3', t('export.standard')],
          ]}
          onChange={props.onLayout}
        />
      </fieldset>
      <fieldset className="export-group">
        <legend>{t('export.brand')}</legend>
        <div className="logo-row">
          <span className="brand-swatch" style={{ background: brand.brandColour }} aria-hidden />
          <span>{brand.brandColour}</span>
          {brand.logo ? (
            <img
              className="logo-thumb"
              src={`data:${brand.logo.type};base64,${brand.logo.dataBase64}`}
              alt={t('export.reportLogo')}
            />
          ) : (
            <span className="muted">{t('export.noLogo')}</span>
          )}
        </div>
        <p className="muted">{t('export.brandFromReport')}</p>
      </fieldset>
      <LabelLanguageFieldset
        label={t('export.slideLabels')}
        value={props.language}
        disabled={props.disabled}
        onChange={props.onLanguage}
      />
      <fieldset className="export-group">
        <legend>{t('export.fonts')}</legend>
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
  const { t } = useTranslation();
  return (
    <ModalDialog
      open
      className="export-dialog image-dialog"
      title={t('export.pptxTitle')}
      describedBy={statusId}
      busy={deck.busy}
      onClose={onClose}
      onEscapeWhileBusy={deck.cancel}
      footer={
        <>
          <ExportStatus
            id={statusId}
            error={deck.error}
            busy={deck.busy}
            text={deck.statusText}
            progress={pptxStepShare(deck.step)}
          />
          {deck.busy ? (
            <button type="button" className="btn" onClick={deck.cancel} disabled={deck.step?.kind === 'saving'}>
              {t('export.cancelExport')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={onClose}>
              {t('dialogs.cancel')}
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={() => void deck.run()} disabled={deck.busy}>
            <Presentation size={16} aria-hidden /> {t('export.exportPptx')}
          </button>
        </>
      }
    >
      <PptxOptionsForm
        layout={deck.layout}
        brand={deck.brand}
        language={deck.language}
        fontsMessage={deckFontsText(deck.fonts)}
        disabled={deck.busy}
        onLayout={deck.setLayout}
        onLanguage={deck.setLanguage}
      />
    </ModalDialog>
  );
}
