/** How many touchpoints and pain points a presentation caption lists; the rest are counted ("and 3 more"). */
export interface CaptionFit {
  touchpoints: number;
  pains: number;
}

/** The most a caption lists before counting the rest, however tall the screen. */
export const MAX_FIT: CaptionFit = { touchpoints: 7, pains: 5 };

/** Touchpoints kept while pain points are shortened, so neither list takes the whole caption. */
const TOUCHPOINT_FLOOR = 3;

/** What the caption's body measured: whether it runs past its foot, and whether the touchpoints' list does. */
export interface CaptionMeasure {
  overflows: boolean;
  touchpointsCut: boolean;
}

/**
 * One step towards a caption that fits its screen, or null when nothing more is to be shortened. A
 * caption taller than the screen is cut at its foot, where nobody sees what is missing; so the lists
 * lose an item at a time, each then ending in "and N more". The touchpoints' list always ends in
 * sight (down to one touchpoint); to make room for the emotion curve and pain points below it, it
 * gives up items down to a few, then the pain points down to one. What still does not fit on a very
 * short screen is left as it is, rather than trading the touchpoints away for it.
 */
export function shrinkCaption(fit: CaptionFit, measure: CaptionMeasure): CaptionFit | null {
  if (measure.touchpointsCut && fit.touchpoints > 1) return { ...fit, touchpoints: fit.touchpoints - 1 };
  if (!measure.overflows) return null;
  if (fit.touchpoints > TOUCHPOINT_FLOOR) return { ...fit, touchpoints: fit.touchpoints - 1 };
  if (fit.pains > 1) return { ...fit, pains: fit.pains - 1 };
  return null;
}
