/**
 * Whether the canvas is mounted: always while it shows, and, once a view (the table) takes its place, until that
 * view's first frame is painted. Unmounting a large map costs more than drawing the view: React Flow resets its
 * store while every card it has mounted (all 2,000 of a large map at fit view) still listens, and each fails to
 * find its node. So the view shows first, with the map kept under it and skipped by the browser (editor.css,
 * `.editor-canvas.is-leaving`), and the map goes in a task after that frame. Shown again before then, the same
 * map shows again, not mounted anew.
 */
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../ui/paint';

export function useCanvasMounted(shown: boolean): boolean {
  const [mounted, setMounted] = useState(shown);
  if (shown && !mounted) setMounted(true);
  useEffect(() => {
    if (shown || !mounted) return;
    return afterNextPaint(() => setMounted(false));
  }, [shown, mounted]);
  return shown || mounted;
}
