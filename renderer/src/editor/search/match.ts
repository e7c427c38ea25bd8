/** Which touchpoints and notes a search with filters matches (pure). */
import { meetsEvidence } from '../../domain/evidence';
import { normaliseForSearch } from '../../domain/search';
import type { Note, Touchpoint } from '../../domain/model';
import type { SearchFilters } from '../ui-store';
import { perObject } from '../memo';

/** A channel's name as the interface shows it (a default channel's stored id is English). */
export type ChannelName = (channel: string) => string;

const AS_STORED: ChannelName = (channel) => channel;

export function touchpointText(t: Touchpoint, channelName: ChannelName = AS_STORED): string {
  const shown = channelName(t.channel);
  return [
    t.title,
    t.description,
    t.thoughts,
    // Both the name shown on the card and the stored id: "social media" finds it in any language.
    t.channel,
    shown === t.channel ? '' : shown,
    ...t.quotes,
    ...t.painPoints.map((p) => p.text),
    ...t.opportunities.map((o) => o.text),
  ].join('\n');
}

/**
 * A touchpoint's text as a search reads it, kept per touchpoint (rows are replaced, never changed, when
 * edited) with the channel name it was made with: a map of thousands of cards is searched again at every
 * key typed in the search box, and normalising all their text each time took most of that key.
 */
const haystacks = new WeakMap<Touchpoint, { shown: string; text: string }>();

function touchpointHaystack(t: Touchpoint, channelName: ChannelName): string {
  const shown = channelName(t.channel);
  const kept = haystacks.get(t);
  if (kept && kept.shown === shown) return kept.text;
  const text = normaliseForSearch(touchpointText(t, () => shown));
  haystacks.set(t, { shown, text });
  return text;
}

/**
 * Makes the search text of `touchpoints` from `from` on, ahead of a search, until `deadline`
 * (`performance.now()` time); returns where it stopped (their length once all are made).
 */
export function prepareSearchText(
  touchpoints: readonly Touchpoint[],
  from: number,
  deadline: number,
  channelName: ChannelName = AS_STORED,
): number {
  const named = onceEach(channelName);
  let i = from;
  while (i < touchpoints.length && performance.now() < deadline) touchpointHaystack(touchpoints[i++]!, named);
  return i;
}

const noteHaystack = perObject((n: Note) => normaliseForSearch(n.text));

/** A channel's name asked once per channel for a whole search (a translation lookup per card was slow). */
function onceEach(channelName: ChannelName): ChannelName {
  const names = new Map<string, string>();
  return (channel) => {
    let name = names.get(channel);
    if (name === undefined) {
      name = channelName(channel);
      names.set(channel, name);
    }
    return name;
  };
}

export function touchpointMatches(
  t: Touchpoint,
  f: SearchFilters,
  terms: string[],
  channelName: ChannelName = AS_STORED,
): boolean {
  if (f.channels.length && !f.channels.includes(t.channel)) return false;
  const emotion = f.personaId ? (t.personaEmotions[f.personaId as keyof typeof t.personaEmotions] ?? null) : t.emotion;
  if (f.emotionMin > -3 || f.emotionMax < 3) {
    if (emotion === null || emotion < f.emotionMin || emotion > f.emotionMax) return false;
  }
  if (f.personaId && emotion === null) return false;
  if (f.minSeverity > 0 && !t.painPoints.some((p) => p.severity >= f.minSeverity)) return false;
  if (!meetsEvidence(t.evidence, f.minEvidence)) return false;
  if (terms.length) {
    const hay = touchpointHaystack(t, channelName);
    if (!terms.every((term) => hay.includes(term))) return false;
  }
  return true;
}

export function searchTerms(text: string): string[] {
  const q = normaliseForSearch(text);
  return q ? q.split(' ') : [];
}

/** Matching ids in journey order (the caller passes touchpoints ordered). */
export function findMatches(
  touchpoints: readonly Touchpoint[],
  notes: readonly Note[],
  f: SearchFilters,
  channelName: ChannelName = AS_STORED,
): string[] {
  const terms = searchTerms(f.text);
  const named = onceEach(channelName);
  const ids = touchpoints.filter((t) => touchpointMatches(t, f, terms, named)).map((t) => t.id as string);
  const onlyText =
    !f.channels.length && f.emotionMin === -3 && f.emotionMax === 3 && !f.minSeverity && !f.personaId && !f.minEvidence;
  if (onlyText && terms.length) {
    for (const n of notes) {
      const hay = noteHaystack(n);
      if (terms.every((term) => hay.includes(term))) ids.push(n.id);
    }
  }
  return ids;
}
