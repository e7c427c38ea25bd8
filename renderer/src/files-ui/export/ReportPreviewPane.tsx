/**
 * The report preview: the real report HTML in a script-less sandboxed
 * iframe, laid out at paper width and scaled down to fit the pane. The
 * "Preparing report" status stays until the frame has loaded the document
 * (its fonts decoded and laid out), which on a large journey takes a second or
 * more after the HTML is built: the pane is never blank without a word.
 *
 * A report of hundreds of pages is not loaded into the frame until asked: the
 * frame lays it out on the window's own thread, and a 5,000-touchpoint
 * journey's (some 50 MB) kept the window busy for 80 s, frozen up to 4 s at a
 * time. The export does not need the preview (it prints in a window of its own).
 */
import { LoaderCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { previewWidthPx, type ReportSettings } from '../../exports';
import { countText, useTranslation } from '../../i18n';

/** The longest preview document loaded without asking (a journey of some 1,000 touchpoints with every section). */
export const PREVIEW_AUTO_MAX_CHARS = 12_000_000;
/** Touchpoints that alone make a report that long; a shorter journey's is long for its texts. */
const LONG_BY_COUNT = 1_000;

export function ReportPreviewPane(props: {
  /** The preview document, or null while it is first being built. */
  preview: string | null;
  pageSize: ReportSettings['pageSize'];
  orientation: ReportSettings['orientation'];
  /** Shown instead of the preview when the fonts or photos could not be loaded. */
  assetsError: string | null;
  /** The journey's touchpoints, to say why a long report's preview waits to be asked for. */
  touchpoints: number;
}) {
  const paneRef = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const [paneWidth, setPaneWidth] = useState(560);
  /** The preview document the frame has finished loading. */
  const [loaded, setLoaded] = useState<string | null>(null);
  /** Asked for a long report's preview (kept while the dialog is open). */
  const [showLong, setShowLong] = useState(false);
  const preparing = (
    <>
      <LoaderCircle size={16} className="spin" aria-hidden /> {t('export.preparingReport')}
    </>
  );

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(([entry]) => entry && setPaneWidth(entry.contentRect.width));
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);
  const docWidth = previewWidthPx(props.pageSize, props.orientation);
  const scale = Math.min(1, paneWidth / docWidth);

  const held = props.preview !== null && props.preview.length > PREVIEW_AUTO_MAX_CHARS && !showLong;

  return (
    <div className="report-preview" ref={paneRef}>
      {held ? (
        <div className="report-preview-empty report-preview-long" role="status">
          <p>
            {props.touchpoints >= LONG_BY_COUNT
              ? t('export.previewLong', { count: props.touchpoints, n: countText(props.touchpoints) })
              : t('export.previewLongText')}
          </p>
          <button type="button" className="btn" onClick={() => setShowLong(true)}>
            {t('export.showPreviewAnyway')}
          </button>
        </div>
      ) : props.preview ? (
        <>
          <div className="report-preview-frame" style={{ width: docWidth * scale }}>
            <iframe
              sandbox=""
              title={t('export.reportPreview')}
              srcDoc={props.preview}
              onLoad={() => setLoaded(props.preview)}
              style={{ width: docWidth, height: `${100 / scale}%`, transform: `scale(${scale})` }}
            />
          </div>
          {loaded !== props.preview && (
            <div className="report-preview-loading" role="status">
              <span className="report-preview-empty">{preparing}</span>
            </div>
          )}
        </>
      ) : (
        <div className="report-preview-empty" role="status">
          {props.assetsError ? <span className="field-error">{props.assetsError}</span> : preparing}
        </div>
      )}
    </div>
  );
}
