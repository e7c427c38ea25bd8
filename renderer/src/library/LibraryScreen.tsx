import { LoaderCircle } from 'lucide-react';
import { EmptyState, journeysTab, NoJourneysYet } from './EmptyState';
import { JourneyGrid } from './JourneyGrid';
import { JourneyTree } from './JourneyTree';
import { Segmented } from '../ui/segmented';
import { LibraryFilters } from './LibraryFilters';
import { LibraryHeader } from './LibraryHeader';
import { StorageLine } from './StorageLine';
import { TrashList } from './TrashList';
import { useLibrary, type LibraryFileSlots } from './use-library';
import './library.css';
import { useTranslation } from '../i18n';

export { createBlankJourney, createFromTemplate } from './actions';
export type { LibraryFileSlots } from './use-library';

/** The journey library (or its trash): header, then the cards, rows or an empty state, then the storage line. */
/** The library's two layouts and their names (catalogue keys). */
const LAYOUTS = [
  ['cards', 'library.layoutCards'],
  ['tree', 'library.layoutTree'],
] as const;

export function LibraryScreen({ view, files }: { view: 'library' | 'trash'; files: LibraryFileSlots }) {
  const library = useLibrary(view, files);
  const { trashed, summaries, visible, actions } = library;
  const { t } = useTranslation();

  return (
    <div className="library">
      <LibraryHeader
        trashed={trashed}
        trashCount={library.trashCount}
        query={library.query}
        onQuery={library.setQuery}
        sort={library.sort}
        onSort={library.setSort}
        searchRef={library.searchRef}
        canEmptyTrash={!!summaries?.length}
        onOpenFiles={actions.openFiles}
        onNewJourney={actions.newJourney}
        onNewFromTemplate={actions.newFromTemplate}
        onEmptyTrash={actions.emptyTrash}
      />
      {!trashed && !!summaries?.length && (
        <LibraryFilters
          filter={library.filter}
          onFilter={library.setFilter}
          owners={library.choices.owners}
          tags={library.choices.tags}
          views={library.views.list}
          activeViewId={library.views.activeId}
          onApplyView={library.views.apply}
          onSaveView={(name) => void library.views.save(name)}
          onDeleteView={(view) => void library.views.remove(view)}
        />
      )}

      <main className="library-body" aria-busy={summaries === undefined}>
        {!trashed && files.recentFiles}
        {summaries === undefined ? (
          <p className="library-loading" role="status">
            <LoaderCircle size={18} className="library-spin" aria-hidden /> {t('library.loading')}
          </p>
        ) : summaries.length === 0 ? (
          trashed ? (
            <EmptyState
              title={t('library.trashEmptyTitle')}
              text={t('library.trashEmptyText')}
              focusWhenLost={journeysTab}
            />
          ) : (
            <NoJourneysYet
              onNewJourney={actions.newJourney}
              onNewFromTemplate={actions.newFromTemplate}
              onOpenFiles={actions.openFiles}
              trashCount={library.trashCount}
            />
          )
        ) : visible.length === 0 ? (
          <EmptyState
            title={t('library.noMatchTitle')}
            text={
              library.query.trim() ? t('library.noMatchText', { query: library.query }) : t('library.noFilterMatchText')
            }
          />
        ) : trashed ? (
          <TrashList summaries={visible} actions={actions} />
        ) : (
          <>
            <div className="library-layout">
              <Segmented
                label={t('library.layoutLabel')}
                name="library-layout"
                value={library.layout}
                options={LAYOUTS.map(([value, key]) => [value, t(key)] as const)}
                onChange={library.setLayout}
              />
            </div>
            {library.layout === 'tree' ? (
              <JourneyTree roots={library.tree} onOpen={actions.openJourney} />
            ) : (
              <JourneyGrid
                summaries={visible}
                renaming={library.renaming}
                actions={actions}
                parents={library.parents}
              />
            )}
          </>
        )}
        <StorageLine revision={summaries} />
      </main>
    </div>
  );
}
