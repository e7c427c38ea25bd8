/**
 * Editor actions shared by the toolbar, keyboard shortcuts, context menus
 * and the application menu, so every command behaves the same from each.
 */
import { getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { placeInColumn, sortStages, STAGE_HEADER_HEIGHT, stageAtX, stageColumns } from '../domain/layout';
import { laneBands, laneViews, placeInCell, storedPosition } from '../domain/lanes';
import { EMOTION_MAX, EMOTION_MIN, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../domain/vocabulary';
import { toast, useToasts } from '../ui/toasts';
import { isEditableTarget } from '../ui/dom';
import { focusIsLost } from '../ui/focus';
import { motionDuration } from '../ui/motion';
import { confirmAction } from '../ui/confirm';
import { t } from '../i18n';
import { messageText } from '../i18n/messages';
import type { CanvasNode, ConnectionEdgeType } from './canvas/build-nodes';
import { canvasGeometry, FIT_VIEW_PADDING, NOTE_SIZE, wholeMapView } from './canvas/geometry';
import { CANVAS_OVERLAY_ATTRIBUTE, revealPoint, screenBox } from './canvas/reveal';
import { readableViewOf } from './canvas/first-view';
import { LARGE_MAP } from './canvas/staged-targets';
import {
  addConnection,
  addNote,
  addStage,
  addTouchpoint,
  deleteItems,
  deleteStage,
  moveItems,
  updateTouchpoint,
} from '../session/edits';
import {
  buildClipboardPayload,
  notesFromLines,
  parseClipboardText,
  pastePayload,
  type ClipboardPayload,
} from '../session/clipboard';
import type { EditorStore } from '../session/store';
import { journeyOrder } from './search/order';
import { applyChanges, type DocState } from '../session/doc-state';
import { mergeChanges } from '../session/history';
import { useEditorUi } from './ui-store';
import { focusAfterDelete } from './focus-after-delete';

/** How much of a stage's header a reveal brings into view, px of the map. */
const STAGE_REVEAL_WIDTH = 320;

const hasMoreThan = (record: object, count: number) => {
  let n = 0;
  for (const key in record) if (Object.hasOwn(record, key) && ++n > count) return true;
  return false;
};

type Flow = ReactFlowInstance<CanvasNode, ConnectionEdgeType>;

/** The kind of the map's "Deleted …" toasts: each takes the place of the one before. */
export const MAP_DELETE_TOAST = 'map-delete';

/** The last payload copied in this window, for when the system clipboard is unavailable. */
let lastCopied: ClipboardPayload | null = null;

/** Of these cards and notes, the one nearest the map's top-left corner, where reading starts. */
function topLeftOf(doc: DocState, ids: readonly string[]): string | undefined {
  let best: { id: string; x: number; y: number } | undefined;
  for (const id of ids) {
    const at = (doc.touchpoints[id] ?? doc.notes[id])?.position;
    if (at && (!best || at.x < best.x || (at.x === best.x && at.y < best.y))) best = { id, ...at };
  }
  return best?.id;
}

export function createEditorActions(store: EditorStore, flow: Flow) {
  const state = () => store.getState();
  const ui = () => useEditorUi.getState();

  const centreOfView = () => {
    const el = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
    return flow.screenToFlowPosition({
      x: (el?.left ?? 0) + (el?.width ?? 800) / 2,
      y: (el?.top ?? 0) + (el?.height ?? 600) / 2,
    });
  };

  const nodeElement = (id: string) =>
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

  const focusNode = (id: string) =>
    requestAnimationFrame(() => {
      // Never take focus from a field the user is typing in.
      if (isEditableTarget(document.activeElement)) return;
      nodeElement(id)?.focus();
    });

  /**
   * After a deletion took the card that had focus (or the control that deleted it), focus goes to
   * a neighbouring card, or its stage's header. Focused, not selected: a held Delete key (which
   * repeats) or a second press must not go on deleting the cards next to it. Where nothing is near,
   * to the first card of the map, so focus stays on the canvas.
   */
  const refocusAfterDelete = (target: ReturnType<typeof focusAfterDelete>) =>
    requestAnimationFrame(() => {
      if (!focusIsLost()) return;
      const card = target && nodeElement(target.id);
      const touchpoint = target?.kind === 'touchpoint' ? state().doc.touchpoints[target.id] : undefined;
      if (card && touchpoint) ui().set({ focusedStageId: touchpoint.stageId });
      (card ?? document.querySelector<HTMLElement>('.canvas-wrap .react-flow__node[tabindex="0"]'))?.focus();
    });

  const reveal = (id: string) => {
    const doc = state().doc;
    // A stage shows its header (or the start of it, on a wide stage): where its name is typed.
    const column = doc.stages[id] ? stageColumns(Object.values(doc.stages)).find((c) => c.stage.id === id) : undefined;
    const item = doc.touchpoints[id] ?? doc.notes[id] ?? (column ? { position: { x: column.x, y: 0 } } : undefined);
    if (!item) return;
    const size = doc.touchpoints[id]
      ? { width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT }
      : column
        ? { width: Math.min(column.width, STAGE_REVEAL_WIDTH), height: STAGE_HEADER_HEIGHT }
        : NOTE_SIZE;
    const { x, y, zoom } = flow.getViewport();
    const wrap = document.querySelector('.canvas-wrap');
    // Plain boxes: a DOMRect's sides are getters, which spreading it (freeArea) would not copy.
    const canvas = screenBox(wrap?.getBoundingClientRect() ?? { left: 0, top: 0, right: 800, bottom: 600 });
    const onScreen = {
      left: canvas.left + x + item.position.x * zoom,
      top: canvas.top + y + item.position.y * zoom,
      right: canvas.left + x + (item.position.x + size.width) * zoom,
      bottom: canvas.top + y + (item.position.y + size.height) * zoom,
    };
    // What floats over the map: the minimap, the zoom controls, and what features mark as covering it.
    const covers = [
      ...document.querySelectorAll('.canvas-wrap .react-flow__minimap, .canvas-wrap .react-flow__controls'),
      ...document.querySelectorAll(`[${CANVAS_OVERLAY_ATTRIBUTE}]`),
    ]
      .map((e) => screenBox(e.getBoundingClientRect()))
      .filter((r) => r.right > r.left && r.bottom > r.top);
    const found = revealPoint(onScreen, canvas, covers);
    if (!found) return;
    // A stage's header already in view from top to bottom keeps its height on screen: the view moves sideways only.
    const point =
      column && onScreen.top >= canvas.top && onScreen.bottom <= canvas.bottom
        ? { x: found.x, y: (onScreen.top + onScreen.bottom) / 2 }
        : found;
    const toZoom = Math.max(zoom, 0.6);
    // setCenter puts a point of the map at the canvas's centre: the item's centre goes to `point` instead.
    void flow.setCenter(
      item.position.x + size.width / 2 - (point.x - (canvas.left + canvas.right) / 2) / toZoom,
      item.position.y + size.height / 2 - (point.y - (canvas.top + canvas.bottom) / 2) / toZoom,
      {
        zoom: toZoom,
        // On a large map each frame of a glide mounts the cards it passes over: there, the view jumps.
        duration: hasMoreThan(state().doc.touchpoints, LARGE_MAP) ? 0 : motionDuration(200),
      },
    );
  };

  const selectOnly = (id: string) => {
    state().setSelection([id]);
    const stageId = state().doc.touchpoints[id]?.stageId;
    if (stageId) ui().set({ focusedStageId: stageId });
    reveal(id);
    focusNode(id);
  };

  const focusedStage = (): string | null => {
    const s = state();
    const selected = [...s.selection].find((id) => s.doc.touchpoints[id] || s.doc.stages[id]);
    if (selected) return s.doc.touchpoints[selected]?.stageId ?? selected;
    const focused = ui().focusedStageId;
    if (focused && s.doc.stages[focused]) return focused;
    return sortStages(Object.values(s.doc.stages))[0]?.id ?? null;
  };

  const selectedTouchpoints = () => [...state().selection].filter((id) => state().doc.touchpoints[id]);

  const actions = {
    selectOnly,
    reveal,
    /** A new stage at the end, selected and focused; returns its id (the table edits its name next). */
    addStage(): string {
      // Default names are the map's content, so they are written in the interface language.
      const number = Object.keys(state().doc.stages).length + 1;
      const { changes, stage } = addStage(state().doc, { name: t('editor.stageNumbered', { number }) });
      state().run('Add stage', changes, { select: [stage.id] });
      ui().set({ focusedStageId: stage.id });
      return stage.id;
    },
    /** On the canvas: a new stage at the end, shown, its name in its header ready to type over. */
    addStageAndName(): string {
      const id = actions.addStage();
      ui().set({ editingId: id });
      reveal(id);
      return id;
    },
    /** New touchpoint in the focused stage; connected from the selected touchpoint when there is one. */
    addTouchpoint(options: { connectFromSelection?: boolean; edit?: boolean } = {}) {
      let s = state();
      let stageId = focusedStage();
      if (!stageId) {
        const created = addStage(s.doc, { name: t('editor.firstStageName') });
        s.run('Add stage', created.changes);
        s = state();
        stageId = created.stage.id;
      }
      const from = options.connectFromSelection ? selectedTouchpoints()[0] : undefined;
      const { changes, touchpoint } = addTouchpoint(s.doc, stageId, { title: t('editor.newTouchpoint') });
      let all = changes;
      if (from) {
        const withTp = { ...s.doc, touchpoints: { ...s.doc.touchpoints, [touchpoint.id]: touchpoint } };
        all = [...changes, ...addConnection(withTp, from, touchpoint.id, 'main').changes];
      }
      s.run('Add touchpoint', all, { select: [touchpoint.id] });
      ui().set({ focusedStageId: stageId, editingId: options.edit === false ? null : touchpoint.id });
      reveal(touchpoint.id);
      return touchpoint.id;
    },
    /**
     * A new touchpoint centred on a point of the map (the context menu's "Add touchpoint here", a double-click on a
     * stage), in the stage and lane under it, selected with its title in edit; null when no stage is under it.
     */
    addTouchpointAt(at: { x: number; y: number }): string | null {
      const s = state();
      const columns = stageColumns(Object.values(s.doc.stages));
      const stageId = stageAtX(columns, at.x);
      const column = columns.find((c) => c.stage.id === stageId);
      if (!stageId || !column) return null;
      // In a blueprint, inside the lane it is put in as well (stored unshifted, as a card dropped there).
      const inColumn = placeInColumn(column, at);
      const views = laneViews(laneBands(Object.values(s.doc.lanes)));
      const stored = storedPosition(views, inColumn);
      const { changes, touchpoint } = addTouchpoint(s.doc, stageId, {
        title: t('editor.newTouchpoint'),
        position: views.length ? (placeInCell(columns, views, stored)?.position ?? stored) : inColumn,
      });
      s.run('Add touchpoint', changes, { select: [touchpoint.id] });
      ui().set({ focusedStageId: stageId, editingId: touchpoint.id });
      return touchpoint.id;
    },
    addNote(at?: { x: number; y: number }) {
      const position = at ?? centreOfView();
      const { changes, note } = addNote(state().doc, { position });
      state().run('Add note', changes, { select: [note.id] });
      ui().set({ editingId: note.id });
    },
    async deleteSelection() {
      const s = state();
      const ids = [...s.selection];
      const stages = ids.filter((id) => s.doc.stages[id]);
      const items = ids.filter((id) => !s.doc.stages[id]);
      if (stages.length) {
        const count = Object.values(s.doc.touchpoints).filter((t) => stages.includes(t.stageId)).length;
        const names = stages
          .map((id) => t('editor.quotedName', { name: s.doc.stages[id]!.name }))
          .join(t('editor.listComma'));
        if (count > 0) {
          const ok = await confirmAction({
            title: stages.length > 1 ? t('editor.deleteStagesTitle') : t('editor.deleteStageTitle'),
            message: t('editor.deleteStageText', { names, count }),
            confirmLabel: t('editor.deleteStageConfirm', { count }),
            danger: true,
          });
          if (!ok) return;
        }
      }
      let working = s.doc;
      let changes = deleteItems(working, items);
      working = applyChanges(working, changes, 'forward');
      for (const id of stages) {
        const extra = deleteStage(working, id);
        working = applyChanges(working, extra, 'forward');
        changes = mergeChanges(changes, extra);
      }
      if (changes.length) {
        const focused = document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
        state().run(ids.length > 1 ? 'Delete items' : 'Delete item', changes, { select: [] });
        refocusAfterDelete(focusAfterDelete(s.doc, state().doc, focused));
        // One stage is named (the table's Stages and Touchpoints tabs delete them one at a time too).
        const text =
          ids.length === 1 && stages.length === 1
            ? t('editor.deletedStage', { name: s.doc.stages[stages[0]!]!.name })
            : t('editor.deletedItems', { count: ids.length });
        actions.deletedToast(text);
      }
    },
    /**
     * Says what the step just made deleted, with Undo. It takes the place of the previous deletion's
     * toast (the map's and the table's alike): Undo there is this deletion's, and the earlier ones stay
     * in the history (Ctrl+Z). Once this deletion is no longer the latest step (undone by Ctrl+Z,
     * another edit made), the toast goes: its Undo would undo another step.
     */
    deletedToast(text: string) {
      const step = state().history.past.at(-1);
      const latest = () => state().history.past.at(-1) === step;
      const id = toast.info(
        text,
        {
          label: t('editor.undo'),
          run: () => void (latest() && state().undo()),
        },
        MAP_DELETE_TOAST,
      );
      const stop = store.subscribe(() => {
        if (latest()) return;
        stop();
        useToasts.getState().dismiss(id);
      });
    },
    duplicateSelection() {
      const payload = buildClipboardPayload(state().doc, state().selection);
      if (!payload) return;
      const { changes, ids } = pastePayload(state().doc, payload, { x: 40, y: 40 }, t('editor.firstStageName'));
      state().run('Duplicate', changes, { select: ids });
    },
    copy(cut = false): string | null {
      const payload = buildClipboardPayload(state().doc, state().selection);
      if (!payload) return null;
      lastCopied = payload;
      if (cut) state().run('Cut', deleteItems(state().doc, state().selection), { select: [] });
      return JSON.stringify(payload);
    },
    paste(text: string | null) {
      const parsed = text
        ? parseClipboardText(text)
        : lastCopied
          ? { kind: 'waymark' as const, payload: lastCopied }
          : { kind: 'empty' as const };
      if (parsed.kind === 'invalid') {
        toast.error(messageText(parsed.text));
        return;
      }
      if (parsed.kind === 'empty') return;
      const s = state();
      if (parsed.kind === 'text') {
        const { changes, ids } = notesFromLines(s.doc, parsed.lines, centreOfView());
        s.run(parsed.lines.length > 1 ? 'Paste notes' : 'Paste note', changes, { select: ids });
        return;
      }
      const same = parsed.payload.sourceJourneyId === s.doc.journey.id;
      const offset = same ? { x: 40, y: 40 } : { x: 0, y: 0 };
      const { changes, ids } = pastePayload(s.doc, parsed.payload, offset, t('editor.firstStageName'));
      s.run('Paste', changes, { select: ids });
      // What was pasted is shown: from another journey it keeps its stages' places, maybe out of view.
      const first = topLeftOf(state().doc, ids);
      if (first) reveal(first);
    },
    nudge(dx: number, dy: number) {
      const s = state();
      const moves = [...s.selection]
        .map((id) => s.doc.touchpoints[id] ?? s.doc.notes[id])
        .filter((x) => !!x)
        .map((x) => ({ id: x.id, position: { x: x.position.x + dx, y: x.position.y + dy } }));
      if (moves.length)
        s.run('Nudge', moveItems(s.doc, moves), { coalesceKey: `nudge:${moves.map((m) => m.id).join(',')}` });
    },
    /**
     * Selects the next stop in reading order: each stage's header, then its cards in journey order (so a stage
     * can be renamed, inspected or deleted from the keyboard too). False past the last stop or before the first,
     * and on a map without stages, so Tab can move focus on.
     */
    cycle(direction: 1 | -1): boolean {
      const { doc, selection } = state();
      const cards = new Map<string, string[]>();
      for (const tp of journeyOrder(doc.stages, doc.touchpoints)) {
        const list = cards.get(tp.stageId);
        if (list) list.push(tp.id);
        else cards.set(tp.stageId, [tp.id]);
      }
      const order = sortStages(Object.values(doc.stages)).flatMap((stage) => [
        stage.id,
        ...(cards.get(stage.id) ?? []),
      ]);
      if (!order.length) return false;
      const current = [...selection].find((id) => doc.touchpoints[id] || doc.stages[id]);
      const index = current ? order.indexOf(current) : -1;
      // Past the last card (or before the first) the map lets go: focus goes on to the rest of the window.
      if (index !== -1 && (index + direction < 0 || index + direction >= order.length)) return false;
      const next = index === -1 ? (direction === 1 ? order[0]! : order[order.length - 1]!) : order[index + direction]!;
      selectOnly(next);
      return true;
    },
    shiftEmotion(delta: number) {
      const s = state();
      const ids = selectedTouchpoints();
      const changes = ids.flatMap((id) => {
        const t = s.doc.touchpoints[id]!;
        const emotion = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, (t.emotion ?? 0) + delta));
        return updateTouchpoint(s.doc, id, { emotion });
      });
      s.run('Set emotion', changes, { coalesceKey: `emotion:${ids.join(',')}` });
    },
    selectAll() {
      const s = state();
      s.setSelection([...Object.keys(s.doc.touchpoints), ...Object.keys(s.doc.notes)]);
    },
    /**
     * As the first view: the cards and notes at a readable size when they fit so, else the whole map; a map too
     * large to show whole at the smallest zoom from its start, saying so. Unlike the first view, it shows the
     * whole map even where its cards are then tiles (asked for, the whole is what is wanted).
     */
    fitView() {
      const box = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
      const { doc } = state();
      const geometry = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
      const readable = box ? readableViewOf(geometry, doc.touchpoints, doc.notes, box) : null;
      const duration = motionDuration(200);
      if (readable) void flow.setViewport(readable, { duration });
      else if (box && box.width > 0 && box.height > 0) {
        const { viewport, whole } = wholeMapView(geometry, box, getViewportForBounds);
        void flow.setViewport(viewport, { duration });
        if (!whole) toast.info(t('editor.tooLargeToFit'), undefined, 'too-large-to-fit');
      } else void flow.fitView({ padding: FIT_VIEW_PADDING, duration });
    },
    /** The map's zoom steps (the View menu, Ctrl+= / Ctrl+- / Ctrl+0, and the zoom buttons, which pass no motion). */
    zoomIn(animate = true) {
      void flow.zoomIn(animate ? { duration: motionDuration(150) } : undefined);
    },
    zoomOut(animate = true) {
      void flow.zoomOut(animate ? { duration: motionDuration(150) } : undefined);
    },
    zoomReset() {
      void flow.zoomTo(1, { duration: motionDuration(150) });
    },
    focusedStage,
    stageColumns: () => stageColumns(Object.values(state().doc.stages)),
  };
  return actions;
}

export type EditorActions = ReturnType<typeof createEditorActions>;
