/**
 * The table view's cells without React: which columns a journey's grid has,
 * the text a cell shows and edits, and the touchpoint patch a typed or
 * pasted text makes (or why it cannot be taken). The grid, the paste and
 * the unit tests all go through `readCell` and `writeCell`.
 */
import { newOpportunity, newPainPoint } from '../domain/factories';
import type { LaneId, PersonaId, StageId } from '../domain/ids';
import type { Metrics, Opportunity, PainPoint, Touchpoint } from '../domain/model';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  FRICTION_MAX,
  FRICTION_MIN,
  FRICTION_TYPES,
  type FrictionType,
} from '../domain/vocabulary';

/** The columns a touchpoint row can have; a persona's emotion column carries the persona's id. */
export type ColumnKey =
  | 'title'
  | 'description'
  | 'channel'
  | 'stage'
  | 'lane'
  | 'emotion'
  | `persona:${string}`
  | 'painPoints'
  | 'friction'
  | 'frictionTypes'
  | 'opportunities'
  | 'csat'
  | 'ces'
  | 'dropOff'
  | 'volume';

export type ColumnKind = 'text' | 'long' | 'list' | 'number' | 'choice';

export interface Column {
  key: ColumnKey;
  kind: ColumnKind;
  /** Catalogue key of the header; a persona's column shows the persona's name instead. */
  label: string;
  /** A persona's name, for its emotion column. */
  personaName?: string;
}

/** What a cell may be set to: stage and lane cells choose among the journey's own. */
export interface TableContext {
  stages: readonly { id: StageId; name: string }[];
  lanes: readonly { id: LaneId; name: string }[];
}

/** The columns of a journey's grid: lane only in a blueprint, one emotion column per persona of the journey. */
export function tableColumns(personas: readonly { id: PersonaId; name: string }[], blueprint: boolean): Column[] {
  return [
    { key: 'title', kind: 'text', label: 'table.columns.title' },
    { key: 'description', kind: 'long', label: 'table.columns.description' },
    { key: 'channel', kind: 'text', label: 'table.columns.channel' },
    { key: 'stage', kind: 'choice', label: 'table.columns.stage' },
    ...(blueprint ? [{ key: 'lane', kind: 'choice', label: 'table.columns.lane' } as Column] : []),
    { key: 'emotion', kind: 'number', label: 'table.columns.emotion' },
    ...personas.map((p): Column => ({
      key: `persona:${p.id}`,
      kind: 'number',
      label: 'table.columns.personaEmotion',
      personaName: p.name,
    })),
    { key: 'painPoints', kind: 'list', label: 'table.columns.painPoints' },
    { key: 'friction', kind: 'number', label: 'table.columns.friction' },
    { key: 'frictionTypes', kind: 'text', label: 'table.columns.frictionTypes' },
    { key: 'opportunities', kind: 'list', label: 'table.columns.opportunities' },
    { key: 'csat', kind: 'number', label: 'table.columns.csat' },
    { key: 'ces', kind: 'number', label: 'table.columns.ces' },
    { key: 'dropOff', kind: 'number', label: 'table.columns.dropOff' },
    { key: 'volume', kind: 'number', label: 'table.columns.volume' },
  ];
}

/** A cell's value could not be taken: a catalogue key and its values, said in one sentence. */
export interface CellError {
  key: string;
  values?: Record<string, string | number>;
}

export type CellWrite = { ok: true; patch: Partial<Touchpoint> } | { ok: false; error: CellError };

const personaOf = (key: ColumnKey): PersonaId | null =>
  key.startsWith('persona:') ? (key.slice('persona:'.length) as PersonaId) : null;

