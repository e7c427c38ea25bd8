/**
 * Motion the user asked to reduce (the OS's "reduce motion" setting, CSS
 * `prefers-reduced-motion: reduce`): viewport animations (fit view, zoom,
 * bringing a card into view) then take no time, as CSS transitions do (styles/a11y.css).
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}

/** The duration of a viewport animation: `ms`, or 0 when motion is reduced. */
export function motionDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
