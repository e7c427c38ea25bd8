/**
 * The connections of the open journey as a grid (from, to, kind, label,
 * share), with the same keys as the touchpoints' grid: a keyboard or
 * screen-reader user adds, edits and deletes connections, and the canvas
 * draws them at once (same session store, undo covers each edit).
 */
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { connectionKindName } from '../i18n/vocabulary';
import type { Touchpoint } from '../domain/model';
import { CONNECTION_KINDS } from '../domain/vocabulary';
import { useEditor, useEditorStore } from '../session/react';
import { useEditorActions } from '../editor/actions-context';
import { toast } from '../ui/toasts';
import type { CellError, ColumnKind } from './cells';
import { CellEditor, type Move } from './CellEditor';
import { GridCell } from './GridCell';
import { gridKeyAction } from './grid-keys';
import {
  CONNECTION_COLUMNS,
  connectionRows,
  deleteConnection,
  newConnection,
  readConnectionCell,
  touchpointChoices,
  writeConnectionCell,
} from './connections';
import { ROW_HEIGHT } from './TableView';

const OVERSCAN = 12;
const WIDTHS = [280, 280, 140, 220, 100];
const CHOICE: ColumnKind = 'choice';
const TEXT: ColumnKind = 'text';

interface Focus {
  row: number;
  col: number;
}

