/**
 * Current state against future state. The future document is a copy of the
 * current one whose touchpoints and pain points carry `originId` = the id
 * they were copied from; anything added in the future state has no origin.
 */
import type { PainPointId, StageId, TouchpointId } from '../ids';
import { sortStages } from '../layout';
import type { JourneyDocument, Stage, Touchpoint } from '../model';
import { emotionCurve, type CurvePoint } from './curve';
import { mean, rollUpTouchpoints, type RollUp } from './metrics';
import { mainPath } from './path';

export interface CompareRow {
  currentTouchpointId: TouchpointId | null;
  futureTouchpointId: TouchpointId | null;
  /** The future title when there is a future touchpoint, else the current one. */
  title: string;
  current: number | null;
  future: number | null;
  /** future − current emotion, when both are known. */
  delta: number | null;
}

type MetricKey = 'emotion' | 'csatShare' | 'csatMean' | 'ces' | 'nps' | 'dropOff' | 'friction';

export interface StageDelta {
  currentStageId: StageId;
  futureStageId: StageId;
  name: string;
  matchedBy: 'name' | 'origin';
  current: RollUp;
  future: RollUp;
  /** future − current for each metric (null when either side has no value), and for the pain point count. */
  delta: Record<MetricKey, number | null> & { painPoints: number };
}

export interface PainRef {
  painId: PainPointId;
  text: string;
  severity: 1 | 2 | 3;
  touchpointId: TouchpointId;
  stageId: StageId;
  touchpointTitle: string;
}

export interface StateComparison {
  currentCurve: CurvePoint[];
  futureCurve: CurvePoint[];
  /** Both curves aligned for one chart: current main-path order, new future touchpoints after their predecessor. */
  rows: CompareRow[];
  stages: StageDelta[];
  onlyInCurrent: { stageId: StageId; name: string }[];
  onlyInFuture: { stageId: StageId; name: string }[];
  pain: {
    /** Current pain points no future pain point comes from. */
    removed: PainRef[];
    /** Current pain points carried into the future state, with the severity change (future − current). */
    kept: { current: PainRef; future: PainRef; severityChange: number }[];
    /** Future pain points without an origin in the current state. */
    added: PainRef[];
  };
  summary: {
    currentAverageEmotion: number | null;
    futureAverageEmotion: number | null;
    averageEmotionDelta: number | null;
    currentPainPoints: number;
    futurePainPoints: number;
  };
}

const diff = (future: number | null, current: number | null) =>
  future !== null && current !== null ? future - current : null;

function alignRows(currentPath: readonly Touchpoint[], futurePath: readonly Touchpoint[]): CompareRow[] {
  const currentIds = new Set<string>(currentPath.map((t) => t.id));
  const rows: CompareRow[] = currentPath.map((t) => ({
    currentTouchpointId: t.id,
    futureTouchpointId: null,
    title: t.title,
    current: t.emotion,
    future: null,
    delta: null,
  }));
  const rowOfCurrent = new Map(rows.map((r) => [r.currentTouchpointId as string, r]));
  let previous: CompareRow | null = null;
  for (const f of futurePath) {
    const matched = f.originId && currentIds.has(f.originId) ? rowOfCurrent.get(f.originId) : undefined;
    let row: CompareRow;
    if (matched && matched.futureTouchpointId === null) {
      row = matched;
      row.futureTouchpointId = f.id;
      row.title = f.title;
      row.future = f.emotion;
      row.delta = diff(f.emotion, row.current);
    } else {
      row = {
        currentTouchpointId: null,
        futureTouchpointId: f.id,
        title: f.title,
        current: null,
        future: f.emotion,
        delta: null,
      };
      rows.splice(previous ? rows.indexOf(previous) + 1 : 0, 0, row);
    }
    previous = row;
  }
  return rows;
}

const normalName = (s: Stage) => s.name.trim().toLocaleLowerCase();

