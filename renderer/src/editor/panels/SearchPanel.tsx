import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useEditor } from '../../session/react';
import { EMPTY_FILTERS, filtersActive, useEditorUi, type SearchFilters } from '../ui-store';
import { useSearchNow, useSearchResults } from '../search/use-search';
import { useEditorActions } from '../actions-context';
import { EMOTION_SCALE, EVIDENCE_LEVELS, PAIN_SEVERITIES } from '../../domain/vocabulary';
import type { Persona } from '../../domain/model';
import { formatSigned } from '../../domain/insights';
import { useTranslation } from '../../i18n';
import { channelName, channelsByName, emotionName, evidenceName, severityName } from '../../i18n/vocabulary';
import { afterNextPaint } from '../../ui/paint';

const emotionOptions = [...EMOTION_SCALE].reverse();

function EmotionSelect(props: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <select className="input" value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {emotionOptions.map((l) => (
          <option key={l.score} value={l.score}>
            {formatSigned(l.score, 0)} {emotionName(l.score)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface FilterFieldsProps {
  channels: readonly string[];
  personas: Readonly<Record<string, Persona>>;
  selected: SearchFilters['channels'];
  emotionMin: number;
  emotionMax: number;
  minSeverity: SearchFilters['minSeverity'];
  minEvidence: SearchFilters['minEvidence'];
  personaId: SearchFilters['personaId'];
  update: (patch: Partial<SearchFilters>) => void;
}

/**
 * The filters under the search box. None depends on the query, so a key typed in the box does not
 * draw them again (their option labels are a few dozen translations).
 */
const FilterFields = memo(function FilterFields({
  channels,
  personas,
  selected,
  emotionMin,
  emotionMax,
  minSeverity,
  minEvidence,
  personaId,
  update,
}: FilterFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="field">
        <legend className="field-label">{t('panels.channels')}</legend>
        <div className="chips">
          {channels.length === 0 && <span className="muted">{t('panels.noChannels')}</span>}
          {channels.map((c) => {
            const on = selected.includes(c);
            return (
              <button
                key={c}
                type="button"
                className={`chip${on ? ' is-on' : ''}`}
                aria-pressed={on}
                onClick={() => update({ channels: on ? selected.filter((x) => x !== c) : [...selected, c] })}
              >
                {channelName(c)}
              </button>
            );
          })}
        </div>
      </fieldset>
      <div className="field-row">
        <EmotionSelect label={t('panels.emotionFrom')} value={emotionMin} onChange={(v) => update({ emotionMin: v })} />
        <EmotionSelect label={t('panels.emotionTo')} value={emotionMax} onChange={(v) => update({ emotionMax: v })} />
      </div>
      <label className="field">
        <span className="field-label">{t('panels.minSeverity')}</span>
        <select
          className="input"
          value={minSeverity}
          onChange={(e) => update({ minSeverity: Number(e.target.value) as SearchFilters['minSeverity'] })}
        >
          <option value={0}>{t('panels.any')}</option>
          {PAIN_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t('panels.levelOption', { n: s, name: severityName(s) })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('panels.minEvidence')}</span>
        <select
          className="input"
          value={minEvidence ?? ''}
          title={t('panels.minEvidenceTitle')}
          onChange={(e) => update({ minEvidence: (e.target.value || null) as SearchFilters['minEvidence'] })}
        >
          <option value="">{t('panels.any')}</option>
          {EVIDENCE_LEVELS.map((level, i) => (
            <option key={level} value={level}>
              {t('panels.levelOption', { n: i + 1, name: evidenceName(level) })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('panels.persona')}</span>
        <select
          className="input"
          value={personaId ?? ''}
          onChange={(e) => update({ personaId: e.target.value || null })}
        >
          <option value="">{t('panels.anyPersona')}</option>
          {Object.values(personas).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
});

/** The most results the panel lists (Enter and Shift+Enter in the search box go through every match). */
export const LISTED_MAX = 200;
/** Results listed in the frame of a key: more than a tall panel shows above the fold. */
export const LISTED_FIRST = 40;
/** Results added in each frame after it, until the list is whole. */
const LISTED_STEP = 40;

/**
 * How many of `results` the list shows: the first LISTED_FIRST in the frame that a key's new results
 * are painted in, then LISTED_STEP more after each painted frame, up to LISTED_MAX. Laying out 200
 * titles (in any script, shaped with fonts not yet loaded) was most of a search's first key on a
 * large map; the titles further down arrive a few frames later, before anyone scrolls to them.
 */
function useListedCount(results: readonly string[] | null): number {
  const whole = Math.min(results?.length ?? 0, LISTED_MAX);
  const [listed, setListed] = useState({ results, count: Math.min(whole, LISTED_FIRST) });
  let count = listed.count;
  if (listed.results !== results) {
    count = Math.min(whole, LISTED_FIRST);
    setListed({ results, count });
  }
  useEffect(() => {
    if (count >= whole) return;
    return afterNextPaint(() => setListed({ results, count: Math.min(whole, count + LISTED_STEP) }));
  }, [results, count, whole]);
  return count;
}

/** Search across titles, descriptions, thoughts and pain points, with filters; matches highlighted on the canvas. */
export function SearchPanel() {
  const filters = useEditorUi((s) => s.filters);
  const matchIndex = useEditorUi((s) => s.matchIndex);
  const setUi = useEditorUi((s) => s.set);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const personas = useEditor((s) => s.doc.personas);
  const results = useSearchResults();
  const searchNow = useSearchNow();
  const actions = useEditorActions();
  const { t, i18n } = useTranslation();
  // The chips show each channel's name in the interface language, in that name's order.
  const channels = useMemo(
    () => channelsByName(Object.values(touchpoints).map((tp) => tp.channel)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the order follows the language too
    [touchpoints, i18n.language],
  );

  // Reads the filters when called, so it stays the same function while the query is typed.
  const update = useCallback(
    (patch: Partial<SearchFilters>) =>
      setUi({ filters: { ...useEditorUi.getState().filters, ...patch }, matchIndex: -1 }),
    [setUi],
  );
  const go = (step: number) => {
    // The list may be a render behind the box (useSearchResults): go by what the box says now.
    const now = searchNow();
    if (!now?.length) return;
    const at = now === results ? matchIndex : -1;
    const next = at < 0 ? (step > 0 ? 0 : now.length - 1) : (at + step + now.length) % now.length;
    setUi({ matchIndex: next });
    actions.selectOnly(now[next]!);
  };
  const count = results?.length ?? 0;
  const listed = useListedCount(results);

  return (
    <div className="search-panel">
      <div className="search-row">
        <input
          id="search-text"
          className="input"
          type="search"
          placeholder={t('panels.searchPlaceholder')}
          aria-label={t('panels.searchText')}
          value={filters.text}
          onChange={(e) => update({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            }
            // Escape clears the search, then (the box empty) closes the panel, as a find bar does: focus goes back
            // to what opened it. Before, the panel stayed open with nothing in it.
            if (e.key === 'Escape') {
              e.preventDefault();
              if (e.currentTarget.value) update({ text: '' });
              else setUi({ panel: null });
            }
          }}
        />
      </div>
      <div className="search-nav" aria-live="polite">
        <span>
          {results !== null
            ? count
              ? matchIndex < 0
                ? t('panels.matches', { count })
                : t('panels.matchOf', { n: Math.min(matchIndex + 1, count), count })
              : t('panels.noMatches')
            : t('panels.typeToSearch')}
        </span>
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('panels.previousMatch')}
          title={t('panels.previousMatchTitle')}
          disabled={!count}
          onClick={() => go(-1)}
        >
          <ChevronUp size={16} />
        </button>
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('panels.nextMatch')}
          title={t('panels.nextMatchTitle')}
          disabled={!count}
          onClick={() => go(1)}
        >
          <ChevronDown size={16} />
        </button>
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('panels.clearSearch')}
          title={t('panels.clear')}
          disabled={!filtersActive(filters)}
          onClick={() => setUi({ filters: EMPTY_FILTERS, matchIndex: -1 })}
        >
          <X size={16} />
        </button>
      </div>
      <FilterFields
        channels={channels}
        personas={personas}
        selected={filters.channels}
        emotionMin={filters.emotionMin}
        emotionMax={filters.emotionMax}
        minSeverity={filters.minSeverity}
        minEvidence={filters.minEvidence}
        personaId={filters.personaId}
        update={update}
      />
      {results && results.length > 0 && (
        <ol className="insight-list search-results">
          {results.slice(0, listed).map((id, i) => (
            <li key={id}>
              <button
                type="button"
                className={`insight-item${i === matchIndex ? ' is-current' : ''}`}
                onClick={() => {
                  setUi({ matchIndex: i });
                  actions.selectOnly(id);
                }}
              >
                {touchpoints[id]?.title ?? t('panels.stickyNote')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
