import { Bookmark, Save, X } from 'lucide-react';
import { useState } from 'react';
import { JOURNEY_STATUSES, JOURNEY_TYPES, type JourneyStatus, type JourneyType } from '../domain/vocabulary';
import { useTranslation } from '../i18n';
import { STATUS_KEYS, TYPE_KEYS } from './JourneyCard';
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
  const { t } = useTranslation();
  return (
    <label className="library-filter">
      <span>{props.label}</span>
      <select
        className="input"
        aria-label={t('library.filterBy', { what: props.label.toLocaleLowerCase() })}
        value={props.value ?? ANY}
        onChange={(e) => props.onChange(e.target.value === ANY ? null : e.target.value)}
      >
        <option value={ANY}>{t('library.filterAny')}</option>
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
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const save = () => {
    if (name.trim()) props.onSaveView(name);
    setNaming(false);
    setName('');
  };
  const list = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <div className="library-filters" role="group" aria-label={t('library.filtersAndViews')}>
      <FilterSelect
        label={t('library.status')}
        value={filter.status}
        options={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
        onChange={(v) => onFilter({ ...filter, status: v as JourneyStatus | null })}
      />
      <FilterSelect
        label={t('library.type')}
        value={filter.type}
        options={JOURNEY_TYPES.map((k) => ({ value: k, label: t(TYPE_KEYS[k]) }))}
        onChange={(v) => onFilter({ ...filter, type: v as JourneyType | null })}
      />
      <FilterSelect
        label={t('library.owner')}
        value={filter.owner}
        options={list(
          filter.owner && !props.owners.includes(filter.owner) ? [...props.owners, filter.owner] : props.owners,
        )}
        onChange={(owner) => onFilter({ ...filter, owner })}
      />
      <FilterSelect
        label={t('library.tag')}
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
          <X size={14} aria-hidden /> {t('library.clearFilters')}
        </button>
      )}
      <div className="library-views" role="group" aria-label={t('library.savedViews')}>
        {props.views.length > 0 && (
          <span className="library-view-list" role="list">
            {props.views.map((v) => (
              <span
                key={v.id}
                role="listitem"
                className={`library-view${v.id === props.activeViewId ? ' active' : ''}`}
              >
                <button
                  type="button"
                  className="library-view-apply"
                  aria-pressed={v.id === props.activeViewId}
                  title={t('library.applyViewTitle', { name: v.name })}
                  onClick={() => props.onApplyView(v)}
                >
                  <Bookmark size={14} aria-hidden /> {v.name}
                </button>
                <button
                  type="button"
                  className="library-view-delete"
                  aria-label={t('library.deleteViewLabel', { name: v.name })}
                  title={t('library.deleteViewTitle', { name: v.name })}
                  onClick={() => props.onDeleteView(v)}
                >
                  <X size={12} aria-hidden />
                </button>
              </span>
            ))}
          </span>
        )}
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
              aria-label={t('library.viewName')}
              placeholder={t('library.viewName')}
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
              {t('library.save')}
            </button>
          </form>
        ) : (
          <button type="button" className="btn" title={t('library.saveViewTitle')} onClick={() => setNaming(true)}>
            <Save size={14} aria-hidden /> {t('library.saveView')}
          </button>
        )}
      </div>
    </div>
  );
}
