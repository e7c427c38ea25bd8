import { Bookmark, Save, X } from 'lucide-react';
import { useState } from 'react';
import {
  JOURNEY_STATUSES,
  JOURNEY_STATUS_LABELS,
  JOURNEY_TYPES,
  JOURNEY_TYPE_LABELS,
  type JourneyStatus,
  type JourneyType,
} from '../domain/vocabulary';
import { isFilterEmpty, type LibraryFilter } from './filters';
import type { LibraryView } from './views';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  /** The owners and tags the journeys carry. */
  owners: readonly string[];
  tags: readonly string[];
  views: readonly LibraryView[];
  /** The view whose search, filter and sort are showing, if any. */
  activeViewId: string | null;
  onApplyView: (view: LibraryView) => void;
  onSaveView: (name: string) => void;
  onDeleteView: (view: LibraryView) => void;
}

const ANY = '';

function FilterSelect(props: {
  label: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <label className="library-filter">
      <span>{props.label}</span>
      <select
        className="input"
        aria-label={`Filter by ${props.label.toLocaleLowerCase()}`}
        value={props.value ?? ANY}
        onChange={(e) => props.onChange(e.target.value === ANY ? null : e.target.value)}
      >
        <option value={ANY}>Any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters on status, type, owner and tag, and the saved views (apply, save the current one, delete). */
export function LibraryFilters(props: LibraryFiltersProps) {
  const { filter, onFilter } = props;
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const save = () => {
    if (name.trim()) props.onSaveView(name);
    setNaming(false);
    setName('');
  };
  const list = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <div className="library-filters" role="group" aria-label="Filters and views">
      <FilterSelect
        label="Status"
        value={filter.status}
        options={JOURNEY_STATUSES.map((s) => ({ value: s, label: JOURNEY_STATUS_LABELS[s] }))}
        onChange={(v) => onFilter({ ...filter, status: v as JourneyStatus | null })}
      />
      <FilterSelect
        label="Type"
        value={filter.type}
        options={JOURNEY_TYPES.map((t) => ({ value: t, label: JOURNEY_TYPE_LABELS[t] }))}
        onChange={(v) => onFilter({ ...filter, type: v as JourneyType | null })}
      />
      <FilterSelect
        label="Owner"
        value={filter.owner}
        options={list(
          filter.owner && !props.owners.includes(filter.owner) ? [...props.owners, filter.owner] : props.owners,
        )}
        onChange={(owner) => onFilter({ ...filter, owner })}
      />
      <FilterSelect
        label="Tag"
        value={filter.tag}
        options={list(filter.tag && !props.tags.includes(filter.tag) ? [...props.tags, filter.tag] : props.tags)}
        onChange={(tag) => onFilter({ ...filter, tag })}
      />
      {!isFilterEmpty(filter) && (
        <button
          type="button"
          className="btn"
          onClick={() => onFilter({ status: null, type: null, owner: null, tag: null })}
        >
          <X size={14} aria-hidden /> Clear filters
        </button>
      )}
      <div className="library-views" role="list" aria-label="Saved views">
        {props.views.map((v) => (
          <span key={v.id} role="listitem" className={`library-view${v.id === props.activeViewId ? ' active' : ''}`}>
            <button
              type="button"
              className="library-view-apply"
              aria-pressed={v.id === props.activeViewId}
              title={`Show the journeys of the view “${v.name}”`}
              onClick={() => props.onApplyView(v)}
            >
              <Bookmark size={14} aria-hidden /> {v.name}
            </button>
            <button
              type="button"
              className="library-view-delete"
              aria-label={`Delete view ${v.name}`}
              title={`Delete the view “${v.name}”`}
              onClick={() => props.onDeleteView(v)}
            >
              <X size={12} aria-hidden />
            </button>
          </span>
        ))}
        {naming ? (
          <form
            className="library-view-form"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <input
              className="input"
              aria-label="View name"
              placeholder="View name"
              maxLength={80}
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setNaming(false);
                  setName('');
                }
              }}
            />
            <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
              Save
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="btn"
            title="Keep this search, filter and sort as a named view"
            onClick={() => setNaming(true)}
          >
            <Save size={14} aria-hidden /> Save view…
          </button>
        )}
      </div>
    </div>
  );
}
