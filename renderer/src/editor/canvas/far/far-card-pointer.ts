/**
 * The pointer over the cards of a huge map seen from far away, where the cards have no elements of
 * their own (staged-targets.ts): the canvas finds the card under the pointer and does what a press on
 * its element would. A click selects it (Shift, Ctrl or Cmd adds it to the selection or takes it out),
 * a double-click brings it close enough to read and edit, a right-click opens its menu, and hovering
 * names it, as a tile's own title does on smaller maps. Anything else (the pane, stages, notes, the
 * controls) is left to React Flow.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, type MouseEvent, type RefObject } from 'react';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';
import type { CanvasNode, ConnectionEdgeType } from '../build-nodes';
import { cardAt } from '../staged-targets';

/** Where a far card may be hit: on the pane, or over a stage column or lane it stands in. */
const UNDER_CARDS = '.react-flow__pane, .react-flow__node-stage, .react-flow__node-lane';

type OpenMenu = (e: MouseEvent, kind: 'node', id: string) => void;

export interface FarCardPointer {
  onClickCapture?: (e: MouseEvent) => void;
  onDoubleClickCapture?: (e: MouseEvent) => void;
  onContextMenuCapture?: (e: MouseEvent) => void;
  onMouseMove?: (e: MouseEvent) => void;
}

/**
 * Handlers for the canvas's wrapper `wrap`; none while `nodes` is null (cards have their own elements).
 * The name shown on hover is the wrapper's title, taken away when the cards get their elements back.
 */
export function useFarCardPointer(
  wrap: RefObject<HTMLElement | null>,
  nodes: readonly CanvasNode[] | null,
  openMenu: OpenMenu,
): FarCardPointer {
  const flow = useReactFlow<CanvasNode, ConnectionEdgeType>();
  const store = useEditorStore();
  const active = nodes !== null;
  useEffect(() => {
    const el = wrap.current;
    if (active && el) return () => el.removeAttribute('title');
  }, [wrap, active]);
  return useMemo(() => {
    if (!nodes) return {};
    const hit = (e: MouseEvent): string | null => {
      if (!(e.target instanceof Element) || !e.target.closest(UNDER_CARDS)) return null;
      return cardAt(nodes, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    };
    const focusStageOf = (id: string) =>
      useEditorUi.getState().set({
        focusedStageId: store.getState().doc.touchpoints[id]?.stageId ?? null,
        contextMenu: null,
        editingId: null,
      });
    return {
      onClickCapture(e) {
        const id = hit(e);
        if (!id) return;
        e.stopPropagation();
        const state = store.getState();
        if (e.shiftKey || e.ctrlKey || e.metaKey) {
          const next = new Set(state.selection);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          state.setSelection([...next]);
        } else state.setSelection([id]);
        focusStageOf(id);
      },
      onDoubleClickCapture(e) {
        const id = hit(e);
        if (!id) return;
        // Not the stage's double-click, which would add a card here.
        e.stopPropagation();
        store.getState().setSelection([id]);
        focusStageOf(id);
        const card = nodes.find((n) => n.id === id)!;
        // A jump, as the editor's reveal does on a large map: each frame of a glide would mount the cards it
        // passes over once it is close enough to draw them.
        void flow.setCenter(card.position.x + (card.width ?? 0) / 2, card.position.y + (card.height ?? 0) / 2, {
          zoom: 1,
        });
      },
      onContextMenuCapture(e) {
        const id = hit(e);
        if (!id) return;
        e.stopPropagation();
        openMenu(e, 'node', id);
      },
      onMouseMove(e) {
        if (e.buttons !== 0) return;
        const id = hit(e);
        const title = id ? (store.getState().doc.touchpoints[id]?.title ?? '') : '';
        const el = e.currentTarget as HTMLElement;
        if (el.title !== title) el.title = title;
      },
    };
  }, [nodes, flow, store, openMenu]);
}
