/**
 * The report dialog: options on the left, a live preview on the right, then
 * "Export PDF…" or "Save HTML…". The preview is the real report HTML in a
 * script-less sandboxed iframe, rebuilt ~300 ms after the last change and
 * off the typing path. The last options are remembered per journey.
 */
import { FileDown, FileText, ImagePlus, LoaderCircle, Trash2 } from 'lucide-react';
import { Segmented } from '../../ui/segmented';
import { ExportStatus } from './ExportStatus';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { JourneyDocument } from '../../domain/model';
import {
  checkLogo,
  LOGO_MAX_BYTES,
  loadReportSettings,
  previewWidthPx,
  reportPreviewHtml,
  saveReportSettings,
  type ReportSettings,
} from '../../exports';
import { journeyFileName } from '../../files';
import { getHost } from '../../platform';
import {
  buildReportHtml,
  defaultReportOptions,
  emptySections,
  REPORT_LABELS,
  REPORT_LANGUAGES,
  REPORT_SECTION_IDS,
  type ReportAssets,
  type ReportLanguage,
  type ReportOptions,
  type SectionId,
} from '../../reports';
import { reportInsightGroups } from '../../reports/insight-groups';
import { ModalDialog } from '../../ui/Dialog';
import { toast } from '../../ui/toasts';
import { describeExportError } from './errors';
import { yieldToUi } from './rasterise';
import { loadReportAssets } from './report-assets';
import { useServices } from '../../services';
import './export-dialogs.css';

const LANGUAGE_NAMES: Partial<Record<string, string>> = { en: 'English' };
const PREVIEW_DELAY_MS = 300;
const HEX = /^#[0-9a-fA-F]{6}$/;
const encoder = new TextEncoder();

type Phase = 'idle' | 'preparing' | 'printing' | 'saving';

const PHASE_TEXT: Record<Phase, string> = {
  idle: '',
  preparing: 'Preparing report…',
  printing: 'Printing PDF…',
  saving: 'Saving HTML…',
};

