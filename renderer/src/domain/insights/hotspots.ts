/**
 * Friction and pain hot spots, and pain points grouped by stage and by channel.
 *
 * Hot-spot score, 0..1 (see README.md):
 *   0.35 × friction / 5
 * + 0.35 × worst pain severity / 3
 * + 0.15 × min(pain points, 3) / 3
 * + 0.15 × reach
 * where reach = the larger of drop-off / 100 and volume / the journey's
 * largest volume, counted only when measured (0 otherwise).
 * A touchpoint is a hot spot only when it has friction or a pain point.
 */
import type { StageId, TouchpointId } from '../ids';
import { sortStages } from '../layout';
import type { JourneyDocument, Touchpoint } from '../model';
import { FRICTION_MAX, PAIN_SEVERITY_LABELS } from '../vocabulary';
import { refOf, worstSeverity, type TouchpointRef } from './refs';

export const HOTSPOT_WEIGHTS = { friction: 0.35, worstPain: 0.35, painCount: 0.15, reach: 0.15 } as const;
/** Pain points beyond this many add nothing more to the score. */
export const HOTSPOT_PAIN_CAP = 3;
export const HOTSPOT_FORMULA =
  'score = 0.35 × friction/5 + 0.35 × worst pain severity/3 + 0.15 × min(pain points, 3)/3 + 0.15 × reach, ' +
  'where reach = max(drop-off/100, volume/largest volume in the journey) when measured, else 0';

export interface HotSpot extends TouchpointRef {
  /** 0..1, higher is hotter. */
  score: number;
  /** Each weighted part of the score; they add up to `score`. */
  parts: { friction: number; worstPain: number; painCount: number; reach: number };
  friction: number;
  worstSeverity: 0 | 1 | 2 | 3;
  painCount: number;
  dropOff: number | null;
  volume: number | null;
  /** The score's reasons in words, e.g. “Friction 4/5 · worst pain Severe · 2 pain points”. */
  explanation: string;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0);

/** The hot-spot score of one touchpoint; `largestVolume` is the journey's largest touchpoint volume. */
export function hotSpotScore(t: Touchpoint, largestVolume: number | null): HotSpot {
  const worst = worstSeverity(t);
  const count = t.painPoints.length;
  const dropOff = t.metrics.dropOff;
  const volume = t.metrics.volume;
  const reachParts: number[] = [];
  if (dropOff !== null) reachParts.push(clamp01(dropOff / 100));
  if (volume !== null && largestVolume !== null && largestVolume > 0) reachParts.push(clamp01(volume / largestVolume));
  const reach = reachParts.length ? Math.max(...reachParts) : 0;
  const parts = {
    friction: HOTSPOT_WEIGHTS.friction * clamp01(t.friction.score / FRICTION_MAX),
    worstPain: HOTSPOT_WEIGHTS.worstPain * clamp01(worst / 3),
    painCount: HOTSPOT_WEIGHTS.painCount * clamp01(Math.min(count, HOTSPOT_PAIN_CAP) / HOTSPOT_PAIN_CAP),
    reach: HOTSPOT_WEIGHTS.reach * reach,
  };
  const reasons: string[] = [];
  if (t.friction.score > 0) reasons.push(`Friction ${t.friction.score}/${FRICTION_MAX}`);
  if (worst !== 0) reasons.push(`worst pain ${PAIN_SEVERITY_LABELS[worst]}`);
  if (count > 0) reasons.push(count === 1 ? '1 pain point' : `${count} pain points`);
  if (dropOff !== null) reasons.push(`drop-off ${formatNumber(dropOff)} %`);
  if (volume !== null) reasons.push(`volume ${formatNumber(volume)}`);
  return {
    ...refOf(t),
    score: parts.friction + parts.worstPain + parts.painCount + parts.reach,
    parts,
    friction: t.friction.score,
    worstSeverity: worst,
    painCount: count,
    dropOff,
    volume,
    explanation: reasons.join(' · ') || 'No friction or pain',
  };
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Touchpoints with friction or pain, hottest first (ties in main-path order). */
export function hotSpots(path: readonly Touchpoint[], limit = Infinity): HotSpot[] {
  const volumes = path.map((t) => t.metrics.volume).filter((v): v is number => v !== null);
  const largest = volumes.length ? Math.max(...volumes) : null;
  return path
    .map((t, i) => ({ spot: hotSpotScore(t, largest), i }))
    .filter(({ spot }) => spot.friction > 0 || spot.painCount > 0)
    .sort((a, b) => b.spot.score - a.spot.score || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ spot }) => spot);
}

export interface PainGroup {
  count: number;
  /** 0 when the group has no pain point. */
  worstSeverity: 0 | 1 | 2 | 3;
  bySeverity: { 1: number; 2: number; 3: number };
  /** Touchpoints of the group that have at least one pain point, in main-path order. */
  touchpointIds: TouchpointId[];
}

export interface StagePainGroup extends PainGroup {
  stageId: StageId;
  name: string;
}

export interface ChannelPainGroup extends PainGroup {
  /** The channel as written on the first touchpoint met (trimmed); '' for touchpoints without a channel. */
  channel: string;
}

function group(touchpoints: readonly Touchpoint[]): PainGroup {
  const bySeverity = { 1: 0, 2: 0, 3: 0 };
  let worst: 0 | 1 | 2 | 3 = 0;
  const ids: TouchpointId[] = [];
  for (const t of touchpoints) {
    if (t.painPoints.length > 0) ids.push(t.id);
    for (const p of t.painPoints) {
      bySeverity[p.severity] += 1;
      if (p.severity > worst) worst = p.severity;
    }
  }
  return { count: bySeverity[1] + bySeverity[2] + bySeverity[3], worstSeverity: worst, bySeverity, touchpointIds: ids };
}

/** Pain points per stage, every stage in stage order (stages without pain show a count of 0). */
export function painByStage(doc: JourneyDocument, path: readonly Touchpoint[]): StagePainGroup[] {
  return sortStages(doc.stages).map((s) => ({
    stageId: s.id,
    name: s.name,
    ...group(path.filter((t) => t.stageId === s.id)),
  }));
}

/**
 * Pain points per channel (channels compared case- and space-insensitively),
 * only channels with pain, worst severity first, then most pain points.
 */
export function painByChannel(path: readonly Touchpoint[]): ChannelPainGroup[] {
  const groups = new Map<string, { channel: string; touchpoints: Touchpoint[] }>();
  for (const t of path) {
    const label = t.channel.trim();
    const key = label.toLocaleLowerCase();
    const g = groups.get(key) ?? { channel: label, touchpoints: [] };
    g.touchpoints.push(t);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ channel: g.channel, ...group(g.touchpoints) }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.worstSeverity - a.worstSeverity || b.count - a.count || a.channel.localeCompare(b.channel));
}
