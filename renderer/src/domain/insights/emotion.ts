/** Emotional low points and expectation gaps along the main path, and the steepest drops along its connections. */
import type { PersonaId, TouchpointId } from '../ids';
import type { Connection, JourneyDocument, Touchpoint } from '../model';
import { emotionFor } from './curve';
import { indexOf, refOf, type TouchpointRef } from './refs';

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
 * The steepest falls in emotion from one step of the journey to the next,
 * biggest first, ties in path order (by where the fall lands, then where it
 * starts). A step is a connection of any kind (a failure is where the
 * emotion most often falls), stepping over touchpoints without an emotion:
 * A → B (none) → C is a step from A to C. Neighbours in the reading order
 * that no connection joins are no step: on a map with branches they are often
 * different customers' paths. A map with no connection between its
 * touchpoints has only its reading order, so there a step is from each
 * touchpoint with an emotion to the next one along the path.
 */
export function steepestDrops(
  path: readonly Touchpoint[],
  connections: readonly Connection[],
  personaId?: PersonaId | null,
  limit = DEFAULT_LIMIT,
): EmotionDrop[] {
  const place = indexOf(path);
  const felt = new Map<TouchpointId, TouchpointRef & { emotion: number }>();
  for (const t of path) {
    const emotion = emotionFor(t, personaId);
    if (emotion !== null) felt.set(t.id, { ...refOf(t), emotion });
  }
  const next = new Map<TouchpointId, TouchpointId[]>();
  for (const c of connections) {
    if (c.source === c.target || !place.has(c.source) || !place.has(c.target)) continue;
    const list = next.get(c.source) ?? [];
    if (!list.includes(c.target)) list.push(c.target);
    next.set(c.source, list);
  }
  const steps: [from: TouchpointId, to: TouchpointId][] = [];
  if (next.size === 0) {
    const along = [...felt.keys()];
    for (let i = 1; i < along.length; i++) steps.push([along[i - 1]!, along[i]!]);
  } else {
    for (const from of felt.keys()) {
      // The touchpoints with an emotion reached from here, through any without one.
      const seen = new Set<TouchpointId>([from]);
      const queue = [from];
      for (let i = 0; i < queue.length; i++) {
        for (const to of next.get(queue[i]!) ?? []) {
          if (seen.has(to)) continue;
          seen.add(to);
          if (felt.has(to)) steps.push([from, to]);
          else queue.push(to);
        }
      }
    }
  }
  const drops: EmotionDrop[] = [];
  for (const [fromId, toId] of steps) {
    const from = felt.get(fromId)!;
    const to = felt.get(toId)!;
    const drop = from.emotion - to.emotion;
    if (drop > 0) drops.push({ from, to, drop, touchpointId: to.touchpointId });
  }
  return drops
    .sort(
      (a, b) =>
        b.drop - a.drop ||
        place.get(a.touchpointId)! - place.get(b.touchpointId)! ||
        place.get(a.from.touchpointId)! - place.get(b.from.touchpointId)!,
    )
    .slice(0, Math.max(0, limit));
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
