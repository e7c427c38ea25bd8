/**
 * The table view: the open journey as a grid, one row per touchpoint under
 * a header row per stage (and per lane in a service blueprint), following
 * the WAI-ARIA grid pattern (one focusable cell, arrow keys, Home/End,
 * Enter or F2 to edit). It edits the same session store as the canvas, so
 * the map follows live and undo covers every edit. Rows are drawn only
 * while in view (a fixed row height), so a 2,000-touchpoint journey opens
 * at once.
 */
import { Plus, Columns3 } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { countParams, useTranslation } from '../i18n';
import { emotionName } from '../i18n/vocabulary';
import { gridKeyAction } from './grid-keys';
import { isBlueprint } from '../domain/lanes';
import type { LaneId, PersonaId, StageId } from '../domain/ids';
import { addStage, deleteItems, updateStage } from '../session/edits';
import { updateLane } from '../session/lane-edits';
import { changesDraft, type ChangesDraft } from '../session/inline-draft';
import { useEditor, useEditorStore } from '../session/react';
import { useEditorUi } from '../editor/ui-store';
import { useEditorActions } from '../editor/actions-context';
import { EmotionFace } from '../editor/canvas/EmotionFace';
import { useJourneyLinks } from '../editor/links/journey-links';
import { confirmAction } from '../ui/confirm';
import { afterNextPaint } from '../ui/paint';
import { toast } from '../ui/toasts';
import {
  choiceOptions,
  editValue,
  linkOptions,
  readCell,
  tableColumns,
  type CellError,
  type Column,
  type ColumnKey,
  type ColumnKind,
  type TableContext,
} from './cells';
import { pasteCells, parseTsv } from './paste';
import {
  cellChanges,
  hasContent,
  moveToNeighbourStage,
  newRow,
  reorderInCell,
  tableContext,
  tableRows,
  type TableRow,
} from './rows';
import { CellEditor, type Move } from './CellEditor';
import { GridCell } from './GridCell';
import type { Touchpoint } from '../domain/model';
import { textHead } from '../ui/text-head';

/** Every row is this tall (cells show one line), so only the rows in view need drawing. */
export const ROW_HEIGHT = 36;
/** Rows drawn beyond the view, above and below it, so a scroll finds them drawn (from the second frame on). */
const OVERSCAN = 12;
/** The title cell heads its row (a row header); the others are grid cells. */
/** Stage and lane names are edited on one line. */
const NAME_FIELD: ColumnKind = 'text';

interface Focus {
  row: string;
  col: number;
}

interface Editing extends Focus {
  initial: string;
  /** Typed over (a key pressed on the cell) rather than opened with Enter or F2. */
  replace: boolean;
}

const COLUMN_WIDTHS: Partial<Record<ColumnKey, number>> = {
  title: 220,
  description: 260,
  channel: 130,
  stage: 140,
  lane: 150,
  emotion: 150,
  painPoints: 260,
  friction: 90,
  frictionTypes: 180,
  painSeverity: 190,
  painEvidence: 190,
  opportunities: 260,
  opportunityStatus: 200,
  opportunityOwner: 200,
  customerValue: 170,
  businessValue: 170,
  effort: 110,
  confidence: 140,
  opportunityTags: 240,
  subJourney: 200,
  csat: 90,
  ces: 80,
  dropOff: 100,
  volume: 100,
};

function emotionText(score: number | null | undefined): string {
  if (score === null || score === undefined) return '';
  return `${score > 0 ? `+${score}` : score} ${emotionName(score)}`;
}

const emotionOf = (t: Touchpoint, column: Column): number | null | undefined =>
  column.key === 'emotion'
    ? t.emotion
    : column.key === 'expectedEmotion'
      ? t.metrics.expectedEmotion
      : column.key.startsWith('persona:')
        ? t.personaEmotions[column.key.slice('persona:'.length) as PersonaId]
        : undefined;

