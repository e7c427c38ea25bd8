import { useLiveQuery } from 'dexie-react-hooks';
import {
  ArchiveRestore,
  Copy,
  FileUp,
  FolderOpen,
  LayoutTemplate,
  LoaderCircle,
  Map as MapIcon,
  MoreHorizontal,
  Pencil,
  Plus,
  Search,
  Trash2,
} from 'lucide-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useCommandHandler, useServices, type AppServices } from '../services';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import {
  createJourney,
  createJourneyFromDocument,
  duplicateJourney,
  emptyTrash,
  listJourneys,
  moveToTrash,
  purgeJourney,
  renameJourney,
  restoreFromTrash,
  type JourneySummary,
} from '../storage';
import { confirmAction } from '../ui/confirm';
import { DropdownMenu } from '../ui/menu';
import { errorMessage, toast } from '../ui/toasts';
import { filterAndSort, SORTS, type SortKey } from './sort';
import { relativeTime } from '../ui/time';
import { StorageLine } from './StorageLine';
import './library.css';

async function run<T>(action: () => Promise<T>, failure: string): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    toast.error(errorMessage(error, failure));
    return undefined;
  }
}

export async function createBlankJourney({ db, navigate }: AppServices) {
  const journey = await run(
    () => createJourney(db, { title: 'Untitled journey' }),
    'The journey could not be created.',
  );
  if (journey) navigate({ name: 'journey', journeyId: journey.id });
}

export async function createFromTemplate({ db, navigate }: AppServices, templateId: string) {
  const template = JOURNEY_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return;
  const journey = await run(
    () => createJourneyFromDocument(db, template.build()),
    'The template could not be created.',
  );
  if (journey) navigate({ name: 'journey', journeyId: journey.id });
}

/** What the files feature lends the library: opening files, and the list of recent ones. */
export interface LibraryFileSlots {
  openFiles: () => void;
  recentFiles: ReactNode;
}

