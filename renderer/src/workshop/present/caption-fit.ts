/**
 * How a presentation caption fits its screen: how many touchpoints and pain points it lists (the rest
 * are counted, "and 3 more"), how tall its emotion curve is drawn, and at which type size.
 */
export interface CaptionFit {
  touchpoints: number;
  pains: number;
  curve: CaptionCurve;
  scale: CaptionScale;
  /** Whether each listed item and the customer goal stop after two lines, ending in "…". */
  clamp: boolean;
}

/** The emotion curve at its full height, or flattened to leave room for the lists. */
export type CaptionCurve = 'full' | 'compact';

/**
 * The caption's type sizes, largest first (see workshop.css): body text of 28, 24 and 20 px; the
 * smallest text of each (headings, the curve's axis) never goes under 16 px, so it still reads on a projector.
 */
export const CAPTION_SCALES = ['large', 'medium', 'small'] as const;
export type CaptionScale = (typeof CAPTION_SCALES)[number];

/** The most a caption lists before counting the rest, however tall the screen. */
export const MAX_FIT: CaptionFit = { touchpoints: 7, pains: 5, curve: 'full', scale: 'large', clamp: false };

/** Touchpoints kept while other parts give way, so neither list takes the whole caption. */
const TOUCHPOINT_FLOOR = 3;
/** Pain points kept while the curve and the type give way. */
const PAIN_FLOOR = 2;

/** The caption at its longest for a stage of `touchpoints` touchpoints and `pains` pain points. */
export function longestCaption(touchpoints: number, pains: number): CaptionFit {
  return {
    ...MAX_FIT,
    touchpoints: Math.min(MAX_FIT.touchpoints, touchpoints),
    pains: Math.min(MAX_FIT.pains, pains),
  };
}

/** What the caption's body measured: whether it runs past its foot, and whether the touchpoints' list does. */
export interface CaptionMeasure {
  overflows: boolean;
  touchpointsCut: boolean;
}

/**
 * One step towards a caption that fits its screen, or null when nothing more is to be given up. A
 * caption taller than the screen is cut at its foot, where nobody sees what is missing; so it gives
 * way one step at a time, in the order that costs the room least:
 * 1. the lists lose items, down to three touchpoints and two pain points;
 * 2. the emotion curve is drawn flatter;
 * 3. the type steps down (28 px body text, then 24, then 20);
 * 4. long texts (a pain point with its touchpoint, in Tamil or Malayalam often four lines or more) stop
 *    after two lines;
 * 5. the lists lose items again, down to one touchpoint and one pain point.
 * The touchpoints' list always ends in sight, with its "and N more": while it runs past the foot
 * itself, only its own items, the type size and the clamping make room, so those give way first.
 * What still does not fit after all that (a very short screen) is left as it is.
 */
export function shrinkCaption(fit: CaptionFit, measure: CaptionMeasure): CaptionFit | null {
  const smaller = smallerScale(fit.scale);
  if (measure.touchpointsCut) {
    if (fit.touchpoints > TOUCHPOINT_FLOOR) return { ...fit, touchpoints: fit.touchpoints - 1 };
    if (smaller) return { ...fit, scale: smaller };
    if (!fit.clamp) return { ...fit, clamp: true };
    if (fit.touchpoints > 1) return { ...fit, touchpoints: fit.touchpoints - 1 };
  }
  if (!measure.overflows) return null;
  if (fit.touchpoints > TOUCHPOINT_FLOOR) return { ...fit, touchpoints: fit.touchpoints - 1 };
  if (fit.pains > PAIN_FLOOR) return { ...fit, pains: fit.pains - 1 };
  if (fit.curve === 'full') return { ...fit, curve: 'compact' };
  if (smaller) return { ...fit, scale: smaller };
  if (!fit.clamp) return { ...fit, clamp: true };
  if (fit.pains > 1) return { ...fit, pains: fit.pains - 1 };
  if (fit.touchpoints > 1) return { ...fit, touchpoints: fit.touchpoints - 1 };
  return null;
}

/** The next type size down, or null at the smallest. */
function smallerScale(scale: CaptionScale): CaptionScale | null {
  return CAPTION_SCALES[CAPTION_SCALES.indexOf(scale) + 1] ?? null;
}