export function ConnectionsTable() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const connections = useEditor((s) => s.doc.connections);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const stages = useEditor((s) => s.doc.stages);
  const doc = store.getState().doc;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rows follow the tables they are made of
  const rows = useMemo(() => connectionRows(doc), [connections, touchpoints, stages]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- likewise
  const choices = useMemo(() => touchpointChoices(doc), [touchpoints, stages]);

  const [focus, setFocus] = useState<Focus>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<(Focus & { initial: string; replace: boolean }) | null>(null);
  const [error, setError] = useState<CellError | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const current = { row: Math.max(0, Math.min(rows.length - 1, focus.row)), col: focus.col };

  const nameOf = (tp: Touchpoint | undefined) => {
    if (!tp) return '';
    const title = tp.title.trim() || t('table.untitled');
    const stage = stages[tp.stageId]?.name;
    return stage ? t('table.connections.touchpointInStage', { title, stage }) : title;
  };
  const options = (key: string) =>
    key === 'kind'
      ? CONNECTION_KINDS.map((k) => ({ value: k, label: connectionKindName(k) }))
      : choices.map((tp) => ({ value: tp.id as string, label: nameOf(tp) }));

  useEffect(() => {
    if (!wantFocus.current || editing) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${current.row}:${current.col}"]`);
    if (!cell) return;
    wantFocus.current = false;
    cell.focus({ preventScroll: true });
  });

  const moveTo = (next: Focus) => {
    const el = scrollRef.current;
    if (el) {
      const top = next.row * ROW_HEIGHT;
      let scroll = el.scrollTop;
      if (top < scroll) scroll = top;
      else if (top + 2 * ROW_HEIGHT > scroll + el.clientHeight) scroll = top + 2 * ROW_HEIGHT - el.clientHeight;
      if (scroll !== el.scrollTop) {
        el.scrollTop = scroll;
        setScrollTop(scroll);
      }
    }
    wantFocus.current = true;
    setError(null);
    setFocus(next);
  };

  const commit = (at: Focus, text: string, move: Move): boolean => {
    const c = rows[at.row];
    const column = CONNECTION_COLUMNS[at.col];
    if (!c || !column) return (setEditing(null), true);
    const s = store.getState();
    const result = writeConnectionCell(s.doc, c.id, column.key, text);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    if (result.changes.length) s.run(`Edit connection ${column.key}`, result.changes, { select: [c.id] });
    setEditing(null);
    setError(null);
    // The row may have moved in the order (a new source): follow the connection.
    const index = connectionRows(store.getState().doc).findIndex((x) => x.id === c.id);
    const row = index < 0 ? at.row : index;
    const col = Math.max(
      0,
      Math.min(CONNECTION_COLUMNS.length - 1, at.col + (move === 'right' ? 1 : move === 'left' ? -1 : 0)),
    );
    const nextRow = Math.max(0, Math.min(rows.length - 1, row + (move === 'down' ? 1 : move === 'up' ? -1 : 0)));
    if (move !== 'none' || scrollRef.current?.contains(document.activeElement)) moveTo({ row: nextRow, col });
    return true;
  };

  const startEditing = (at: Focus, typed?: string) => {
    const c = rows[at.row];
    const column = CONNECTION_COLUMNS[at.col];
    if (!c || !column) return;
    if (typed !== undefined && column.choice) return;
    setError(null);
    setEditing({ ...at, initial: typed ?? readConnectionCell(c, column.key), replace: typed !== undefined });
  };

  const add = () => {
    const s = store.getState();
    const from = [...s.selection].find((id) => s.doc.touchpoints[id]) ?? null;
    const created = newConnection(s.doc, from);
    if (!created) {
      toast.info(t('table.connections.cannotAdd'));
      return;
    }
    s.run('Add connection', created.changes, { select: [created.id] });
    const index = connectionRows(store.getState().doc).findIndex((x) => x.id === created.id);
    moveTo({ row: Math.max(0, index), col: 0 });
  };

  const remove = (index: number) => {
    const c = rows[index];
    if (!c) return;
    const s = store.getState();
    s.run('Delete connection', deleteConnection(s.doc, c.id), { select: [] });
    actions.deletedToast(t('table.connections.deleted'));
    moveTo({ row: Math.max(0, Math.min(rows.length - 2, index)), col: current.col });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (editing || e.defaultPrevented) return;
    const action = gridKeyAction(e);
    if (!action) return;
    const last = CONNECTION_COLUMNS.length - 1;
    const go = (row: number, col: number) =>
      moveTo({ row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(last, col)) });
    if (action.kind === 'move') go(current.row + action.rows, current.col + action.cols);
    else if (action.kind === 'home') go(action.grid ? 0 : current.row, 0);
    else if (action.kind === 'end') go(action.grid ? rows.length - 1 : current.row, last);
    else if (action.kind === 'edit') startEditing(current);
    else if (action.kind === 'insert') add();
    else if (action.kind === 'delete') remove(current.row);
    else startEditing(current, action.text);
    e.preventDefault();
    e.stopPropagation();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(rows.length, Math.ceil((scrollTop + 1200) / ROW_HEIGHT) + OVERSCAN);
  const errorId = 'connections-cell-error';

  const display = (i: number, col: number) => {
    const c = rows[i]!;
    const key = CONNECTION_COLUMNS[col]!.key;
    if (key === 'source' || key === 'target') return nameOf(touchpoints[c[key]]);
    if (key === 'kind') return connectionKindName(c.kind);
    return readConnectionCell(c, key);
  };

  return (
    <div className="table-view" data-testid="connections-table">
      <div className="table-view-bar">
        <button type="button" className="btn" onClick={add} title={t('table.connections.addTitle', { key: 'Insert' })}>
          <Plus size={16} aria-hidden />
          {t('table.connections.add')}
        </button>
        <p className="table-view-help" id="connections-help">
          {t('table.connections.help')}
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
      >
        <table
          role="grid"
          className="journey-table"
          aria-label={t('table.connections.gridLabel')}
          aria-describedby="connections-help"
          aria-rowcount={rows.length + 1}
          aria-colcount={CONNECTION_COLUMNS.length}
          style={{ width: WIDTHS.reduce((a, b) => a + b, 0) }}
        >
          <colgroup>
            {WIDTHS.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              {CONNECTION_COLUMNS.map((c) => (
                <th key={c.key} role="columnheader" scope="col">
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: first * ROW_HEIGHT }}>
                <td colSpan={CONNECTION_COLUMNS.length} />
              </tr>
            )}
            {rows.slice(first, lastRow).map((c, i) => {
              const index = first + i;
              return (
                <tr key={c.id} role="row" aria-rowindex={index + 2}>
                  {CONNECTION_COLUMNS.map((column, col) => {
                    const isEditing = editing?.row === index && editing.col === col;
                    const text = display(index, col);
                    return (
                      <GridCell
                        key={column.key}
                        row={index}
                        col={col}
                        column={column.key}
                        focused={index === current.row && col === current.col}
                        editing={isEditing}
                        text={text}
                        onMove={moveTo}
                        onEdit={startEditing}
                      >
                        {isEditing ? (
                          <CellEditor
                            kind={column.choice ? CHOICE : TEXT}
                            initial={editing.initial}
                            replace={editing.replace}
                            label={t(column.label)}
                            errorId={errorId}
                            invalid={error !== null}
                            options={column.choice ? options(column.key) : undefined}
                            onCommit={(value, move) => commit({ row: index, col }, value, move)}
                            onCancel={() => {
                              setEditing(null);
                              setError(null);
                              wantFocus.current = true;
                            }}
                          />
                        ) : (
                          text
                        )}
                      </GridCell>
                    );
                  })}
                </tr>
              );
            })}
            {lastRow < rows.length && (
              <tr aria-hidden="true" className="table-spacer" style={{ height: (rows.length - lastRow) * ROW_HEIGHT }}>
                <td colSpan={CONNECTION_COLUMNS.length} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="table-empty">{t('table.connections.empty')}</p>}
      </div>
    </div>
  );
}
