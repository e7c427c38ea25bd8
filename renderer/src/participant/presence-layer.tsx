import { useReactFlow } from '@xyflow/react';
import { useEffect, type ComponentType } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useEditorStore } from '../session/react';

/** At most this often the pointer is announced (the server allows 60 messages a second). */
const CURSOR_EVERY_MS = 80;

/**
 * An editor layer for an editor participant: announces their pointer on the
 * map (map coordinates) and their selection, so the facilitator sees where
 * they are and what they are working on.
 */
export function presenceLayer(awareness: Awareness): ComponentType {
  return function PresencePublisher() {
    const flow = useReactFlow();
    const store = useEditorStore();
    useEffect(() => {
      const pane = document.querySelector<HTMLElement>('.react-flow');
      if (!pane) return;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let last: { x: number; y: number } | null = null;
      const send = () => {
        timer = null;
        awareness.setLocalStateField('cursor', last);
      };
      const onMove = (e: PointerEvent) => {
        const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        last = { x: Math.round(p.x), y: Math.round(p.y) };
        timer ??= setTimeout(send, CURSOR_EVERY_MS);
      };
      const onLeave = () => {
        last = null;
        timer ??= setTimeout(send, CURSOR_EVERY_MS);
      };
      pane.addEventListener('pointermove', onMove);
      pane.addEventListener('pointerleave', onLeave);
      return () => {
        pane.removeEventListener('pointermove', onMove);
        pane.removeEventListener('pointerleave', onLeave);
        if (timer) clearTimeout(timer);
        awareness.setLocalStateField('cursor', null);
      };
    }, [flow]);
    useEffect(
      () =>
        store.subscribe((s, prev) => {
          if (s.selection !== prev.selection) awareness.setLocalStateField('selection', [...s.selection].slice(0, 50));
        }),
      [store],
    );
    return null;
  };
}