export function LibraryScreen({ view, files }: { view: 'library' | 'trash'; files: LibraryFileSlots }) {
  const services = useServices();
  const { db } = services;
  const trashed = view === 'trash';
  const summaries = useLiveQuery(() => listJourneys(db, { trashed }), [trashed]);
  const trashCount = useLiveQuery(async () => (await listJourneys(db, { trashed: true })).length, []);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('edited');
  const [renaming, setRenaming] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const visible = useMemo(() => filterAndSort(summaries ?? [], query, sort), [summaries, query, sort]);

  useCommandHandler((command) => {
    if (command === 'new-journey') {
      void createBlankJourney(services);
      return true;
    }
    if (command === 'open') {
      files.openFiles();
      return true;
    }
    if (command === 'find') {
      searchRef.current?.focus();
      return true;
    }
    return false;
  });

  const onTrash = async (s: JourneySummary) => {
    const done = await run(() => moveToTrash(db, s.journey.id), 'The journey could not be moved to the trash.');
    if (done === undefined) return;
    toast.info(`Moved “${s.journey.title}” to the trash.`, {
      label: 'Undo',
      run: () => void run(() => restoreFromTrash(db, s.journey.id), 'The journey could not be restored.'),
    });
  };

  const onPurge = async (s: JourneySummary) => {
    const ok = await confirmAction({
      title: 'Delete this journey forever?',
      message: `“${s.journey.title}” and its ${s.touchpointCount} touchpoints will be deleted permanently. This cannot be undone.`,
      confirmLabel: 'Delete forever',
      danger: true,
    });
    if (ok) await run(() => purgeJourney(db, s.journey.id), 'The journey could not be deleted.');
  };

  const onEmptyTrash = async () => {
    const count = summaries?.length ?? 0;
    const ok = await confirmAction({
      title: 'Empty the trash?',
      message: `${count} ${count === 1 ? 'journey' : 'journeys'} will be deleted permanently. This cannot be undone.`,
      confirmLabel: 'Empty trash',
      danger: true,
    });
    if (ok) await run(() => emptyTrash(db), 'The trash could not be emptied.');
  };

  return (
    <div className="library">
      <header className="library-header">
        <div className="brand">
          <MapIcon size={22} aria-hidden />
          <span>Waymark</span>
        </div>
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
            ref={searchRef}
            className="input"
            type="search"
            placeholder="Search journeys"
            aria-label="Search journeys by title or client"
            title="Search journeys (Ctrl+F)"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <label className="library-sort">
          <span className="sr-only">Sort by</span>
          <select
            className="input"
            value={sort}
            onChange={(e) => setSort(e.target.value as SortKey)}
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
            <button
              type="button"
              className="btn"
              onClick={() => files.openFiles()}
              title="Open a .journey file (Ctrl+O)"
            >
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
                onSelect: () => void createFromTemplate(services, t.id),
              }))}
            />
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void createBlankJourney(services)}
              title="New journey (Ctrl+N)"
            >
              <Plus size={16} aria-hidden /> New journey
            </button>
          </div>
        ) : (
          <div className="library-actions">
            <button
              type="button"
              className="btn btn-danger"
              disabled={!summaries?.length}
              onClick={() => void onEmptyTrash()}
            >
              <Trash2 size={16} aria-hidden /> Empty trash
            </button>
          </div>
        )}
      </header>

      <main className="library-body" aria-busy={summaries === undefined}>
        {!trashed && files.recentFiles}
        {summaries === undefined ? (
          <p className="library-loading" role="status">
            <LoaderCircle size={18} className="library-spin" aria-hidden /> Loading journeys…
          </p>
        ) : summaries.length === 0 ? (
          trashed ? (
            <EmptyState
              title="The trash is empty"
              text="Journeys you delete wait here until you restore them or empty the trash."
            />
          ) : (
            <EmptyState
              title="No journeys yet"
              text="Map how your customers move from first contact to loyal fan. Start blank, from a template, or open a .journey file a colleague sent you."
              actions={
                <>
                  <button type="button" className="btn btn-primary" onClick={() => void createBlankJourney(services)}>
                    <Plus size={16} aria-hidden /> New journey
                  </button>
                  {JOURNEY_TEMPLATES.map((t) => (
                    <button
                      key={t.id}
                      type="button"
                      className="btn"
                      onClick={() => void createFromTemplate(services, t.id)}
                    >
                      <LayoutTemplate size={16} aria-hidden /> {t.name}
                    </button>
                  ))}
                  <button type="button" className="btn" onClick={() => files.openFiles()}>
                    <FileUp size={16} aria-hidden /> Open file…
                  </button>
                </>
              }
            />
          )
        ) : visible.length === 0 ? (
          <EmptyState title="No journey matches your search" text={`Nothing is called “${query}”. Try fewer words.`} />
        ) : (
          <ul
            className={trashed ? 'journey-rows' : 'journey-grid'}
            aria-label={trashed ? 'Trashed journeys' : 'Journeys'}
          >
            {visible.map((s) =>
              trashed ? (
                <TrashRow
                  key={s.journey.id}
                  summary={s}
                  onRestore={() =>
                    void run(() => restoreFromTrash(db, s.journey.id), 'The journey could not be restored.')
                  }
                  onPurge={() => void onPurge(s)}
                />
              ) : (
                <JourneyCard
                  key={s.journey.id}
                  summary={s}
                  renaming={renaming === s.journey.id}
                  onStartRename={() => setRenaming(s.journey.id)}
                  onEndRename={async (title) => {
                    setRenaming(null);
                    const next = title?.trim();
                    if (next && next !== s.journey.title) {
                      await run(() => renameJourney(db, s.journey.id, next), 'The journey could not be renamed.');
                    }
                  }}
                  onDuplicate={() =>
                    void run(async () => {
                      await duplicateJourney(db, s.journey.id);
                      toast.success(`Duplicated “${s.journey.title}”.`);
                    }, 'The journey could not be duplicated.')
                  }
                  onTrash={() => void onTrash(s)}
                />
              ),
            )}
          </ul>
        )}
        <StorageLine revision={summaries} />
      </main>
    </div>
  );
}

