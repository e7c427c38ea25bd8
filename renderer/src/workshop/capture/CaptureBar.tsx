import { ChevronLeft, ChevronRight, StickyNote, SquarePlus, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { CAPTURE_PREFIX_HINT, parseCaptureLine } from '../../domain/workshop/capture';
import { splitLines } from '../../domain/workshop/text';
import { sortStages } from '../../domain/layout';
import { captureEdit, capturePreview, captureTarget, notesForLines } from '../edits';
import { useWorkshopUi, workshopUi } from '../workshop-ui';
import { useCaptureStage } from './use-capture-stage';
import { usePortalTarget } from '../use-portal-target';

/**
 * The rapid capture bar: type a line, press Enter, keep typing. Prefixes
 * route the line (see domain/workshop/capture.ts); Alt+←/→ change the stage,
 * Alt+↑/↓ the touchpoint that pain points, opportunities and emotions go to.
 */
export function CaptureBar() {
  const host = usePortalTarget('.canvas-wrap');
  return host ? createPortal(<CaptureBarView />, host) : null;
}

function CaptureBarView() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const mode = useWorkshopUi((s) => s.captureMode);
  const focusTick = useWorkshopUi((s) => s.captureFocusTick);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { stageId, moveStage, moveTarget } = useCaptureStage();
  const stages = useEditor((s) => s.doc.stages);
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);

  useEffect(() => {
    input.current?.focus();
  }, [focusTick]);

  const ordered = useMemo(() => sortStages(Object.values(stages)), [stages]);
  const stageIndex = ordered.findIndex((s) => s.id === stageId);
  const stage = stageIndex >= 0 ? ordered[stageIndex]! : null;
  const target = captureTarget(doc, selection, stageId);
  const parsed = parseCaptureLine(text);
  const preview = capturePreview(parsed, { mode, stageId, target }, stage?.name ?? '');

  const submit = () => {
    const s = store.getState();
    const line = parseCaptureLine(text);
    const result = captureEdit(s.doc, line, {
      mode,
      stageId,
      target: captureTarget(s.doc, s.selection, stageId),
      now: Date.now(),
    });
    if (!result.ok) {
      if (line.kind !== 'empty') setStatus({ text: result.message, tone: 'error' });
      return;
    }
    s.run(result.label, result.changes, result.select ? { select: result.select } : {});
    if (stageId) useEditorUi.getState().set({ focusedStageId: stageId });
    const first = result.select?.[0];
    if (first) actions.reveal(first);
    setStatus({ text: `${result.message} Ctrl+Z undoes it.`, tone: 'ok' });
    setText('');
  };

  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>) => {
    const raw = e.clipboardData.getData('text/plain');
    const lines = splitLines(raw);
    if (lines.length < 2) return;
    e.preventDefault();
    const s = store.getState();
    const items = lines.map((l) => {
      const p = parseCaptureLine(l);
      return p.kind === 'question' ? { text: p.text, question: true } : { text: l, question: false };
    });
    const { changes, ids } = notesForLines(s.doc, items, stageId, Date.now());
    s.run('Paste notes', changes, { select: ids });
    if (ids[0]) actions.reveal(ids[0]);
    setStatus({
      text: `Added ${ids.length} sticky notes above ${stage?.name ?? 'the map'}. Ctrl+Z undoes it.`,
      tone: 'ok',
    });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'Enter' && !e.shiftKey && !mod && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      if (text) setText('');
      else {
        workshopUi().set({ captureOpen: false });
        document.querySelector<HTMLElement>('.react-flow__pane')?.focus();
      }
      return;
    }
    if (e.altKey && !mod) {
      const moves: Record<string, () => void> = {
        ArrowLeft: () => moveStage(-1),
        ArrowRight: () => moveStage(1),
        ArrowUp: () => moveTarget(-1),
        ArrowDown: () => moveTarget(1),
      };
      const move = moves[e.key];
      if (move) {
        e.preventDefault();
        move();
        return;
      }
      if (e.code === 'KeyM') {
        e.preventDefault();
        workshopUi().set({ captureMode: mode === 'note' ? 'touchpoint' : 'note' });
        return;
      }
    }
    // With nothing typed, Ctrl+Z and Ctrl+Shift+Z undo and redo captured lines without leaving the bar.
    if (mod && !e.altKey && !text) {
      const k = e.key.toLowerCase();
      const history = k === 'z' ? (e.shiftKey ? 'redo' : 'undo') : k === 'y' ? 'redo' : null;
      if (history) {
        e.preventDefault();
        const done = store.getState()[history]();
        setStatus(done ? { text: history === 'undo' ? 'Undone.' : 'Redone.', tone: 'ok' } : null);
      }
    }
  };

  const targetLabel = target ? target.title || 'Untitled touchpoint' : 'none yet';

  return (
    <div className="ws-capture" role="group" aria-label="Rapid capture">
      <div className="ws-capture-row">
        <div className="ws-stage-switch" role="group" aria-label="Stage to capture into">
          <button
            type="button"
            className="btn btn-ghost icon-btn"
            aria-label="Previous stage"
            title="Previous stage (Alt+←)"
            disabled={stageIndex <= 0}
            onClick={() => moveStage(-1)}
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
            disabled={stageIndex < 0 || stageIndex >= ordered.length - 1}
            onClick={() => moveStage(1)}
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
          ref={input}
          className="ws-capture-input"
          aria-label="Capture a line"
          aria-describedby="ws-capture-hint"
          placeholder={mode === 'note' ? 'Type a note and press Enter…' : 'Type a touchpoint and press Enter…'}
          value={text}
          maxLength={100_000}
          spellCheck
          onChange={(e) => {
            setText(e.target.value);
            if (status?.tone === 'error') setStatus(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
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
          Goes to: <strong>{targetLabel}</strong> <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>
        </span>
        <span
          className={`ws-capture-status${status?.tone === 'error' ? ' is-error' : ''}`}
          role="status"
          aria-live="polite"
        >
          {status?.tone === 'error' ? status.text : preview || status?.text || ''}
        </span>
      </div>
      <div className="ws-capture-legend">
        {CAPTURE_PREFIX_HINT} · <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> stage · <kbd>Alt</kbd>+<kbd>M</kbd> touchpoints
        or notes · paste lines for notes · <kbd>Esc</kbd> close
      </div>
    </div>
  );
}