function matchStages(current: JourneyDocument, future: JourneyDocument) {
  const currentStages = sortStages(current.stages);
  const taken = new Set<string>();
  const pairs: { current: Stage; future: Stage; matchedBy: 'name' | 'origin' }[] = [];
  const unmatchedFuture: Stage[] = [];
  const stageOfCurrentTouchpoint = new Map<string, string>(current.touchpoints.map((t) => [t.id, t.stageId]));

  for (const f of sortStages(future.stages)) {
    const byName = currentStages.find((c) => !taken.has(c.id) && normalName(c) === normalName(f));
    if (byName) {
      taken.add(byName.id);
      pairs.push({ current: byName, future: f, matchedBy: 'name' });
      continue;
    }
    const votes = new Map<string, number>();
    for (const t of future.touchpoints) {
      if (t.stageId !== f.id || !t.originId) continue;
      const stageId = stageOfCurrentTouchpoint.get(t.originId);
      if (stageId && !taken.has(stageId)) votes.set(stageId, (votes.get(stageId) ?? 0) + 1);
    }
    const best = currentStages
      .filter((c) => votes.has(c.id))
      .reduce<Stage | null>((a, c) => (a === null || votes.get(c.id)! > votes.get(a.id)! ? c : a), null);
    if (best) {
      taken.add(best.id);
      pairs.push({ current: best, future: f, matchedBy: 'origin' });
    } else {
      unmatchedFuture.push(f);
    }
  }
  return { pairs, onlyInCurrent: currentStages.filter((c) => !taken.has(c.id)), onlyInFuture: unmatchedFuture };
}

function pains(path: readonly Touchpoint[]) {
  return path.flatMap((t) =>
    t.painPoints.map((p) => ({
      ref: {
        painId: p.id,
        text: p.text,
        severity: p.severity,
        touchpointId: t.id,
        stageId: t.stageId,
        touchpointTitle: t.title,
      } satisfies PainRef,
      originId: p.originId,
    })),
  );
}

export function compareStates(current: JourneyDocument, future: JourneyDocument): StateComparison {
  const currentPath = mainPath(current);
  const futurePath = mainPath(future);

  const { pairs, onlyInCurrent, onlyInFuture } = matchStages(current, future);
  const stages: StageDelta[] = pairs.map(({ current: c, future: f, matchedBy }) => {
    const before = rollUpTouchpoints(current.touchpoints.filter((t) => t.stageId === c.id));
    const after = rollUpTouchpoints(future.touchpoints.filter((t) => t.stageId === f.id));
    const keys: MetricKey[] = ['emotion', 'csatShare', 'csatMean', 'ces', 'dropOff', 'friction'];
    const delta = Object.fromEntries(keys.map((k) => [k, diff(after[k].value, before[k].value)])) as Record<
      MetricKey,
      number | null
    >;
    delta.nps = diff(after.nps.value, before.nps.value);
    return {
      currentStageId: c.id,
      futureStageId: f.id,
      name: f.name,
      matchedBy,
      current: before,
      future: after,
      delta: { ...delta, painPoints: after.painPoints - before.painPoints },
    };
  });

  const currentPains = pains(currentPath);
  const futurePains = pains(futurePath);
  const currentById = new Map<string, PainRef>(currentPains.map((p) => [p.ref.painId, p.ref]));
  const carried = new Set<string>();
  const kept: StateComparison['pain']['kept'] = [];
  const added: PainRef[] = [];
  for (const f of futurePains) {
    const origin = f.originId ? currentById.get(f.originId) : undefined;
    if (origin) {
      carried.add(origin.painId);
      kept.push({ current: origin, future: f.ref, severityChange: f.ref.severity - origin.severity });
    } else {
      added.push(f.ref);
    }
  }
  const removed = currentPains.filter((p) => !carried.has(p.ref.painId)).map((p) => p.ref);

  const currentAverage = mean(currentPath.map((t) => t.emotion));
  const futureAverage = mean(futurePath.map((t) => t.emotion));
  return {
    currentCurve: emotionCurve(current),
    futureCurve: emotionCurve(future),
    rows: alignRows(currentPath, futurePath),
    stages,
    onlyInCurrent: onlyInCurrent.map((s) => ({ stageId: s.id, name: s.name })),
    onlyInFuture: onlyInFuture.map((s) => ({ stageId: s.id, name: s.name })),
    pain: { removed, kept, added },
    summary: {
      currentAverageEmotion: currentAverage,
      futureAverageEmotion: futureAverage,
      averageEmotionDelta: diff(futureAverage, currentAverage),
      currentPainPoints: currentPains.length,
      futurePainPoints: futurePains.length,
    },
  };
}
