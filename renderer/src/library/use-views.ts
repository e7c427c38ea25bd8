import { useLiveQuery } from 'dexie-react-hooks';
import type { WaymarkDB } from '../storage';
import { errorMessage, toast } from '../ui/toasts';
import { t } from '../i18n';
import type { LibraryFilter } from './filters';
import type { SortKey } from './sort';
import { readViews, withoutView, withView, writeViews, type LibraryView } from './views';

type ViewState = Omit<LibraryView, 'id' | 'name'>;

function sameState(v: LibraryView, s: ViewState): boolean {
  const [a, b] = [v.filter, s.filter];
  return (
    v.query === s.query &&
    v.sort === s.sort &&
    a.status === b.status &&
    a.type === b.type &&
    a.owner === b.owner &&
    a.tag === b.tag
  );
}

/**
 * The saved library views, live from the database, with save (the current
 * search, filter and sort under a name), apply and delete (with Undo).
 */
export function useLibraryViews(
  db: WaymarkDB,
  current: { query: string; sort: SortKey; filter: LibraryFilter },
  apply: (view: LibraryView) => void,
) {
  const list = useLiveQuery(() => readViews(db), [db]) ?? [];
  const active = list.find((v) => sameState(v, current)) ?? null;
  const write = async (next: LibraryView[], failure: string) => {
    try {
      await writeViews(db, next);
      return true;
    } catch (error) {
      toast.error(errorMessage(error, failure));
      return false;
    }
  };
  return {
    list,
    activeId: active?.id ?? null,
    apply,
    save: async (name: string) => {
      const views = await readViews(db);
      if (await write(withView(views, name, current), t('library.viewSaveFailed'))) {
        toast.success(t('library.viewSaved', { name: name.trim() }));
      }
    },
    remove: async (view: LibraryView) => {
      const before = await readViews(db);
      if (!(await write(withoutView(before, view.id), t('library.viewDeleteFailed')))) return;
      toast.info(t('library.viewDeleted', { name: view.name }), {
        label: t('library.undo'),
        run: () => {
          void (async () => {
            const now = await readViews(db);
            if (!now.some((v) => v.id === view.id)) {
              const at = Math.min(
                before.findIndex((v) => v.id === view.id),
                now.length,
              );
              await write([...now.slice(0, at), view, ...now.slice(at)], t('library.viewRestoreFailed'));
            }
          })();
        },
      });
    },
  };
}
