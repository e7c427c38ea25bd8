import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../ui/paint';

/**
 * False until the frame after mount has been painted, then true: lets a large
 * map show its stages and cards in the first frame and draw the rest (its
 * connections, the minimap) in the next task, instead of holding the whole
 * first paint back for them. Always true when `staged` is false.
 */
export function usePaintedOnce(staged: boolean): boolean {
  const [painted, setPainted] = useState(!staged);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}
