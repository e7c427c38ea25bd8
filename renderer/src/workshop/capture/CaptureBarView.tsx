import { ChevronLeft, ChevronRight, StickyNote, SquarePlus, X } from 'lucide-react';
import { useTranslation } from '../../i18n';
import { CANVAS_OVERLAY_ATTRIBUTE } from '../../editor/canvas/reveal';
import { workshopUi } from '../workshop-ui';
import { useCaptureBar } from './use-capture-bar';

// Key names on the keycaps (the same on every keyboard layout Waymark speaks).
const [KEY_ALT, KEY_ESC] = ['Alt', 'Esc'];

/** The capture bar itself: stage switch, touchpoints-or-notes mode, the line, where it goes and the key legend. */
export function CaptureBarView() {
  const { t } = useTranslation();
  const bar = useCaptureBar();
  const { mode, stage, status } = bar;

  const placeholder = mode === 'note' ? t('live.capture.notePlaceholder') : t('live.capture.touchpointPlaceholder');
  return (
    <div
      className="ws-capture"
      role="group"
      aria-label={t('live.capture.label')}
      // Over the map: a touchpoint or note captured is brought into view below the bar, not behind it.
      {...{ [CANVAS_OVERLAY_ATTRIBUTE]: '' }}
    >
      <div className="ws-capture-row">
        <div className="ws-stage-switch" role="group" aria-label={t('live.capture.stageSwitch')}>
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label={t('live.capture.previous')}
            title={t('live.capture.previousTitle')}
            disabled={bar.stageIndex <= 0}
            onClick={() => bar.moveStage(-1)}
          >
            <ChevronLeft size={18} />
          </button>
          <span className="ws-stage-name" aria-live="polite" title={stage?.name}>
            {stage ? stage.name || t('workshop.untitledStage') : t('live.capture.noStage')}
          </span>
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label={t('live.capture.next')}
            title={t('live.capture.nextTitle')}
            disabled={bar.stageIndex < 0 || bar.stageIndex >= bar.stageCount - 1}
            onClick={() => bar.moveStage(1)}
          >
            <ChevronRight size={18} />
          </button>
        </div>
        <div className="ws-mode" role="radiogroup" aria-label={t('live.capture.mode')}>
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'touchpoint'}
            className={`btn ${mode === 'touchpoint' ? 'is-pressed' : 'btn-ghost'}`}
            title={t('live.capture.touchpointsTitle')}
            onClick={() => workshopUi().set({ captureMode: 'touchpoint' })}
          >
            <SquarePlus size={16} aria-hidden /> {t('live.capture.touchpoints')}
          </button>
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'note'}
            className={`btn ${mode === 'note' ? 'is-pressed' : 'btn-ghost'}`}
            title={t('live.capture.notesTitle')}
            onClick={() => workshopUi().set({ captureMode: 'note' })}
          >
            <StickyNote size={16} aria-hidden /> {t('live.capture.notes')}
          </button>
        </div>
        <input
          ref={bar.input}
          className="ws-capture-input"
          aria-label={t('live.capture.input')}
          aria-describedby="ws-capture-hint"
          placeholder={placeholder}
          title={placeholder}
          value={bar.text}
          maxLength={100_000}
          spellCheck
          onChange={(e) => bar.onChange(e.target.value)}
          onKeyDown={bar.onKeyDown}
          onPaste={bar.onPaste}
        />
        <button
          type="button"
          className="btn btn-ghost icon-btn"
          aria-label={t('live.capture.close')}
          title={t('live.capture.closeTitle')}
          onClick={bar.close}
        >
          <X size={16} />
        </button>
      </div>
      <div id="ws-capture-hint" className="ws-capture-hint">
        {/* A long touchpoint name gives way (ellipsis, whole in the tooltip); the keys that change it never do. */}
        <span className="ws-capture-target">
          <span className="ws-capture-goes">{t('live.capture.goesTo')}</span>{' '}
          <strong title={bar.targetLabel}>{bar.targetLabel}</strong>{' '}
          <span className="ws-capture-keys">
            <kbd>{KEY_ALT}</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>
          </span>
        </span>
        <span
          className={`ws-capture-status${status?.tone === 'error' ? ' is-error' : ''}`}
          role="status"
          aria-live="polite"
        >
          {status?.tone === 'error' ? status.text : bar.preview || status?.text || ''}
        </span>
      </div>
      <div className="ws-capture-legend">
        {t('live.capture.prefixes')} · <kbd>{KEY_ALT}</kbd>+<kbd>←</kbd>/<kbd>→</kbd> {t('live.capture.keyStage')} ·{' '}
        <kbd>{KEY_ALT}</kbd>+<kbd>M</kbd> {t('live.capture.keyMode')} · {t('live.capture.keyPaste')} ·{' '}
        <kbd>{KEY_ESC}</kbd> {t('live.capture.keyClose')}
      </div>
    </div>
  );
}