/** Settings remembered for this session, so a logo too big for localStorage is still kept. */
const sessionSettings = new Map<string, ReportSettings>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Runs `build` when the browser is idle (or after a short delay where there is no idle callback). */
function whenIdle(build: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(build, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(build, 0);
  return () => window.clearTimeout(handle);
}

export function ReportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { doc, onClose } = props;
  const { db } = useServices();
  const journeyId = doc.journey.id;
  const [settings, setSettings] = useState<ReportSettings>(
    () => sessionSettings.get(journeyId) ?? loadReportSettings(storage(), journeyId),
  );
  const [colourText, setColourText] = useState(settings.brandColour);
  const [assets, setAssets] = useState<ReportAssets | null>(null);
  const [assetsError, setAssetsError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [logoMessage, setLogoMessage] = useState<string | null>(null);
  const busy = phase !== 'idle';
  const insights = useMemo(() => reportInsightGroups(doc), [doc]);
  const emptyIds = useMemo(() => emptySections(doc), [doc]);
  const ids = { status: useId(), logo: useId(), colour: useId() };
  const paneRef = useRef<HTMLDivElement>(null);
  const [paneWidth, setPaneWidth] = useState(560);

  // Fonts and persona photos, once per dialog (the fonts are cached for the session).
  useEffect(() => {
    let live = true;
    loadReportAssets(db, doc).then(
      (a) => live && setAssets(a),
      (e: unknown) => live && setAssetsError(describeExportError(e, 'report-assets')),
    );
    return () => {
      live = false;
    };
  }, [db, doc]);

  const optionsFor = (s: ReportSettings): ReportOptions => ({
    ...defaultReportOptions(new Date()),
    ...s,
    insights,
  });

  // Remember the settings a moment after the last change.
  useEffect(() => {
    sessionSettings.set(journeyId, settings);
    const timer = window.setTimeout(() => {
      const kept = saveReportSettings(storage(), journeyId, settings);
      if (kept === 'without-logo') {
        setLogoMessage('The logo is used for this report but is too large to remember for next time.');
      }
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [settings, journeyId]);

  // Rebuild the preview a moment after the last change, when the browser is idle.
  useEffect(() => {
    if (!assets) return;
    let cancelIdle: (() => void) | null = null;
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => {
        const html = buildReportHtml(doc, { ...defaultReportOptions(new Date()), ...settings, insights }, assets);
        setPreview(reportPreviewHtml(html, settings.pageSize, settings.orientation));
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, [settings, assets, doc, insights]);

  // The preview is laid out at paper width and scaled to the pane.
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(([entry]) => entry && setPaneWidth(entry.contentRect.width));
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);
  const docWidth = previewWidthPx(settings.pageSize, settings.orientation);
  const scale = Math.min(1, paneWidth / docWidth);

  const update = (patch: Partial<ReportSettings>) => {
    setError(null);
    setSettings((s) => ({ ...s, ...patch }));
  };
  const toggleSection = (id: SectionId, on: boolean) =>
    setSettings((s) => ({ ...s, sections: { ...s.sections, [id]: on } }));
  const anySection = REPORT_SECTION_IDS.some((id) => settings.sections[id]);
  // Sections switched on but with nothing in them for this journey: the report leaves them out.
  const leftOut = emptyIds.filter((id) => settings.sections[id]);
  const anyPrinted = REPORT_SECTION_IDS.some((id) => settings.sections[id] && !emptyIds.includes(id));

  const pickLogo = async (file: File | undefined) => {
    setLogoMessage(null);
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      setLogoMessage('The logo is larger than 2 MB; choose a smaller PNG or JPEG image.');
      return;
    }
    const result = checkLogo(new Uint8Array(await file.arrayBuffer()));
    if (result.ok) update({ logo: result.logo });
    else setLogoMessage(result.message);
  };

  const ready = async (): Promise<{ html: string; options: ReportOptions }> => {
    setError(null);
    setPhase('preparing');
    await yieldToUi();
    const a = assets ?? (await loadReportAssets(db, doc));
    const options = optionsFor(settings);
    return { html: buildReportHtml(doc, options, a), options };
  };

  const exportPdf = async () => {
    try {
      const built = await ready();
      setPhase('printing');
      const host = getHost();
      const saved = await host.exportPdf({
        html: built.html,
        pageSize: built.options.pageSize,
        landscape: built.options.orientation === 'landscape',
        suggestedName: journeyFileName(doc.journey.title, 'pdf'),
      });
      setPhase('idle');
      if (saved) {
        toast.success(`Saved ${saved.name}.`);
        onClose();
      } else if (host.kind === 'web') {
        onClose();
      }
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, 'pdf'));
    }
  };

  const saveHtml = async () => {
    try {
      const built = await ready();
      setPhase('saving');
      const saved = await getHost().saveFile({
        suggestedName: journeyFileName(doc.journey.title, 'html'),
        filters: [{ name: 'HTML report', extensions: ['html'] }],
        bytes: encoder.encode(built.html),
        mimeType: 'text/html',
      });
      setPhase('idle');
      if (saved) {
        toast.success(`Saved ${saved.name}.`);
        onClose();
      }
    } catch (e) {
      setPhase('idle');
      setError(describeExportError(e, 'html'));
    }
  };

  const labels = REPORT_LABELS[settings.language] ?? REPORT_LABELS.en;

  return (
    <ModalDialog
      open
      className="export-dialog report-dialog"
      title="Report"
      describedBy={ids.status}
      busy={busy}
      onClose={onClose}
      footer={
        <>
          <ExportStatus id={ids.status} error={error} busy={busy} text={PHASE_TEXT[phase]} />
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => void saveHtml()}
            disabled={busy || !anyPrinted || assetsError !== null}
          >
            <FileText size={16} aria-hidden /> Save HTML…
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void exportPdf()}
            disabled={busy || !anyPrinted || assetsError !== null}
          >
            <FileDown size={16} aria-hidden /> Export PDF…
          </button>
        </>
      }
    >
      <div className="report-dialog-body">
        <form className="export-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="export-group" disabled={busy}>
            <legend>Paper</legend>
            <label className="field">
              <span>Page size</span>
              <select
                className="input"
                value={settings.pageSize}
                onChange={(e) => update({ pageSize: e.target.value === 'Letter' ? 'Letter' : 'A4' })}
              >
                <option value="A4">A4 (210 × 297 mm)</option>
                <option value="Letter">Letter (8.5 × 11 in)</option>
              </select>
            </label>
            <Segmented
              label="Orientation"
              name="report-orientation"
              value={settings.orientation}
              options={[
                ['portrait', 'Portrait'],
                ['landscape', 'Landscape'],
              ]}
              onChange={(orientation) => update({ orientation })}
            />
          </fieldset>

          <fieldset className="export-group" disabled={busy}>
            <legend>Brand</legend>
            <div className="field">
              <label htmlFor={ids.colour}>Brand colour</label>
              <div className="colour-row">
                <input
                  type="color"
                  aria-label="Brand colour picker"
                  value={settings.brandColour}
                  onChange={(e) => {
                    setColourText(e.target.value);
                    update({ brandColour: e.target.value });
                  }}
                />
                <input
                  id={ids.colour}
                  className="input"
                  value={colourText}
                  spellCheck={false}
                  maxLength={7}
                  aria-invalid={!HEX.test(colourText)}
                  onChange={(e) => {
                    setColourText(e.target.value);
                    if (HEX.test(e.target.value)) update({ brandColour: e.target.value.toLowerCase() });
                  }}
                />
              </div>
            </div>
            <div className="field">
              <span id={ids.logo}>Logo (PNG or JPEG, up to 2 MB)</span>
              <div className="logo-row">
                {settings.logo ? (
                  <img
                    className="logo-thumb"
                    src={`data:${settings.logo.type};base64,${settings.logo.dataBase64}`}
                    alt="Chosen logo"
                  />
                ) : (
                  <span className="muted">No logo</span>
                )}
                <label className="btn file-btn">
                  <ImagePlus size={16} aria-hidden />
                  {settings.logo ? 'Replace…' : 'Choose…'}
                  <input
                    type="file"
                    accept="image/png,image/jpeg"
                    aria-labelledby={ids.logo}
                    onChange={(e) => {
                      void pickLogo(e.target.files?.[0]);
                      e.target.value = '';
                    }}
                  />
                </label>
                {settings.logo && (
                  <button
                    type="button"
                    className="btn btn-ghost icon-btn"
                    aria-label="Remove logo"
                    title="Remove logo"
                    onClick={() => {
                      setLogoMessage(null);
                      update({ logo: null });
                    }}
                  >
                    <Trash2 size={16} />
                  </button>
                )}
              </div>
              {logoMessage && (
                <p className="field-error" role="alert">
                  {logoMessage}
                </p>
              )}
            </div>
          </fieldset>

          <fieldset className="export-group" disabled={busy}>
            <legend>Sections</legend>
            <div className="section-list">
              {REPORT_SECTION_IDS.map((id) => (
                <label key={id} className="check">
                  <input
                    type="checkbox"
                    checked={settings.sections[id]}
                    onChange={(e) => toggleSection(id, e.target.checked)}
                  />
                  {labels.sections[id]}
                </label>
              ))}
            </div>
            {leftOut.length > 0 && (
              <p className="muted section-note">
                Empty, left out: {leftOut.map((id) => labels.sections[id]).join(', ')}
              </p>
            )}
            {!anySection && <p className="field-error">Choose at least one section.</p>}
            {anySection && !anyPrinted && (
              <p className="field-error">Every section you chose is empty for this journey; choose another section.</p>
            )}
          </fieldset>

          <fieldset className="export-group" disabled={busy}>
            <legend>Language</legend>
            <label className="field">
              <span>Report labels</span>
              <select
                className="input"
                value={settings.language}
                onChange={(e) => {
                  const value = e.target.value;
                  const lang = REPORT_LANGUAGES.find((l) => l === value);
                  if (lang) update({ language: lang as ReportLanguage });
                }}
              >
                {REPORT_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {LANGUAGE_NAMES[l] ?? l}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </form>

        <div className="report-preview" ref={paneRef}>
          {preview ? (
            <div className="report-preview-frame" style={{ width: docWidth * scale }}>
              <iframe
                sandbox=""
                title="Report preview"
                srcDoc={preview}
                style={{ width: docWidth, height: `${100 / scale}%`, transform: `scale(${scale})` }}
              />
            </div>
          ) : (
            <div className="report-preview-empty" role="status">
              {assetsError ? (
                <span className="field-error">{assetsError}</span>
              ) : (
                <>
                  <LoaderCircle size={16} className="spin" aria-hidden /> Preparing report…
                </>
              )}
            </div>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
