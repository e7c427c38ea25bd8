/**
 * The stages of the open journey as a grid (name, customer goal,
 * description, colour, width, sub-journey), with the same keys as the
 * other grids: a keyboard or screen-reader user edits what the stage
 * inspector edits, and the canvas shows it at once (one undo step each).
 * Stages are added and deleted here through the map's own actions (Add
 * stage, Delete with its question), so the default name, the question and
 * Undo are the map's.
 */
import { Columns3, Trash2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { useEditorActions } from '../editor/actions-context';
import { useJourneyLinks } from '../editor/links/journey-links';
import { useEditor, useEditorStore } from '../session/react';
import type { CellError } from './cells';
import { CellEditor, type Move } from './CellEditor';
import { GridCell } from './GridCell';
import { gridKeyAction } from './grid-keys';
import { readStageCell, stageChoices, stageColumns, stageEditValue, stageRows, writeStageCell } from './stages';
import { ROW_HEIGHT } from './TableView';
import { textHead } from '../ui/text-head';

const WIDTH: Record<string, number> = {
  name: 220,
  customerGoal: 280,
  description: 280,
  colour: 130,
  width: 90,
  subJourney: 220,
};

interface Focus {
  row: number;
  col: number;
}

export function StagesTable() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const stages = useEditor((s) => s.doc.stages);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rows follow the stages table
  const rows = useMemo(() => stageRows(store.getState().doc), [stages]);

  // The library's journeys, for the sub-journey column (none in a live session's editor, which knows no others).
  const journeyLinks = useJourneyLinks();
  const linkJourneys = journeyLinks?.journeys ?? null;
  const selfId = journeyLinks?.journeyId;
  const context = useMemo(
    () => ({ links: linkJourneys && selfId ? { self: selfId, journeys: linkJourneys } : null }),
    [linkJourneys, selfId],
  );
  const columns = useMemo(() => stageColumns({ subJourney: journeyLinks !== null }), [journeyLinks]);

  const [focus, setFocus] = useState<Focus>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<(Focus & { initial: string; replace: boolean }) | null>(null);
  const [error, setError] = useState<CellError | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The last stage went: focus goes to the empty state's Add stage button.
  const wantAddFocus = useRef(false);
  const current = {
    row: Math.max(0, Math.min(rows.length - 1, focus.row)),
    col: Math.max(0, Math.min(columns.length - 1, focus.col)),
  };

  useEffect(() => {
    if (!wantFocus.current || editing) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${current.row}:${current.col}"]`);
    if (!cell) return;
    wantFocus.current = false;
    cell.focus();
  });

  useEffect(() => {
    if (!wantAddFocus.current || !addButton.current) return;
    wantAddFocus.current = false;
    addButton.current.focus();
  });

  // A new stage's name is edited at once: its row scrolls into view.
  useEffect(() => {
    if (!editing) return;
    scrollRef.current
      ?.querySelector(`[data-cell="${editing.row}:${editing.col}"]`)
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [editing]);

  const moveTo = (next: Focus) => {
    wantFocus.current = true;
    setError(null);
    setFocus(next);
  };

  const commit = (at: Focus, text: string, move: Move): boolean => {
    const stage = rows[at.row];
    const column = columns[at.col];
    if (!stage || !column) return (setEditing(null), true);
    const s = store.getState();
    const result = writeStageCell(s.doc, stage.id, column.key, text, context);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    // The inspector's path: one run of the session store, so one undo step.
    if (result.changes.length) s.run('Edit stage', result.changes, { select: [stage.id] });
    setEditing(null);
    setError(null);
    const col = Math.max(0, Math.min(columns.length - 1, at.col + (move === 'right' ? 1 : move === 'left' ? -1 : 0)));
    const row = Math.max(0, Math.min(rows.length - 1, at.row + (move === 'down' ? 1 : move === 'up' ? -1 : 0)));
    if (move !== 'none' || scrollRef.current?.contains(document.activeElement)) moveTo({ row, col });
    return true;
  };

  const startEditing = (at: Focus, typed?: string) => {
    const stage = rows[at.row];
    const column = columns[at.col];
    if (!stage || !column) return;
    if (typed !== undefined && column.kind === 'choice') return;
    setError(null);
    setEditing({ ...at, initial: typed ?? stageEditValue(stage, column.key, context), replace: typed !== undefined });
  };

  /** The map's Add stage (its translated default name, one undo step), then the new stage's name is edited. */
  const add = () => {
    const id = actions.addStage();
    const after = stageRows(store.getState().doc);
    const row = after.findIndex((s) => s.id === id);
    const stage = after[row];
    if (!stage) return;
    wantFocus.current = false;
    setError(null);
    setFocus({ row, col: 0 });
    setEditing({ row, col: 0, initial: stage.name, replace: false });
  };

  /**
   * The map's Delete on this stage: it asks first when the stage holds
   * touchpoints (naming it and counting them, which go with it), offers Undo,
   * and may leave the journey without stages, as the map does.
   */
  const remove = async (row: number) => {
    const stage = rows[row];
    if (!stage) return;
    setError(null);
    store.getState().setSelection([stage.id]);
    await actions.deleteSelection();
    const left = stageRows(store.getState().doc).length;
    if (store.getState().doc.stages[stage.id]) {
      // Cancelled: the stage stays, and so does focus on its row.
      wantFocus.current = true;
      setFocus({ row, col: current.col });
    } else if (left === 0) {
      wantAddFocus.current = true;
      setFocus({ row: 0, col: 0 });
    } else moveTo({ row: Math.min(row, left - 1), col: current.col });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Keys on the buttons under the grid are theirs.
    if (editing || e.defaultPrevented || !(e.target instanceof Element) || !e.target.closest('[role="grid"]')) return;
    const action = gridKeyAction(e);
    if (!action) return;
    const last = columns.length - 1;
    const go = (row: number, col: number) =>
      moveTo({ row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(last, col)) });
    if (action.kind === 'move') go(current.row + action.rows, current.col + action.cols);
    else if (action.kind === 'home') go(action.grid ? 0 : current.row, 0);
    else if (action.kind === 'end') go(action.grid ? rows.length - 1 : current.row, last);
    else if (action.kind === 'edit') startEditing(current);
    else if (action.kind === 'insert') add();
    else if (action.kind === 'delete') void remove(current.row);
    else startEditing(current, action.text);
    e.preventDefault();
    e.stopPropagation();
  };

  const errorId = 'stages-cell-error';
  const focused = rows[current.row];

  return (
    <div className="table-view" data-testid="stages-table">
      <div className="table-view-bar">
        <p className="table-view-help" id="stages-help">
          {t('table.stages.help', { insert: 'Insert' })}
        </p>
      </div>
      <p id={errorId} className="table-cell-error" role="alert">
        {error ? t(error.key, error.values ?? {}) : ''}
      </p>
      <div className="table-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
        <table
          role="grid"
          className="journey-table"
          aria-label={t('table.stages.gridLabel')}
          aria-describedby="stages-help"
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          style={{ width: columns.reduce((sum, c) => sum + (WIDTH[c.key] ?? 160), 0) }}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={{ width: WIDTH[c.key] ?? 160 }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.key} role="columnheader" scope="col">
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((stage, index) => (
              <tr
                key={stage.id}
                role="row"
                aria-rowindex={index + 2}
                className={index === current.row ? 'is-current' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                {columns.map((column, col) => {
                  const isEditing = editing?.row === index && editing.col === col;
                  const text = textHead(readStageCell(stage, column.key, context));
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
                          kind={column.kind}
                          initial={editing.initial}
                          replace={editing.replace}
                          label={t(column.label)}
                          errorId={errorId}
                          invalid={error !== null}
                          options={stageChoices(stage, column.key, context)}
                          onCommit={(value, move) => commit({ row: index, col }, value, move)}
                          onCancel={() => {
                            setEditing(null);
                            setError(null);
                            wantFocus.current = true;
                          }}
                        />
                      ) : column.key === 'colour' ? (
                        <span className="table-colour">
                          <span className="table-colour-swatch" style={{ background: stage.colour }} aria-hidden />
                          {text}
                        </span>
                      ) : (
                        text
                      )}
                    </GridCell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {focused && (
          <div className="table-stage-actions">
            <button type="button" className="btn" onClick={add} title={t('table.stages.addTitle', { key: 'Insert' })}>
              <Columns3 size={16} aria-hidden />
              {t('table.addStage')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void remove(current.row)}
              aria-label={t('table.stages.deleteLabel', { name: focused.name })}
              title={t('table.stages.deleteTitle', { name: focused.name, key: 'Delete' })}
            >
              <Trash2 size={16} aria-hidden />
              {t('table.stages.delete')}
            </button>
          </div>
        )}
        {rows.length === 0 && (
          <div className="table-empty table-stages-empty">
            <p>{t('table.stages.empty')}</p>
            <button type="button" className="btn btn-primary" ref={addButton} onClick={add}>
              <Columns3 size={16} aria-hidden />
              {t('table.addStage')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
