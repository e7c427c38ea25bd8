import { FolderOpen, LayoutTemplate, Map as MapIcon, Plus, Search, Trash2 } from 'lucide-react';
import type { RefObject } from 'react';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import { LanguageMenu } from '../ui/LanguageMenu';
import { DropdownMenu } from '../ui/menu';
import { SORTS, type SortKey } from './sort';

export interface LibraryHeaderProps {
  trashed: boolean;
  /** Journeys in the trash, shown on its tab; undefined while loading. */
  trashCount: number | undefined;
  query: string;
  onQuery: (query: string) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Whether there is anything to empty from the trash. */
  canEmptyTrash: boolean;
  onOpenFiles: () => void;
  onNewJourney: () => void;
  onNewFromTemplate: (templateId: string) => void;
  onEmptyTrash: () => void;
}

/** The brand, the Journeys and Trash tabs, search, sort and the view's actions. */
export function LibraryHeader(props: LibraryHeaderProps) {
  const { trashed, trashCount } = props;
  return (
    <header className="library-header">
      <div className="brand">
        <MapIcon size={22} aria-hidden />
        <span>Waymark</span>
      </div>
      <LanguageMenu />
      <nav className="library-tabs" aria-label="Library views">
        <a href="#/" className={!trashed ? 'active' : ''} aria-current={!trashed ? 'page' : undefined}>
          Journeys
        </a>
        <a href="#/trash" className={trashed ? 'active' : ''} aria-current={trashed ? 'page' : undefined}>
          Trash{trashCount ? ` (${trashCount})` : ''}
        </a>
      </nav>
      <div className="library-search">
        <Search size={16} aria-hidden />
        <input
          ref={props.searchRef}
          className="input"
          type="search"
          placeholder="Search journeys"
          aria-label="Search journeys by title or client"
          title="Search journeys (Ctrl+F)"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <label className="library-sort">
        <span className="sr-only">Sort by</span>
        <select
          className="input"
          value={props.sort}
          onChange={(e) => props.onSort(e.target.value as SortKey)}
          aria-label="Sort by"
        >
          {Object.entries(SORTS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {!trashed ? (
        <div className="library-actions">
          <button type="button" className="btn" onClick={props.onOpenFiles} title="Open a .journey file (Ctrl+O)">
            <FolderOpen size={16} aria-hidden /> Open file…
          </button>
          <DropdownMenu
            label="New from template"
            title="New journey from a template"
            trigger={
              <>
                <LayoutTemplate size={16} aria-hidden /> Templates
              </>
            }
            items={JOURNEY_TEMPLATES.map((t) => ({
              label: t.name,
              onSelect: () => props.onNewFromTemplate(t.id),
            }))}
          />
          <button type="button" className="btn btn-primary" onClick={props.onNewJourney} title="New journey (Ctrl+N)">
            <Plus size={16} aria-hidden /> New journey
          </button>
        </div>
      ) : (
        <div className="library-actions">
          <button type="button" className="btn btn-danger" disabled={!props.canEmptyTrash} onClick={props.onEmptyTrash}>
            <Trash2 size={16} aria-hidden /> Empty trash
          </button>
        </div>
      )}
    </header>
  );
}
