/** Moments of truth, delight moments and service-recovery loops. */
import type { ConnectionId, TouchpointId } from '../ids';
import type { Connection, JourneyDocument, Touchpoint } from '../model';
import { mainLineIds } from './path';
import { refOf, worstSeverity, type TouchpointRef } from './refs';

export interface MomentOfTruth extends TouchpointRef {
  emotion: number | null;
  worstSeverity: 0 | 1 | 2 | 3;
  friction: number;
  /** The customer feels bad here (−1 or lower) or meets a severe pain point. */
  atRisk: boolean;
}

/** Touchpoints marked as moments of truth, in main-path order. */
export function momentsOfTruth(path: readonly Touchpoint[]): MomentOfTruth[] {
  return path
    .filter((t) => t.momentOfTruth)
    .map((t) => {
      const worst = worstSeverity(t);
      return {
        ...refOf(t),
        emotion: t.emotion,
        worstSeverity: worst,
        friction: t.friction.score,
        atRisk: (t.emotion !== null && t.emotion <= -1) || worst === 3,
      };
    });
}

export interface DelightMoment extends TouchpointRef {
  emotion: number | null;
  expected: number | null;
  /** experienced − expected emotion, when both are known. */
  aboveExpectation: number | null;
}

/** Touchpoints marked as delight, in main-path order. */
export function delightMoments(path: readonly Touchpoint[]): DelightMoment[] {
  return path
    .filter((t) => t.delight)
    .map((t) => {
      const expected = t.metrics.expectedEmotion;
      return {
        ...refOf(t),
        emotion: t.emotion,
        expected,
        aboveExpectation: t.emotion !== null && expected !== null ? t.emotion - expected : null,
      };
    });
}

/** Connections after the failure, the recovery included, within which a recovery must come. */
export const RECOVERY_MAX_STEPS = 3;

export type EmotionRef = TouchpointRef & { emotion: number | null };

export interface RecoveryLoop {
  failureConnectionId: ConnectionId;
  recoveryConnectionId: ConnectionId;
  /** Where the customer was before the failure (the failure's source). */
  before: EmotionRef;
  /** Where the failure took them (the failure's target). */
  at: EmotionRef;
  /** Where the recovery brought them back to, on the main path. */
  after: EmotionRef;
  /** Connections from the failure's target to the recovery target, the recovery included. */
  steps: number;
  /** after − at: how much the recovery lifted the customer; null when either emotion is missing. */
  lift: number | null;
  /** after − before: above 0, the customer ends happier than before the failure. */
  net: number | null;
  /** The touchpoint to select: the failure. */
  touchpointId: TouchpointId;
}

export interface UnrecoveredFailure {
  failureConnectionId: ConnectionId;
  before: EmotionRef;
  at: EmotionRef;
  touchpointId: TouchpointId;
}

export interface RecoveryAnalysis {
  loops: RecoveryLoop[];
  unrecovered: UnrecoveredFailure[];
  /** Failure connections considered (self-loops included, links to unknown touchpoints left out). */
  failures: number;
}

const emotionRef = (t: Touchpoint): EmotionRef => ({ ...refOf(t), emotion: t.emotion });

/**
 * Service-recovery loops: a `failure` connection A → B, then, from B within
 * RECOVERY_MAX_STEPS connections (following connections of any kind, recovery steps included), a
 * `recovery` connection back to a touchpoint on the main path — one at
 * either end of a main connection, or, in a journey without main
 * connections, one that is not itself the target of a failure. The nearest
 * recovery wins; ties go to the recovery target earliest on the main path.
 */
export function recoveryLoops(
  doc: JourneyDocument,
  path: readonly Touchpoint[],
  maxSteps = RECOVERY_MAX_STEPS,
): RecoveryAnalysis {
  const byId = new Map(doc.touchpoints.map((t) => [t.id, t]));
  const pathIndex = new Map(path.map((t, i) => [t.id, i]));
  const valid = doc.connections.filter((c) => byId.has(c.source) && byId.has(c.target));
  const failures = valid.filter((c) => c.kind === 'failure');

  let mainLine: Set<TouchpointId> = mainLineIds(doc);
  if (mainLine.size === 0) {
    const failed = new Set(failures.map((c) => c.target));
    mainLine = new Set(doc.touchpoints.map((t) => t.id).filter((id) => !failed.has(id)));
  }

  const outgoing = new Map<TouchpointId, Connection[]>();
  for (const c of valid) {
    const list = outgoing.get(c.source) ?? [];
    list.push(c);
    outgoing.set(c.source, list);
  }

  const loops: RecoveryLoop[] = [];
  const unrecovered: UnrecoveredFailure[] = [];
  for (const failure of failures) {
    const a = byId.get(failure.source)!;
    const b = byId.get(failure.target)!;
    const found = nearestRecovery(b.id, outgoing, mainLine, pathIndex, maxSteps);
    const before = emotionRef(a);
    const at = emotionRef(b);
    if (!found) {
      unrecovered.push({ failureConnectionId: failure.id, before, at, touchpointId: b.id });
      continue;
    }
    const after = emotionRef(byId.get(found.connection.target)!);
    loops.push({
      failureConnectionId: failure.id,
      recoveryConnectionId: found.connection.id,
      before,
      at,
      after,
      steps: found.steps,
      lift: after.emotion !== null && at.emotion !== null ? after.emotion - at.emotion : null,
      net: after.emotion !== null && before.emotion !== null ? after.emotion - before.emotion : null,
      touchpointId: b.id,
    });
  }
  return { loops, unrecovered, failures: failures.length };
}

function nearestRecovery(
  start: TouchpointId,
  outgoing: Map<TouchpointId, Connection[]>,
  mainLine: Set<TouchpointId>,
  pathIndex: Map<TouchpointId, number>,
  maxSteps: number,
): { connection: Connection; steps: number } | null {
  const seen = new Set<TouchpointId>([start]);
  let frontier: TouchpointId[] = [start];
  for (let depth = 0; depth < maxSteps && frontier.length > 0; depth++) {
    const recoveries = frontier
      .flatMap((id) => outgoing.get(id) ?? [])
      .filter((c) => c.kind === 'recovery' && mainLine.has(c.target));
    if (recoveries.length > 0) {
      const rank = (c: Connection) => pathIndex.get(c.target) ?? Number.MAX_SAFE_INTEGER;
      const best = recoveries.reduce((x, y) => (rank(y) < rank(x) ? y : x));
      return { connection: best, steps: depth + 1 };
    }
    const next: TouchpointId[] = [];
    for (const id of frontier) {
      for (const c of outgoing.get(id) ?? []) {
        // Recovery often takes several steps (a replacement, then back on track), so follow every kind.
        if (!seen.has(c.target)) {
          seen.add(c.target);
          next.push(c.target);
        }
      }
    }
    frontier = next;
  }
  return null;
}