/** What a cell shows (one line): the edited text, with numbers and names for emotions and lists joined. */
function cellText(t: Touchpoint, column: Column, context: TableContext): string {
  if (
    column.kind === 'number' &&
    (column.key === 'emotion' || column.key === 'expectedEmotion' || column.key.startsWith('persona:'))
  )
    return emotionText(emotionOf(t, column));
  // A detail line left empty shows as a dash, so the lines still line up with their items.
  if (column.alignedWith) {
    const text = readCell(t, column.key, context);
    return text === ''
      ? ''
      : text
          .split('\n')
          .map((line) => line || '–')
          .join(' · ');
  }
  if (column.kind === 'list') return readCell(t, column.key, context).split('\n').join(' · ');
  return readCell(t, column.key, context).replace(/\s*\n\s*/g, ' ');
}

/** An emotion shows its face beside its number and name (never colour alone). */
function CellContent({ t, column, text }: { t: Touchpoint; column: Column; text: string }) {
  const score = emotionOf(t, column);
  if (score === null || score === undefined) return <>{text}</>;
  return (
    <span className="table-emotion">
      <EmotionFace score={score} />
      {text}
    </span>
  );
}

/** A column out of sight (the grid is wider than the view) scrolls in beside the sticky first column. */
function revealColumn(scroller: HTMLElement, cell: HTMLElement) {
  const sticky = cell.parentElement?.firstElementChild;
  if (sticky === cell) return;
  const left = cell.offsetLeft - (sticky instanceof HTMLElement ? sticky.offsetWidth : 0);
  const right = cell.offsetLeft + cell.offsetWidth - scroller.clientWidth;
  if (scroller.scrollLeft > left) scroller.scrollLeft = left;
  else if (scroller.scrollLeft < right) scroller.scrollLeft = right;
}

