import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { parseCaptureLine } from '../../domain/workshop/capture';
import { splitLines } from '../../domain/workshop/text';
import { sortStages } from '../../domain/layout';
import { captureEdit, capturePreview, captureTarget, notesForLines } from '../edits';
import { useWorkshopUi, workshopUi } from '../workshop-ui';
import { useCaptureStage } from './use-capture-stage';
import { t } from '../../i18n';
import { focusedElement, refocus } from '../../ui/focus';

export interface CaptureStatus {
  text: string;
  tone: 'ok' | 'error';
}

/**
 * The capture bar's state and keys: the typed line and its preview, the stage
 * and touchpoint it goes to, Enter to capture, pasted lines as notes, Escape,
 * Alt+arrows and Alt+M, and undo/redo while nothing is typed.
 */
export function useCaptureBar() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const mode = useWorkshopUi((s) => s.captureMode);
  const focusTick = useWorkshopUi((s) => s.captureFocusTick);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<CaptureStatus | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { stageId, moveStage, moveTarget } = useCaptureStage();
  const stages = useEditor((s) => s.doc.stages);
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);

  // The control that opened the bar (a toolbar button, a menu, a card after C) gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const before = focusedElement();
    if (before && !before.closest('.ws-capture')) opener.current = before;
    input.current?.focus();
  }, [focusTick]);

  const close = () => {
    const bar = input.current?.closest('.ws-capture');
    workshopUi().set({ captureOpen: false });
    refocus([opener.current, document.querySelector<HTMLElement>('.canvas-wrap .react-flow__node[tabindex="0"]')], bar);
  };

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
    setStatus({ text: t('live.capture.undoHint', { message: result.message }), tone: 'ok' });
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
    s.run(t('live.capture.pasteUndo'), changes, { select: ids });
    if (ids[0]) actions.reveal(ids[0]);
    setStatus({
      text: t('live.capture.pasted', { count: ids.length, stage: stage?.name ?? t('live.capture.theMap') }),
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
      else close();
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
        setStatus(
          done ? { text: history === 'undo' ? t('live.capture.undone') : t('live.capture.redone'), tone: 'ok' } : null,
        );
      }
    }
  };

  const onChange = (value: string) => {
    setText(value);
    if (status?.tone === 'error') setStatus(null);
  };

  return {
    input,
    text,
    status,
    preview,
    mode,
    stage,
    stageIndex,
    stageCount: ordered.length,
    targetLabel: target ? target.title || t('workshop.untitledTouchpoint') : t('live.capture.noTarget'),
    moveStage,
    close,
    onChange,
    onKeyDown,
    onPaste,
  };
}