const formatNumber = (n: number) => String(Math.round(n * 100) / 100);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The text of a cell, as it is edited (and copied): lists one item per line. */
export function readCell(t: Touchpoint, key: ColumnKey, context: TableContext): string {
  const persona = personaOf(key);
  if (persona) {
    const score = t.personaEmotions[persona];
    return score === undefined ? '' : signed(score);
  }
  switch (key) {
    case 'title':
      return t.title;
    case 'description':
      return t.description;
    case 'channel':
      return t.channel;
    case 'stage':
      return context.stages.find((s) => s.id === t.stageId)?.name ?? '';
    case 'lane':
      return (context.lanes.find((l) => l.id === t.laneId) ?? context.lanes[0])?.name ?? '';
    case 'emotion':
      return t.emotion === null ? '' : signed(t.emotion);
    case 'painPoints':
      return t.painPoints.map((p) => p.text).join('\n');
    case 'friction':
      return String(t.friction.score);
    case 'frictionTypes':
      return t.friction.types.join(', ');
    case 'opportunities':
      return t.opportunities.map((o) => o.text).join('\n');
    case 'csat': {
      const c = t.metrics.csat;
      if (!c) return '';
      return c.mode === 'share' ? `${formatNumber(c.value)}%` : formatNumber(c.value);
    }
    case 'ces':
      return t.metrics.ces ? formatNumber(t.metrics.ces.mean) : '';
    case 'dropOff':
      return t.metrics.dropOff === null ? '' : `${formatNumber(t.metrics.dropOff)}%`;
    case 'volume':
      return t.metrics.volume === null ? '' : String(t.metrics.volume);
    default:
      return '';
  }
}

/** A number as people type it: a Unicode minus, a plus sign, a decimal comma and a trailing % are fine. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/^\+/, '')
    .replace(/\s*%$/, '')
    .replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function emotionFrom(text: string): { ok: true; value: number | null } | { ok: false; error: CellError } {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseNumber(text);
  if (n === null || !Number.isInteger(n) || n < EMOTION_MIN || n > EMOTION_MAX)
    return { ok: false, error: { key: 'table.errors.emotion' } };
  return { ok: true, value: n };
}

/**
 * The rules of a list cell (pain points, opportunities), one item per line:
 * - an empty line, or a line emptied, removes its item; the items follow the lines' order;
 * - a line whose text is an item's text keeps that item as it is (severity, status, owner, scores…);
 * - a changed line keeps the item that stood on that line (its text changes, the rest stays),
 *   unless that item's text is still on another line;
 * - any other line adds an item with the defaults.
 */
export function mergeListLines<T extends { text: string }>(
  items: readonly T[],
  text: string,
  create: (text: string) => T,
): T[] {
  const lines = text.split(/\r\n|\r|\n/);
  const used = new Set<number>();
  const kept = new Set<string>(lines.map((l) => l.trim()).filter((l) => l !== ''));
  // First pass: lines whose text is exactly an item's keep that item.
  const exact = lines.map((line) => {
    const trimmed = line.trim();
    if (trimmed === '') return -1;
    const index = items.findIndex((item, i) => !used.has(i) && item.text.trim() === trimmed);
    if (index >= 0) used.add(index);
    return index;
  });
  return lines.flatMap((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return [];
    if (exact[i]! >= 0) return [items[exact[i]!]!];
    const same = items[i];
    if (same && !used.has(i) && !kept.has(same.text.trim())) {
      used.add(i);
      return [{ ...same, text: trimmed }];
    }
    return [create(trimmed)];
  });
}

export function mergePainPoints(items: readonly PainPoint[], text: string): PainPoint[] {
  return mergeListLines(items, text, (line) => newPainPoint(line));
}

export function mergeOpportunities(items: readonly Opportunity[], text: string): Opportunity[] {
  return mergeListLines(items, text, (line) => newOpportunity(line));
}

