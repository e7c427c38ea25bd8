import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { narrower, tierForWidth, type Tier } from './tiers';

/**
 * The tier that fits the toolbar: chosen from its width as it resizes, then
 * stepped narrower while its content still overflows (a running timer, a
 * wider font), so the row never wraps or spills. Its groups are watched too,
 * since they change size without the toolbar changing width. A new
 * `contentKey` (say, the timer went away, or the interface language changed)
 * starts again from the width's tier.
 */
export function useToolbarTier(ref: RefObject<HTMLElement | null>, contentKey = ''): Tier {
  const [tier, setTier] = useState<Tier>(() => tierForWidth(window.innerWidth));
  const lastWidth = useRef(-1);
  // The tier on screen, which the overflow just measured belongs to.
  const shown = useRef(tier);
  shown.current = tier;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    lastWidth.current = -1;
    const fit = () => {
      const width = el.clientWidth;
      if (width !== lastWidth.current) {
        lastWidth.current = width;
        const forWidth = tierForWidth(width);
        // A new tier is drawn and measured again; the same one is measured now: a toolbar that
        // already overflows at its first measure (longer Tamil words at 1,300 px) never resizes again.
        if (forWidth !== shown.current) {
          setTier(forWidth);
          return;
        }
      }
      if (el.scrollWidth > width + 1) setTier(narrower(shown.current));
    };
    // No measuring here: reading the width in a layout effect would force a layout of the whole
    // page (a large map included) before its first paint. The observer's first call comes after
    // that frame's layout, and a tier it changes is drawn in the same frame.
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, contentKey]);

  return tier;
}
