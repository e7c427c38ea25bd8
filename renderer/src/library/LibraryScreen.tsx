import { LoaderCircle } from 'lucide-react';
import { EmptyState, NoJourneysYet } from './EmptyState';
import { JourneyGrid } from './JourneyGrid';
import { LibraryHeader } from './LibraryHeader';
import { StorageLine } from './StorageLine';
import { TrashList } from './TrashList';
import { useLibrary, type LibraryFileSlots } from './use-library';
import './library.css';
import { useTranslation } from '../i18n';

export { createBlankJourney, createFromTemplate } from './actions';
export type { LibraryFileSlots } from './use-library';

/** The journey library (or its trash): header, then the cards, rows or an empty state, then the storage line. */
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

      <main className="library-body" aria-busy={summaries === undefined}>
        {!trashed && files.recentFiles}
        {summaries === undefined ? (
          <p className="library-loading" role="status">
            <LoaderCircle size={18} className="library-spin" aria-hidden /> {t('library.loading')}
          </p>
        ) : summaries.length === 0 ? (
          trashed ? (
            <EmptyState title={t('library.trashEmptyTitle')} text={t('library.trashEmptyText')} />
          ) : (
            <NoJourneysYet
              onNewJourney={actions.newJourney}
              onNewFromTemplate={actions.newFromTemplate}
              onOpenFiles={actions.openFiles}
            />
          )
        ) : visible.length === 0 ? (
          <EmptyState title={t('library.noMatchTitle')} text={t('library.noMatchText', { query: library.query })} />
        ) : trashed ? (
          <TrashList summaries={visible} actions={actions} />
        ) : (
          <JourneyGrid summaries={visible} renaming={library.renaming} actions={actions} />
        )}
        <StorageLine revision={summaries} />
      </main>
    </div>
  );
}