function EmptyState(props: { title: string; text: string; actions?: React.ReactNode }) {
  return (
    <section className="empty-state">
      <MapIcon size={40} aria-hidden className="empty-icon" />
      <h2>{props.title}</h2>
      <p>{props.text}</p>
      {props.actions && <div className="empty-actions">{props.actions}</div>}
    </section>
  );
}

function Counts({ summary }: { summary: JourneySummary }) {
  return (
    <span className="muted">
      {summary.stageCount} {summary.stageCount === 1 ? 'stage' : 'stages'} · {summary.touchpointCount}{' '}
      {summary.touchpointCount === 1 ? 'touchpoint' : 'touchpoints'}
    </span>
  );
}

function JourneyCard(props: {
  summary: JourneySummary;
  renaming: boolean;
  onStartRename: () => void;
  onEndRename: (title: string | null) => void | Promise<void>;
  onDuplicate: () => void;
  onTrash: () => void;
}) {
  const { journey } = props.summary;
  const { navigate } = useServices();
  const open = () => navigate({ name: 'journey', journeyId: journey.id });
  return (
    <li className="journey-card" data-journey-id={journey.id}>
      {props.renaming ? (
        <input
          className="input card-rename"
          aria-label="Journey title"
          defaultValue={journey.title}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void props.onEndRename(e.currentTarget.value);
            if (e.key === 'Escape') void props.onEndRename(null);
          }}
          onBlur={(e) => void props.onEndRename(e.currentTarget.value)}
        />
      ) : (
        <button
          type="button"
          className="card-open"
          onClick={open}
          onKeyDown={(e) => {
            if (e.key === 'F2') props.onStartRename();
            if (e.key === 'Delete') props.onTrash();
          }}
          title="Open journey (F2 to rename)"
        >
          <span className="card-title">{journey.title}</span>
          {journey.client && <span className="card-client">{journey.client}</span>}
        </button>
      )}
      <div className="card-meta">
        <Counts summary={props.summary} />
        <span className="muted" title={new Date(journey.updatedAt).toLocaleString()}>
          Edited {relativeTime(journey.updatedAt)}
        </span>
      </div>
      <div className="card-menu">
        <DropdownMenu
          label={`Actions for ${journey.title}`}
          title="More actions"
          trigger={<MoreHorizontal size={16} aria-hidden />}
          items={[
            { label: 'Open', icon: <MapIcon size={16} />, onSelect: open },
            { label: 'Rename', icon: <Pencil size={16} />, shortcut: 'F2', onSelect: props.onStartRename },
            { label: 'Duplicate', icon: <Copy size={16} />, onSelect: props.onDuplicate },
            {
              label: 'Move to trash',
              icon: <Trash2 size={16} />,
              shortcut: 'Del',
              danger: true,
              onSelect: props.onTrash,
            },
          ]}
        />
      </div>
    </li>
  );
}

function TrashRow(props: { summary: JourneySummary; onRestore: () => void; onPurge: () => void }) {
  const { journey } = props.summary;
  return (
    <li className="journey-row" data-journey-id={journey.id}>
      <div className="row-main">
        <span className="card-title">{journey.title}</span>
        <Counts summary={props.summary} />
      </div>
      <span className="muted">Deleted {journey.deletedAt ? relativeTime(journey.deletedAt) : ''}</span>
      <button type="button" className="btn" onClick={props.onRestore} aria-label={`Restore ${journey.title}`}>
        <ArchiveRestore size={16} aria-hidden /> Restore
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={props.onPurge}
        aria-label={`Delete ${journey.title} forever`}
      >
        <Trash2 size={16} aria-hidden /> Delete forever
      </button>
    </li>
  );
}