/** Friction types typed as a list (commas, semicolons or lines), matched without regard to case. */
export function parseFrictionTypes(
  text: string,
): { ok: true; types: FrictionType[] } | { ok: false; error: CellError } {
  const names = text
    .split(/[,;\n]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const types: FrictionType[] = [];
  for (const name of names) {
    const type = FRICTION_TYPES.find((f) => f === name || f.replace('-', ' ') === name.replace('-', ' '));
    if (!type)
      return {
        ok: false,
        error: { key: 'table.errors.frictionType', values: { name, types: FRICTION_TYPES.join(', ') } },
      };
    if (!types.includes(type)) types.push(type);
  }
  return { ok: true, types };
}

const fail = (key: string, values?: Record<string, string | number>): CellWrite => ({
  ok: false,
  error: values ? { key, values } : { key },
});

/** The metrics with one field set (the rest kept). */
const withMetrics = (t: Touchpoint, patch: Partial<Metrics>): Partial<Touchpoint> => ({
  metrics: { ...t.metrics, ...patch },
});

/**
 * The patch that sets a cell to a typed (or pasted) text; an unchanged text
 * gives an empty patch. Nothing is changed when the text cannot be taken.
 */
export function writeCell(t: Touchpoint, key: ColumnKey, text: string, context: TableContext): CellWrite {
  if (text === readCell(t, key, context)) return { ok: true, patch: {} };
  const persona = personaOf(key);
  if (persona) {
    const emotion = emotionFrom(text);
    if (!emotion.ok) return emotion;
    const personaEmotions = { ...t.personaEmotions };
    if (emotion.value === null) delete personaEmotions[persona];
    else personaEmotions[persona] = emotion.value;
    return { ok: true, patch: { personaEmotions } };
  }
  switch (key) {
    case 'title':
      return { ok: true, patch: { title: text.replace(/[\r\n]+/g, ' ').trim() } };
    case 'description':
      return { ok: true, patch: { description: text } };
    case 'channel':
      return { ok: true, patch: { channel: text.trim().slice(0, 100) } };
    case 'stage': {
      const stage = context.stages.find((s) => s.name.trim().toLowerCase() === text.trim().toLowerCase());
      return stage ? { ok: true, patch: { stageId: stage.id } } : fail('table.errors.stage', { name: text.trim() });
    }
    case 'lane': {
      const lane = context.lanes.find((l) => l.name.trim().toLowerCase() === text.trim().toLowerCase());
      return lane ? { ok: true, patch: { laneId: lane.id } } : fail('table.errors.lane', { name: text.trim() });
    }
    case 'emotion': {
      const emotion = emotionFrom(text);
      return emotion.ok ? { ok: true, patch: { emotion: emotion.value } } : emotion;
    }
    case 'painPoints':
      return { ok: true, patch: { painPoints: mergePainPoints(t.painPoints, text) } };
    case 'opportunities':
      return { ok: true, patch: { opportunities: mergeOpportunities(t.opportunities, text) } };
    case 'friction': {
      const n = text.trim() === '' ? 0 : parseNumber(text);
      if (n === null || !Number.isInteger(n) || n < FRICTION_MIN || n > FRICTION_MAX)
        return fail('table.errors.friction');
      return { ok: true, patch: { friction: { ...t.friction, score: n } } };
    }
    case 'frictionTypes': {
      const parsed = parseFrictionTypes(text);
      return parsed.ok ? { ok: true, patch: { friction: { ...t.friction, types: parsed.types } } } : parsed;
    }
    case 'csat': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { csat: null }) };
      const n = parseNumber(text);
      const share = /%\s*$/.test(text);
      const sample = t.metrics.csat?.sample ?? null;
      if (n !== null && share && n >= 0 && n <= 100)
        return { ok: true, patch: withMetrics(t, { csat: { mode: 'share', value: n, sample } }) };
      if (n !== null && !share && n >= 1 && n <= 5)
        return { ok: true, patch: withMetrics(t, { csat: { mode: 'mean', value: n, sample } }) };
      return fail('table.errors.csat');
    }
    case 'ces': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { ces: null }) };
      const n = parseNumber(text);
      if (n === null || n < 1 || n > 7) return fail('table.errors.ces');
      return { ok: true, patch: withMetrics(t, { ces: { mean: n, sample: t.metrics.ces?.sample ?? null } }) };
    }
    case 'dropOff': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { dropOff: null }) };
      const n = parseNumber(text);
      if (n === null || n < 0 || n > 100) return fail('table.errors.dropOff');
      return { ok: true, patch: withMetrics(t, { dropOff: n }) };
    }
    case 'volume': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { volume: null }) };
      const n = parseNumber(text.replace(/[\s\u00a0,]/g, ''));
      if (n === null || !Number.isInteger(n) || n < 0) return fail('table.errors.volume');
      return { ok: true, patch: withMetrics(t, { volume: n }) };
    }
    default:
      return { ok: true, patch: {} };
  }
}
