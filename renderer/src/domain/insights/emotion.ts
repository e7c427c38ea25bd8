/** Emotional low points, steepest drops and expectation gaps along the main path. */
import type { PersonaId, TouchpointId } from '../ids';
import type { JourneyDocument, Touchpoint } from '../model';
import { emotionFor } from './curve';
import { refOf, type TouchpointRef } from './refs';

export const DEFAULT_LIMIT = 5;

export interface LowPoint extends TouchpointRef {
  emotion: number;
  /** True for every touchpoint at the journey's (or persona's) lowest emotion. */
  lowest: boolean;
}

/**
 * The touchpoints with the lowest emotion, lowest first (ties in main-path
 * order), at most `limit`: those felt as neutral or worse, or, on a journey
 * felt well throughout, those at its lowest emotion (a +2 among −3s is no low
 * moment). Touchpoints without an emotion are left out.
 */
export function lowPoints(
  path: readonly Touchpoint[],
  personaId?: PersonaId | null,
  limit = DEFAULT_LIMIT,
): LowPoint[] {
  const felt = path
    .map((t, i) => ({ t, i, emotion: emotionFor(t, personaId) }))
    .filter((e): e is { t: Touchpoint; i: number; emotion: number } => e.emotion !== null);
  if (felt.length === 0) return [];
  const min = Math.min(...felt.map((e) => e.emotion));
  return felt
    .filter((e) => e.emotion <= 0 || e.emotion === min)
    .sort((a, b) => a.emotion - b.emotion || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map((e) => ({ ...refOf(e.t), emotion: e.emotion, lowest: e.emotion === min }));
}

export interface PersonaLowPoints {
  personaId: PersonaId;
  name: string;
  points: LowPoint[];
}

/** Low points per persona of the document, from each touchpoint's personaEmotions. */
export function personaLowPoints(
  doc: JourneyDocument,
  path: readonly Touchpoint[],
  limit = DEFAULT_LIMIT,
): PersonaLowPoints[] {
  return doc.personas
    .map((p) => ({ personaId: p.id, name: p.name, points: lowPoints(path, p.id, limit) }))
    .filter((p) => p.points.length > 0);
}

export interface EmotionDrop {
  from: TouchpointRef & { emotion: number };
  to: TouchpointRef & { emotion: number };
  /** How far the emotion fell: from − to, always > 0. */
  drop: number;
  /** The touchpoint to select: where the emotion lands. */
  touchpointId: TouchpointId;
}

/**
 * Falls in emotion between consecutive touchpoints on the main path that
 * have an emotion (touchpoints without one are stepped over), biggest fall
 * first, ties in path order.
 */
export function steepestDrops(
  path: readonly Touchpoint[],
  personaId?: PersonaId | null,
  limit = DEFAULT_LIMIT,
): EmotionDrop[] {
  const felt = path.flatMap((t) => {
    const emotion = emotionFor(t, personaId);
    return emotion === null ? [] : [{ ...refOf(t), emotion }];
  });
  const drops: (EmotionDrop & { i: number })[] = [];
  for (let i = 1; i < felt.length; i++) {
    const from = felt[i - 1]!;
    const to = felt[i]!;
    const drop = from.emotion - to.emotion;
    if (drop > 0) drops.push({ from, to, drop, touchpointId: to.touchpointId, i });
  }
  return drops
    .sort((a, b) => b.drop - a.drop || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ i: _i, ...d }) => d);
}

export interface ExpectationGap extends TouchpointRef {
  expected: number;
  experienced: number;
  /** experienced − expected: negative when the experience fell short. */
  gap: number;
}

/**
 * Expectation gaps (experienced − expected emotion) where both are known.
 * Order: shortfalls first, biggest shortfall first; then experiences above
 * expectation, biggest first; then expectations met exactly. Ties in path order.
 */
export function expectationGaps(path: readonly Touchpoint[]): ExpectationGap[] {
  const group = (gap: number) => (gap < 0 ? 0 : gap > 0 ? 1 : 2);
  return path
    .flatMap((t, i) => {
      const expected = t.metrics.expectedEmotion;
      if (t.emotion === null || expected === null) return [];
      return [{ ...refOf(t), expected, experienced: t.emotion, gap: t.emotion - expected, i }];
    })
    .sort((a, b) => group(a.gap) - group(b.gap) || Math.abs(b.gap) - Math.abs(a.gap) || a.i - b.i)
    .map(({ i: _i, ...g }) => g);
}