export function TableView() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const stages = useEditor((s) => s.doc.stages);
  const lanes = useEditor((s) => s.doc.lanes);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const personas = useEditor((s) => s.doc.personas);
  const personaIds = useEditor((s) => s.doc.journey.personaIds);

  // The library's journeys, for the sub-journey column (none in a live session's editor, which knows no others).
  const journeyLinks = useJourneyLinks();
  const linkJourneys = journeyLinks?.journeys ?? null;
  const selfId = journeyLinks?.journeyId;
  const links = useMemo(
    () => (linkJourneys && selfId ? { self: selfId, journeys: linkJourneys } : null),
    [linkJourneys, selfId],
  );

  const doc = store.getState().doc;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rows follow the tables they are made of
  const rows = useMemo(() => tableRows(doc), [stages, lanes, touchpoints]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- likewise
  const context = useMemo(() => ({ ...tableContext(doc), links }), [stages, lanes, links]);
  const blueprint = isBlueprint(Object.values(lanes));
  const hasLinks = journeyLinks !== null;
  const columns = useMemo(
    () =>
      tableColumns(
        personaIds.flatMap((id) => (personas[id] ? [{ id, name: personas[id].name }] : [])),
        blueprint,
        { subJourney: hasLinks },
      ),
    [personaIds, personas, blueprint, hasLinks],
  );

  const [focus, setFocus] = useState<Focus | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<CellError | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);
  // The first frame draws only the rows in view (a third fewer cells to render, lay out and paint as the
  // table opens); the rows beyond it come in the task after that frame.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => afterNextPaint(() => setOverscan(OVERSCAN)), []);
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(true);
  // A touchpoint cell's text is saved as it is typed (a crash keeps it); the commit makes the undo step.
  const draft = useRef<ChangesDraft | null>(null);

  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  // Where the focused row was drawn, so focus stays at that place when its row goes (deleted, undone).
  const lastIndex = useRef(-1);
  const current: Focus = useMemo(() => {
    if (focus && rowIndex.has(focus.row)) return focus;
    if (lastIndex.current < 0) {
      const first = rows.find((r) => r.kind === 'touchpoint') ?? rows[0];
      return { row: first?.key ?? '', col: 0 };
    }
    const near = rows[Math.min(lastIndex.current, rows.length - 1)];
    const col = focus?.col ?? 0;
    return { row: near?.key ?? '', col: near?.kind === 'touchpoint' ? col : 0 };
  }, [focus, rowIndex, rows]);
  lastIndex.current = rowIndex.get(current.row) ?? lastIndex.current;

  const colCount = (row: TableRow | undefined) => (row?.kind === 'touchpoint' ? columns.length : 1);

  // Keep the chosen row's touchpoint selected, so the inspector beside the table shows it.
  useEffect(() => {
    const row = rows[rowIndex.get(current.row) ?? -1];
    if (!row) return;
    const stageId = row.kind === 'touchpoint' ? row.stageId : row.stage.id;
    useEditorUi.getState().set({ focusedStageId: stageId });
    if (row.kind !== 'touchpoint') return;
    const s = store.getState();
    if (s.selection.size !== 1 || !s.selection.has(row.key)) s.setSelection([row.key]);
  }, [current.row, rowIndex, rows, store]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => {
      setViewHeight(el.clientHeight || 800);
      // The view changed width under a focused cell (a side panel opened beside it): the cell stays in sight.
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.dataset.cell && el.contains(active)) revealColumn(el, active);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  /** Brings a row into view (drawn), then focus goes to it. */
  const moveTo = useCallback(
    (next: Focus) => {
      const index = rowIndex.get(next.row) ?? 0;
      const el = scrollRef.current;
      if (el) {
        const top = index * ROW_HEIGHT;
        const header = ROW_HEIGHT;
        let scroll = el.scrollTop;
        if (top < scroll) scroll = top;
        else if (top + ROW_HEIGHT + header > scroll + el.clientHeight)
          scroll = top + ROW_HEIGHT + header - el.clientHeight;
        if (scroll !== el.scrollTop) {
          el.scrollTop = scroll;
          setScrollTop(scroll);
        }
      }
      wantFocus.current = true;
      setError(null);
      setFocus(next);
    },
    [rowIndex],
  );

  // The grid had focus and lost it to nothing (its focused row went: deleted, undone): focus goes back in.
  const gridHadFocus = useRef(false);
  useEffect(() => {
    if (gridHadFocus.current && document.activeElement === document.body) wantFocus.current = true;
    if (!wantFocus.current || editing) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(
      `[data-cell="${CSS.escape(`${current.row}:${current.col}`)}"]`,
    );
    if (!cell) return;
    wantFocus.current = false;
    cell.focus({ preventScroll: true });
    if (scrollRef.current) revealColumn(scrollRef.current, cell);
  });

  const rowAt = (key: string) => rows[rowIndex.get(key) ?? -1];

  /** The next touchpoint row after (or before) a row, for Enter's move down. */
  const nextTouchpointRow = (from: number, delta: 1 | -1) => {
    for (let i = from + delta; i >= 0 && i < rows.length; i += delta) if (rows[i]!.kind === 'touchpoint') return i;
    return -1;
  };

  const afterCommit = (at: Focus, move: Move) => {
    const index = rowIndex.get(at.row) ?? 0;
    const row = rows[index];
    if (move === 'down' || move === 'up') {
      const next = nextTouchpointRow(index, move === 'down' ? 1 : -1);
      moveTo(next >= 0 ? { row: rows[next]!.key, col: at.col } : at);
    } else if (move === 'right' || move === 'left') {
      const col = Math.max(0, Math.min(colCount(row) - 1, at.col + (move === 'right' ? 1 : -1)));
      moveTo({ row: at.row, col });
    } else moveTo(at);
  };

  const commit = (at: Focus, text: string, move: Move): boolean => {
    const row = rowAt(at.row);
    const s = store.getState();
    if (!row) return (setEditing(null), true);
    if (row.kind === 'touchpoint') {
      const column = columns[at.col];
      if (!column) return (setEditing(null), true);
      const result = cellChanges(s.doc, row.key, column.key, text, context);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      if (draft.current) draft.current.finish(`Edit ${column.key}`, result.changes, { select: [row.key] });
      else if (result.changes.length) s.run(`Edit ${column.key}`, result.changes, { select: [row.key] });
      draft.current = null;
    } else {
      const name = text.trim();
      const changes =
        name === ''
          ? []
          : row.kind === 'stage'
            ? updateStage(s.doc, row.stage.id, { name })
            : updateLane(s.doc, row.lane.id, { name });
      if (changes.length) s.run(row.kind === 'stage' ? 'Rename stage' : 'Rename lane', changes);
    }
    setEditing(null);
    setError(null);
    if (move !== 'none' || scrollRef.current?.contains(document.activeElement)) afterCommit(at, move);
    return true;
  };

  const cancel = () => {
    draft.current?.finish('', null);
    draft.current = null;
    setEditing(null);
    setError(null);
    wantFocus.current = true;
  };

  const startEditing = (at: Focus, typed?: string) => {
    const row = rowAt(at.row);
    if (!row) return;
    const column = columns[at.col];
    let initial: string;
    if (row.kind === 'touchpoint') {
      if (!column) return;
      if (typed !== undefined && column.kind === 'choice') return;
      // The sub-journey is chosen among the library's journeys: not before they are known.
      if (column.key === 'subJourney' && !context.links) return;
      initial = typed ?? editValue(row.touchpoint, column.key, context);
    } else initial = typed ?? (row.kind === 'stage' ? row.stage.name : row.lane.name);
    setError(null);
    draft.current = row.kind === 'touchpoint' ? changesDraft(store) : null;
    setEditing({ ...at, initial, replace: typed !== undefined });
  };

  /** Text that does not parse yet (a number half typed) is not drafted; the commit says what is wrong. */
  const typeDraft = (at: Focus, text: string) => {
    const row = rowAt(at.row);
    const column = columns[at.col];
    if (!draft.current || row?.kind !== 'touchpoint' || !column) return;
    draft.current.type(() => {
      const result = cellChanges(store.getState().doc, row.key, column.key, text, context);
      return result.ok ? result.changes : [];
    });
  };

  /** The stage and lane new rows go into: the focused row's. */
  const focusedCell = (): { stageId: StageId; laneId: LaneId | null } | null => {
    const row = rowAt(current.row);
    if (!row) return null;
    if (row.kind === 'touchpoint') return { stageId: row.stageId, laneId: row.laneId };
    if (row.kind === 'lane') return { stageId: row.stage.id, laneId: row.lane.id };
    const firstLane = rows[(rowIndex.get(row.key) ?? 0) + 1];
    return { stageId: row.stage.id, laneId: firstLane?.kind === 'lane' ? firstLane.lane.id : null };
  };

  const addRow = () => {
    const s = store.getState();
    let cell = focusedCell();
    if (!cell) {
      const created = addStage(s.doc, { name: t('editor.firstStageName') });
      s.run('Add stage', created.changes);
      cell = { stageId: created.stage.id, laneId: null };
    }
    const { changes, id } = newRow(store.getState().doc, cell.stageId, cell.laneId);
    store.getState().run('Add touchpoint', changes, { select: [id] });
    wantFocus.current = false;
    setFocus({ row: id, col: 0 });
    setEditing({ row: id, col: 0, initial: '', replace: true });
  };

  /** The map's Add stage (its translated default name, one undo step), then the new stage's name is edited. */
  const addStageRow = () => {
    const stage = store.getState().doc.stages[actions.addStage()];
    if (!stage) return;
    wantFocus.current = false;
    setFocus({ row: stage.id, col: 0 });
    setEditing({ row: stage.id, col: 0, initial: stage.name, replace: false });
  };

  const deleteRow = async (row: TableRow) => {
    if (row.kind === 'stage') return deleteStageRow(row.stage.id);
    if (row.kind !== 'touchpoint') return;
    const title = row.touchpoint.title.trim() || t('table.untitled');
    if (hasContent(row.touchpoint)) {
      const ok = await confirmAction({
        title: t('table.deleteTitle'),
        message: t('table.deleteMessage', { title }),
        confirmLabel: t('table.deleteConfirm'),
        danger: true,
      });
      if (!ok) {
        wantFocus.current = true;
        setFocus({ ...current });
        return;
      }
    }
    const index = rowIndex.get(row.key) ?? 0;
    const s = store.getState();
    const changes = deleteItems(s.doc, [row.key]);
    if (!changes.length) return;
    s.run('Delete touchpoint', changes, { select: [] });
    actions.deletedToast(t('table.deleted', { title }));
    const neighbour = rows[index + 1]?.kind === 'touchpoint' ? rows[index + 1] : rows[index - 1];
    if (neighbour) moveTo({ row: neighbour.key, col: Math.min(current.col, colCount(neighbour) - 1) });
  };

  /** The map's Delete on this stage: asked first when it holds touchpoints (which go with it), Undo offered. */
  const deleteStageRow = async (id: string) => {
    const index = rowIndex.get(id) ?? 0;
    store.getState().setSelection([id]);
    await actions.deleteSelection();
    if (store.getState().doc.stages[id]) {
      // Cancelled: the stage stays, and so does focus on its row.
      wantFocus.current = true;
      setFocus({ ...current });
      return;
    }
    const next =
      rows.slice(index + 1).find((r) => r.kind === 'stage') ??
      rows
        .slice(0, index)
        .reverse()
        .find((r) => r.kind === 'stage');
    if (next) moveTo({ row: next.key, col: 0 });
  };

  const moveRow = (row: TableRow, delta: -1 | 1, acrossStages: boolean) => {
    if (row.kind !== 'touchpoint') return;
    const s = store.getState();
    const changes = acrossStages ? moveToNeighbourStage(s.doc, row.key, delta) : reorderInCell(s.doc, row.key, delta);
    if (changes.length) s.run(acrossStages ? 'Move to stage' : 'Reorder touchpoint', changes, { select: [row.key] });
    wantFocus.current = true;
    setFocus({ ...current });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (editing || e.defaultPrevented) return;
    const index = rowIndex.get(current.row) ?? 0;
    const row = rows[index];
    if (!row) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      moveRow(row, e.key === 'ArrowUp' ? -1 : 1, e.shiftKey);
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const action = gridKeyAction(e);
    if (!action) return;
    const last = colCount(row) - 1;
    const go = (rowI: number, col: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, rowI))]!;
      moveTo({ row: r.key, col: Math.max(0, Math.min(colCount(r) - 1, col)) });
    };
    if (action.kind === 'move')
      go(index + action.rows, action.cols > 0 ? Math.min(last, current.col + action.cols) : current.col + action.cols);
    else if (action.kind === 'home') go(action.grid ? 0 : index, 0);
    else if (action.kind === 'end') go(action.grid ? rows.length - 1 : index, action.grid ? columns.length - 1 : last);
    else if (action.kind === 'edit') startEditing(current);
    else if (action.kind === 'insert') addRow();
    else if (action.kind === 'delete') void deleteRow(row);
    else startEditing(current, action.text);
    e.preventDefault();
    e.stopPropagation();
  };

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    if (editing) return;
    const text = e.clipboardData.getData('text/plain');
    // The canvas's own paste (document listener) does not run in the table.
    e.stopPropagation();
    e.preventDefault();
    const block = parseTsv(text);
    const cell = focusedCell();
    if (!block.length || !cell) return;
    const row = rowAt(current.row);
    const s = store.getState();
    const result = pasteCells(s.doc, block, columns, {
      ...cell,
      touchpointId: row?.kind === 'touchpoint' ? row.key : null,
      column: row?.kind === 'touchpoint' ? current.col : 0,
      links,
    });
    if (result.changes.length) s.run('Paste cells', result.changes, { select: result.ids.slice(0, 1) });
    const message = t('table.pasted', { added: result.added, changed: result.changed });
    const skipped = result.skipped ? ` ${t('table.pasteSkipped', { count: result.skipped })}` : '';
    toast.info(`${message}${skipped}`);
  };

  // Only the rows in view are drawn (and the focused one stays drawn through moveTo's scrolling).
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const lastRow = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + overscan);
  const shown = rows.slice(first, lastRow);

  const header = (c: Column) => (c.personaName !== undefined ? t(c.label, { name: c.personaName }) : t(c.label));
  const errorId = 'table-cell-error';

  return (
    <div className="table-view" data-testid="table-view">
      <div className="table-view-bar">
        <button type="button" className="btn" onClick={addRow} title={t('table.addRowTitle', { key: 'Insert' })}>
          <Plus size={16} aria-hidden />
          {t('table.addRow')}
        </button>
        <button type="button" className="btn" onClick={addStageRow}>
          <Columns3 size={16} aria-hidden />
          {t('table.addStage')}
        </button>
        <p className="table-view-help" id="table-help">
          {t('table.help')}
        </p>
      </div>
      <p id={errorId} className="table-cell-error" role="alert">
        {error ? t(error.key, error.values ?? {}) : ''}
      </p>
      <div
        className="table-scroll"
        ref={scrollRef}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={() => (gridHadFocus.current = true)}
        onBlur={(e) => {
          if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) gridHadFocus.current = false;
        }}
      >
        <table
          role="grid"
          className="journey-table"
          aria-label={t('table.gridLabel')}
          aria-describedby="table-help"
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          style={{ width: columns.reduce((sum, c) => sum + (COLUMN_WIDTHS[c.key] ?? 150), 0) }}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={{ width: COLUMN_WIDTHS[c.key] ?? 150 }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.key} role="columnheader" scope="col" title={header(c)}>
                  {header(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: first * ROW_HEIGHT }}>
                <td colSpan={columns.length} />
              </tr>
            )}
            {shown.map((row, i) => {
              const rowNumber = first + i + 2;
              const isFocusedRow = row.key === current.row;
              if (row.kind !== 'touchpoint') {
                const cellId = `${row.key}:0`;
                const isEditing = editing?.row === row.key;
                const name = row.kind === 'stage' ? row.stage.name : row.lane.name;
                return (
                  <tr key={row.key} role="row" aria-rowindex={rowNumber} className={`table-group table-${row.kind}`}>
                    <th
                      role="rowheader"
                      scope="rowgroup"
                      colSpan={columns.length}
                      aria-colspan={columns.length}
                      tabIndex={isFocusedRow ? 0 : -1}
                      data-cell={cellId}
                      onClick={() => moveTo({ row: row.key, col: 0 })}
                      onDoubleClick={() => startEditing({ row: row.key, col: 0 })}
                      style={row.kind === 'stage' ? { borderInlineStartColor: row.stage.colour } : undefined}
                    >
                      {isEditing ? (
                        <CellEditor
                          kind={NAME_FIELD}
                          initial={editing.initial}
                          replace={editing.replace}
                          label={t(row.kind === 'stage' ? 'table.stageName' : 'table.laneName')}
                          errorId={errorId}
                          onCommit={(text, move) => commit({ row: row.key, col: 0 }, text, move)}
                          onCancel={cancel}
                        />
                      ) : (
                        <span className="table-group-name">
                          {row.kind === 'stage' ? t('table.stageRow', { name }) : t('table.laneRow', { name })}{' '}
                          <span className="table-group-count">{t('table.count', countParams(row.count))}</span>
                        </span>
                      )}
                    </th>
                  </tr>
                );
              }
              return (
                <tr key={row.key} role="row" aria-rowindex={rowNumber} className="table-touchpoint">
                  {columns.map((column, col) => {
                    const isFocused = isFocusedRow && current.col === col;
                    const isEditing = editing?.row === row.key && editing.col === col;
                    // A long text's head: a cell shows one line, but the browser lays out all the text it is given.
                    const display = textHead(cellText(row.touchpoint, column, context));
                    return (
                      <GridCell
                        key={column.key}
                        row={row.key}
                        col={col}
                        column={column.key}
                        rowHeader={col === 0}
                        focused={isFocused}
                        editing={isEditing}
                        text={display}
                        onMove={moveTo}
                        onEdit={startEditing}
                      >
                        {isEditing ? (
                          <CellEditor
                            kind={column.kind}
                            initial={editing.initial}
                            replace={editing.replace}
                            label={header(column)}
                            errorId={errorId}
                            invalid={error !== null}
                            options={
                              column.key === 'subJourney'
                                ? linkOptions(row.touchpoint, context)
                                : choiceOptions(column.key, context)
                            }
                            items={
                              column.alignedWith
                                ? {
                                    label: t(`table.columns.${column.alignedWith}`),
                                    texts:
                                      column.alignedWith === 'painPoints'
                                        ? row.touchpoint.painPoints.map((p) => p.text)
                                        : row.touchpoint.opportunities.map((o) => o.text),
                                  }
                                : undefined
                            }
                            hint={
                              column.alignedWith === 'painPoints'
                                ? t('table.alignedPainHint')
                                : column.alignedWith === 'opportunities'
                                  ? t('table.alignedOpportunityHint')
                                  : undefined
                            }
                            onCommit={(text, move) => commit({ row: row.key, col }, text, move)}
                            onDraft={(text) => typeDraft({ row: row.key, col }, text)}
                            onCancel={cancel}
                          />
                        ) : col === 0 && display === '' ? (
                          <span className="table-placeholder">{t('table.untitled')}</span>
                        ) : (
                          <CellContent t={row.touchpoint} column={column} text={display} />
                        )}
                      </GridCell>
                    );
                  })}
                </tr>
              );
            })}
            {lastRow < rows.length && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: (rows.length - lastRow) * ROW_HEIGHT }}>
                <td colSpan={columns.length} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
