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

/**
 * `value` as of the last painted frame: a new value is taken up in the task after the next paint,
 * so what reads it renders after the frame that shows the edit, not in it. For parts of a large map
 * that may lag an edit by a frame (its emotion curve), where React's deferred values are not
 * enough: a deferred render is done in the urgent one whenever an external store (React Flow's)
 * changes during it, which adding a card always does. `initial` is what a component mounting now shows
 * first (by default `value`): an older value it had drawn before, to take up `value` after the next paint.
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
