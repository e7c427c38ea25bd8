import { FolderOpen, LayoutTemplate, Map as MapIcon, Plus, Search, Trash2 } from 'lucide-react';
import { useState, type RefObject } from 'react';
import { countParams, useTranslation } from '../i18n';
import { LanguageMenu } from '../ui/LanguageMenu';
import { SORTS, type SortKey } from './sort';
import { TemplateGalleryDialog } from './TemplateGalleryDialog';

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

/** The product's name, not translated. */
const BRAND = 'Waymark';

/** The brand, the Journeys and Trash tabs, search, sort and the view's actions. */
export function LibraryHeader(props: LibraryHeaderProps) {
  const { trashed, trashCount } = props;
  const { t } = useTranslation();
  const [gallery, setGallery] = useState(false);
  return (
    <header className="library-header">
      <div className="brand">
        <MapIcon size={22} aria-hidden />
        <span>{BRAND}</span>
      </div>
      <LanguageMenu />
      <nav className="library-tabs" aria-label={t('library.views')}>
        <a href="#/" className={!trashed ? 'active' : ''} aria-current={!trashed ? 'page' : undefined}>
          {t('library.journeys')}
        </a>
        <a href="#/trash" className={trashed ? 'active' : ''} aria-current={trashed ? 'page' : undefined}>
          {trashCount ? t('library.trashCount', countParams(trashCount)) : t('library.trash')}
        </a>
      </nav>
      <div className="library-search">
        <Search size={16} aria-hidden />
        <input
          ref={props.searchRef}
          className="input"
          type="search"
          placeholder={t('library.searchPlaceholder')}
          aria-label={t('library.searchLabel')}
          title={t('library.searchTitle')}
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <label className="library-sort">
        <span className="sr-only">{t('library.sortBy')}</span>
        <select
          className="input"
          value={props.sort}
          onChange={(e) => props.onSort(e.target.value as SortKey)}
          aria-label={t('library.sortBy')}
        >
          {Object.entries(SORTS).map(([k, label]) => (
            <option key={k} value={k}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {!trashed ? (
        <div className="library-actions">
          <button type="button" className="btn" onClick={props.onOpenFiles} title={t('library.openFileTitle')}>
            <FolderOpen size={16} aria-hidden /> {t('library.openFile')}
          </button>
          <button
            type="button"
            className="btn"
            aria-haspopup="dialog"
            title={t('library.newFromTemplateTitle')}
            onClick={() => setGallery(true)}
          >
            <LayoutTemplate size={16} aria-hidden /> {t('library.templates')}
          </button>
          <TemplateGalleryDialog open={gallery} onClose={() => setGallery(false)} onChoose={props.onNewFromTemplate} />
          <button
            type="button"
            className="btn btn-primary"
            onClick={props.onNewJourney}
            title={t('library.newJourneyTitle')}
          >
            <Plus size={16} aria-hidden /> {t('library.newJourney')}
          </button>
        </div>
      ) : (
        <div className="library-actions">
          <button type="button" className="btn btn-danger" disabled={!props.canEmptyTrash} onClick={props.onEmptyTrash}>
            <Trash2 size={16} aria-hidden /> {t('library.emptyTrash')}
          </button>
        </div>
      )}
    </header>
  );
}
