import { ChevronLeft, ChevronRight, StickyNote, SquarePlus, X } from 'lucide-react';
import { CAPTURE_PREFIX_HINT } from '../../domain/workshop/capture';
import { workshopUi } from '../workshop-ui';
import { useCaptureBar } from './use-capture-bar';

/** The capture bar itself: stage switch, touchpoints-or-notes mode, the line, where it goes and the key legend. */
export function CaptureBarView() {
  const bar = useCaptureBar();
  const { mode, stage, status } = bar;

  return (
    <div className="ws-capture" role="group" aria-label="Rapid capture">
      <div className="ws-capture-row">
        <div className="ws-stage-switch" role="group" aria-label="Stage to capture into">
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label="Previous stage"
            title="Previous stage (Alt+←)"
            disabled={bar.stageIndex <= 0}
            onClick={() => bar.moveStage(-1)}
          >
            <ChevronLeft size={18} />
          </button>
          <span className="ws-stage-name" aria-live="polite" title={stage?.name}>
            {stage ? stage.name || 'Untitled stage' : 'No stage'}
          </span>
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label="Next stage"
            title="Next stage (Alt+→)"
            disabled={bar.stageIndex < 0 || bar.stageIndex >= bar.stageCount - 1}
            onClick={() => bar.moveStage(1)}
          >
            <ChevronRight size={18} />
          </button>
        </div>
        <div className="ws-mode" role="radiogroup" aria-label="Plain lines become">
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'touchpoint'}
            className={`btn ${mode === 'touchpoint' ? 'is-pressed' : 'btn-ghost'}`}
            title="Plain lines become touchpoints (Alt+M switches)"
            onClick={() => workshopUi().set({ captureMode: 'touchpoint' })}
          >
            <SquarePlus size={16} aria-hidden /> Touchpoints
          </button>
          <button
            type="button"
            role="radio"
            aria-checked={mode === 'note'}
            className={`btn ${mode === 'note' ? 'is-pressed' : 'btn-ghost'}`}
            title="Plain lines become sticky notes (Alt+M switches)"
            onClick={() => workshopUi().set({ captureMode: 'note' })}
          >
            <StickyNote size={16} aria-hidden /> Notes
          </button>
        </div>
        <input
          ref={bar.input}
          className="ws-capture-input"
          aria-label="Capture a line"
          aria-describedby="ws-capture-hint"
          placeholder={mode === 'note' ? 'Type a note and press Enter…' : 'Type a touchpoint and press Enter…'}
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
          aria-label="Close capture bar"
          title="Close capture bar (Esc)"
          onClick={() => workshopUi().set({ captureOpen: false })}
        >
          <X size={16} />
        </button>
      </div>
      <div id="ws-capture-hint" className="ws-capture-hint">
        <span className="ws-capture-target">
          Goes to: <strong>{bar.targetLabel}</strong> <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>
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
        {CAPTURE_PREFIX_HINT} · <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> stage · <kbd>Alt</kbd>+<kbd>M</kbd> touchpoints
        or notes · paste lines for notes · <kbd>Esc</kbd> close
      </div>
    </div>
  );
}
