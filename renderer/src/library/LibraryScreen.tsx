import { ArchiveRestore, LoaderCircle, Trash2 } from 'lucide-react';
import { EmptyState, journeysTab, NoJourneysYet } from './EmptyState';
import { JourneyGrid } from './JourneyGrid';
import { JourneyTree } from './JourneyTree';
import { Segmented } from '../ui/segmented';
import { LibraryFilters } from './LibraryFilters';
import { LibraryHeader } from './LibraryHeader';
import { StorageLine } from './StorageLine';
import { TrashList } from './TrashList';
import { useLibrary, type LibraryActions, type LibraryFileSlots } from './use-library';
import './library.css';
import { countParams, useTranslation } from '../i18n';

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

      <main
        className="library-body"
        aria-busy={summaries === undefined}
        onKeyDown={(e) => {
          // Escape lets go of the ticked cards (a field, menu or dialog handles its own Escape first).
          if (e.key === 'Escape' && !e.defaultPrevented && library.selected.length > 0) {
            e.preventDefault();
            actions.clearSelection();
          }
        }}
      >
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
          <>
            {library.selected.length > 0 && (
              <SelectionBar trashed count={library.selected.length} shown={visible.length} actions={actions} />
            )}
            <TrashList summaries={visible} actions={actions} selected={library.selected} />
          </>
        ) : (
          <>
            <div className="library-layout">
              {library.layout === 'cards' && library.selected.length > 0 && (
                <SelectionBar count={library.selected.length} shown={visible.length} actions={actions} />
              )}
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
                selected={library.selected}
              />
            )}
          </>
        )}
        <StorageLine revision={summaries} />
      </main>
    </div>
  );
}

/**
 * What can be done with the ticked journeys at once: how many, tick every shown one, trash them (in the trash:
 * restore them, or delete them for good), let go.
 */
function SelectionBar(props: { count: number; shown: number; actions: LibraryActions; trashed?: boolean }) {
  const { t } = useTranslation();
  const { actions } = props;
  return (
    <div className="library-selection" role="toolbar" aria-label={t('library.selection')}>
      <span className="library-selection-count" role="status">
        {t('library.selectedCount', countParams(props.count))}
      </span>
      {props.count < props.shown && (
        <button type="button" className="btn btn-ghost" onClick={actions.selectAll}>
          {t('library.selectAll', countParams(props.shown))}
        </button>
      )}
      {props.trashed ? (
        <>
          <button type="button" className="btn" onClick={() => void actions.restoreSelected()}>
            <ArchiveRestore size={16} aria-hidden /> {t('library.restore')}
          </button>
          <button type="button" className="btn" onClick={() => void actions.purgeSelected()}>
            <Trash2 size={16} aria-hidden /> {t('library.deleteForever')}
          </button>
        </>
      ) : (
        <button type="button" className="btn" onClick={() => void actions.trashSelected()}>
          <Trash2 size={16} aria-hidden /> {t('library.moveToTrash')}
        </button>
      )}
      <button type="button" className="btn btn-ghost" aria-keyshortcuts="Escape" onClick={actions.clearSelection}>
        {t('library.clearSelection')}
      </button>
    </div>
  );
}
