import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrower, showsAt, tierForWidth, TIERS, type Tier } from '../../../renderer/src/editor/toolbar/tiers';

/** The documented widths: full from 1400 px, medium from 1180, compact from 960, narrow below. */
function documentedTier(width: number): Tier {
  if (width >= 1400) return 'full';
  if (width >= 1180) return 'medium';
  if (width >= 960) return 'compact';
  return 'narrow';
}

const rank = (tier: Tier) => TIERS.indexOf(tier);

describe('toolbar tiers', () => {
  it('lists the tiers from the widest to the narrowest', () => {
    expect(TIERS).toEqual(['full', 'medium', 'compact', 'narrow', 'minimal']);
  });

  it('maps each width at and around the boundaries to its tier', () => {
    const cases: [number, Tier][] = [
      [4000, 'full'],
      [1400, 'full'],
      [1399.5, 'medium'],
      [1399, 'medium'],
      [1180, 'medium'],
      [1179, 'compact'],
      [960, 'compact'],
      [959.99, 'narrow'],
      [760, 'narrow'],
      [0, 'narrow'],
      [-20, 'narrow'],
    ];
    for (const [width, tier] of cases) expect(tierForWidth(width), `${width} px`).toBe(tier);
  });

  it('maps every width to the documented tier, never to minimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (width) => {
        const tier = tierForWidth(width);
        expect(tier).toBe(documentedTier(width));
        expect(tier).not.toBe('minimal');
      }),
    );
  });

  it('treats a width it cannot measure as room for everything', () => {
    expect(tierForWidth(Number.NaN)).toBe('full');
    expect(tierForWidth(Number.POSITIVE_INFINITY)).toBe('full');
    expect(tierForWidth(Number.NEGATIVE_INFINITY)).toBe('full');
  });

  it('never picks a wider tier for a narrower toolbar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (a, b) => {
        const [narrow, wide] = a < b ? [a, b] : [b, a];
        expect(rank(tierForWidth(narrow))).toBeGreaterThanOrEqual(rank(tierForWidth(wide)));
      }),
    );
  });

  it('steps down one tier at a time and stops at the last', () => {
    expect(narrower('full')).toBe('medium');
    expect(narrower('medium')).toBe('compact');
    expect(narrower('compact')).toBe('narrow');
    expect(narrower('narrow')).toBe('minimal');
    expect(narrower('minimal')).toBe('minimal');
    // From any tier, stepping down reaches minimal in at most four steps and stays there.
    for (const start of TIERS) {
      let tier = start;
      for (let i = 0; i < TIERS.length; i++) tier = narrower(tier);
      expect(tier).toBe('minimal');
    }
  });

  it('shows a command at its own tier and every wider one, and not below', () => {
    for (const from of TIERS) {
      for (const tier of TIERS) {
        expect(showsAt(from, tier), `${from} at ${tier}`).toBe(rank(tier) <= rank(from));
      }
      expect(showsAt(from, from)).toBe(true);
      expect(showsAt(from, 'full')).toBe(true);
    }
    expect(showsAt('minimal', 'minimal')).toBe(true);
    expect(showsAt('full', 'medium')).toBe(false);
  });

  it("keeps 'menu' commands out of the row at every tier", () => {
    for (const tier of TIERS) expect(showsAt('menu', tier)).toBe(false);
  });

  it('only ever hides more as the toolbar narrows', () => {
    for (const from of [...TIERS, 'menu'] as const) {
      for (const tier of TIERS) {
        if (!showsAt(from, tier)) expect(showsAt(from, narrower(tier))).toBe(false);
      }
    }
  });
});
