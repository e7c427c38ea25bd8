/**
 * "Poster (PDF)": the whole map on one page (A3–A0 or a custom size, portrait
 * or landscape) or tiled over A4/Letter sheets with an overlap, crop marks
 * and an assembly key. `usePosterExport` holds the state and does the work;
 * the views here only render it.
 */
import { FileText } from 'lucide-react';
import { useId } from 'react';
import type { JourneyDocument } from '../../domain/model';
import { MAX_OVERLAP_MM, POSTER_MAX_MM, POSTER_MIN_MM, type PosterOptions } from '../../exports/poster';
import type { ReportLanguage } from '../../reports';
import { ModalDialog } from '../../ui/Dialog';
import { Segmented } from '../../ui/segmented';
import { ExportStatus } from './ExportStatus';
import { LabelLanguageFieldset } from './LabelLanguageFieldset';
import { usePosterExport } from './use-poster-export';
import './export-dialogs.css';
import { i18n, useTranslation } from '../../i18n';

type OutputChoice = 'single' | 'A4' | 'Letter';

/** Paper names are the same in every language; the words come from the catalogue at render time. */
const paperOptions = () =>
  [
    ['A3', 'A3'],
    ['A2', 'A2'],
    ['A1', 'A1'],
    ['A0', 'A0'],
    ['custom', i18n.t('export.dpiCustom')],
  ] as const;
const orientationOptions = () =>
  [
    ['portrait', i18n.t('export.portrait')],
    ['landscape', i18n.t('export.landscape')],
  ] as const;
const outputOptions = () =>
  [
    ['single', i18n.t('export.onePage')],
    ['A4', i18n.t('export.a4Sheets')],
    ['Letter', i18n.t('export.letterSheets')],
  ] as const;
const outputPatch = (choice: OutputChoice): Partial<PosterOptions> =>
  choice === 'single' ? { output: 'single' } : { output: 'tiled', tilePaper: choice };

function MmField(props: { label: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{props.label}</span>
      <input
        id={id}
        className="input"
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        value={Number.isFinite(props.value) ? props.value : ''}
        onChange={(e) => props.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      />
    </label>
  );
}

export function PosterOptionsForm(props: {
  options: PosterOptions;
  language: ReportLanguage;
  onLanguage: (language: ReportLanguage) => void;
  summary: string | null;
  problem: string | null;
  disabled: boolean;
  onChange: (patch: Partial<PosterOptions>) => void;
}) {
  const { options, onChange } = props;
  const output: OutputChoice = options.output === 'single' ? 'single' : options.tilePaper;
  const { t } = useTranslation();
  return (
    <form className="export-options" onSubmit={(e) => e.preventDefault()}>
      <p className="muted">{t('export.posterIntro')}</p>
      <fieldset className="export-group" disabled={props.disabled}>
        <legend>{t('export.posterSize')}</legend>
        <Segmented
          label={t('export.posterSize')}
          name="poster-paper"
          value={options.paper}
          options={paperOptions()}
          onChange={(paper) => onChange({ paper })}
        />
        {options.paper === 'custom' ? (
          <div className="field-row">
            <MmField
              label={t('export.widthMm', { unit: 'mm' })}
              value={options.custom.width}
              min={POSTER_MIN_MM}
              max={POSTER_MAX_MM}
              onChange={(width) => onChange({ custom: { ...options.custom, width } })}
            />
            <MmField
              label={t('export.heightMm', { unit: 'mm' })}
              value={options.custom.height}
              min={POSTER_MIN_MM}
              max={POSTER_MAX_MM}
              onChange={(height) => onChange({ custom: { ...options.custom, height } })}
            />
          </div>
        ) : (
          <Segmented
            label={t('export.orientation')}
            name="poster-orientation"
            value={options.orientation}
            options={orientationOptions()}
            onChange={(orientation) => onChange({ orientation })}
          />
        )}
      </fieldset>
      <fieldset className="export-group" disabled={props.disabled}>
        <legend>{t('export.printOn')}</legend>
        <Segmented
          label={t('export.printOn')}
          name="poster-output"
          value={output}
          options={outputOptions()}
          onChange={(v) => onChange(outputPatch(v))}
        />
        {options.output === 'tiled' && (
          <MmField
            label={t('export.overlapMm', { unit: 'mm' })}
            value={options.overlapMm}
            min={0}
            max={MAX_OVERLAP_MM}
            onChange={(overlapMm) => onChange({ overlapMm })}
          />
        )}
        {props.summary && (
          <p className="muted" aria-live="polite">
            {props.summary}
          </p>
        )}
        {props.problem && (
          <p className="field-warning" role="alert">
            {props.problem}
          </p>
        )}
      </fieldset>
      <LabelLanguageFieldset
        label={t('export.posterLabels')}
        value={props.language}
        disabled={props.disabled}
        onChange={props.onLanguage}
      />
    </form>
  );
}

export function PosterExportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { onClose } = props;
  const poster = usePosterExport(props.doc, onClose);
  const statusId = useId();
  const { t } = useTranslation();
  return (
    <ModalDialog
      open
      className="export-dialog image-dialog"
      title={t('export.posterTitle')}
      describedBy={statusId}
      busy={poster.busy}
      onClose={onClose}
      onEscapeWhileBusy={poster.cancel}
      footer={
        <>
          <ExportStatus id={statusId} error={poster.error} busy={poster.busy} text={poster.statusText} />
          {poster.busy ? (
            <button type="button" className="btn" onClick={poster.cancel} disabled={poster.step === 'printing'}>
              {t('export.cancelExport')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={onClose}>
              {t('dialogs.cancel')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void poster.run()}
            disabled={poster.busy || poster.problem !== null}
          >
            <FileText size={16} aria-hidden /> {t('export.exportPoster')}
          </button>
        </>
      }
    >
      <PosterOptionsForm
        options={poster.options}
        language={poster.language}
        onLanguage={poster.setLanguage}
        summary={poster.summary}
        problem={poster.problem}
        disabled={poster.busy}
        onChange={poster.set}
      />
    </ModalDialog>
  );
}
