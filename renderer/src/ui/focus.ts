/**
 * Where keyboard focus goes when what held it leaves the page. A control that closes itself, an item
 * that is deleted or a screen that is replaced drops focus on the page body, and a keyboard or
 * screen-reader user loses their place; these helpers put it somewhere meaningful instead, without
 * ever taking it from an element that holds it on purpose.
 */

/**
 * Whether focus has fallen to the page: on nothing, on the body, on an element no longer in the
 * page, or inside `leaving` (an element about to go, such as a closing panel).
 */
export function focusIsLost(leaving?: Element | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  return !!leaving && leaving.contains(active);
}

/**
 * When focus is lost (see `focusIsLost`), focuses the first candidate still in the page and
 * returns it; otherwise, or when none is there, leaves focus alone and returns null.
 */
export function refocus(
  candidates: ReadonlyArray<HTMLElement | null | undefined>,
  leaving?: Element | null,
): HTMLElement | null {
  if (!focusIsLost(leaving)) return null;
  for (const candidate of candidates) {
    if (!candidate?.isConnected) continue;
    candidate.focus({ preventScroll: true });
    if (document.activeElement === candidate) return candidate;
  }
  return null;
}

/** The element that has focus, unless focus is on the page itself. */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** How long a hand-off waits for its control to appear (a journey can take a few seconds to open). */
const HAND_OFF_MS = 15_000;

let handOff: { key: string; until: number } | null = null;

/**
 * Across a change of screen, where the control that had focus is replaced by another: the control
 * that will answer to `key` on the next screen takes focus when it appears (`takeFocusHandOff`).
 */
export function handFocusTo(key: string, now: number = Date.now()): void {
  handOff = { key, until: now + HAND_OFF_MS };
}

/**
 * Called by a control when it appears: focuses it if focus was handed to its `key` and is still lost.
 * A hand-off is taken once; a stale one (too old, or for another key) is not.
 */
export function takeFocusHandOff(key: string, element: HTMLElement | null, now: number = Date.now()): boolean {
  if (!handOff || handOff.key !== key || !element) return false;
  const fresh = handOff.until >= now;
  handOff = null;
  return fresh && refocus([element]) === element;
}
