/**
 * How much of the editor toolbar fits: tiers from the widest window to the
 * narrowest (Electron's minimum is 760 px). Commands name the narrowest tier
 * they still show in; narrower tiers move them into the "More tools" menu.
 * `minimal` is never chosen by width alone, only when a narrow toolbar still
 * overflows (a running timer and a future state's Compare button at 760 px).
 * Pure: no React, no DOM.
 */

export const TIERS = ['full', 'medium', 'compact', 'narrow', 'minimal'] as const;
export type Tier = (typeof TIERS)[number];

/** The smallest toolbar width, in CSS pixels, for each tier but the last. */
const MIN_WIDTH: Record<Exclude<Tier, 'narrow' | 'minimal'>, number> = {
  full: 1400,
  medium: 1180,
  compact: 960,
};

/** The tier for a toolbar this many CSS pixels wide. */
export function tierForWidth(width: number): Tier {
  if (!Number.isFinite(width)) return 'full';
  if (width >= MIN_WIDTH.full) return 'full';
  if (width >= MIN_WIDTH.medium) return 'medium';
  if (width >= MIN_WIDTH.compact) return 'compact';
  return 'narrow';
}

/** The next narrower tier, or the same one when there is none. */
export function narrower(tier: Tier): Tier {
  return TIERS[Math.min(TIERS.indexOf(tier) + 1, TIERS.length - 1)] ?? 'minimal';
}

/**
 * Whether something that shows down to `from` shows at `tier`.
 * `'menu'` means it always lives in the More menu.
 */
export function showsAt(from: Tier | 'menu', tier: Tier): boolean {
  if (from === 'menu') return false;
  return TIERS.indexOf(tier) <= TIERS.indexOf(from);
}
