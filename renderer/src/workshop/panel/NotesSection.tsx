import { Group, Ungroup, SquarePlus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { journeyOrder } from '../../editor/search/order';
import { useEditor, useEditorStore } from '../../session/react';
import { PAIN_SEVERITY_LABELS, PAIN_SEVERITIES } from '../../domain/vocabulary';
import { groupNotes, notesToItems, notesToTouchpoints, renameCluster, ungroupCluster } from '../edits';
import { runEditWithToast } from '../edit';

/** Turn selected sticky notes into touchpoints, pain points or opportunities; group them into clusters. */
export function NotesSection() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const notes = useMemo(() => [...selection].filter((id) => doc.notes[id]), [selection, doc.notes]);
  const touchpoints = useMemo(() => journeyOrder(doc.stages, doc.touchpoints), [doc.stages, doc.touchpoints]);
  const selectedTp = [...selection].find((id) => doc.touchpoints[id]) ?? '';
  const [target, setTarget] = useState('');
  const [severity, setSeverity] = useState<1 | 2 | 3>(2);
  const [title, setTitle] = useState('');
  const targetId = doc.touchpoints[target] ? target : selectedTp || touchpoints[0]?.id || '';
  const clusters = doc.journey.workshop.clusters;

  return (
    <details className="inspector-section" open>
      <summary>Sticky notes and clusters</summary>
      <div className="inspector-section-body">
        {notes.length === 0 ? (
          <p className="muted ws-p">
            Select sticky notes (Shift-click or Shift-drag) to turn them into map items or group them.
          </p>
        ) : (
          <>
            <p className="ws-p">
              <strong>{notes.length}</strong> {notes.length === 1 ? 'note' : 'notes'} selected.
            </p>
            <button
              type="button"
              className="btn"
              title="Each note becomes a touchpoint in the stage below it"
              onClick={() => runEditWithToast(store, notesToTouchpoints(store.getState().doc, notes, Date.now()))}
            >
              <SquarePlus size={16} aria-hidden /> Make {notes.length === 1 ? 'a touchpoint' : 'touchpoints'}
            </button>
            <label className="field">
              <span className="field-label">Or add them to touchpoint</span>
              <select className="input" value={targetId} onChange={(e) => setTarget(e.target.value)}>
                {touchpoints.length === 0 && <option value="">No touchpoints yet</option>}
                {touchpoints.map((t) => (
                  <option key={t.id} value={t.id}>
                    {(doc.stages[t.stageId]?.name ?? '') + ' · ' + (t.title || 'Untitled touchpoint')}
                  </option>
                ))}
              </select>
            </label>
            <div className="ws-row">
              <select
                className="input"
                aria-label="Severity of the new pain points"
                value={severity}
                onChange={(e) => setSeverity(Number(e.target.value) as 1 | 2 | 3)}
              >
                {PAIN_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {PAIN_SEVERITY_LABELS[s]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn"
                disabled={!targetId}
                onClick={() =>
                  runEditWithToast(store, notesToItems(store.getState().doc, notes, targetId, 'pain', severity))
                }
              >
                As pain points
              </button>
              <button
                type="button"
                className="btn"
                disabled={!targetId}
                onClick={() =>
                  runEditWithToast(store, notesToItems(store.getState().doc, notes, targetId, 'opportunity'))
                }
              >
                As opportunities
              </button>
            </div>
            <form
              className="ws-row"
              onSubmit={(e) => {
                e.preventDefault();
                if (runEditWithToast(store, groupNotes(store.getState().doc, notes, title))) setTitle('');
              }}
            >
              <input
                className="input ws-grow"
                aria-label="Cluster title"
                placeholder="Cluster title"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
              <button type="submit" className="btn" title="Group the selected notes into a cluster">
                <Group size={16} aria-hidden /> Group
              </button>
            </form>
          </>
        )}
        {clusters.length > 0 && (
          <div>
            <div className="field-label">Clusters</div>
            <ul className="list-rows">
              {clusters.map((c) => {
                const members = Object.values(doc.notes).filter((n) => n.clusterId === c.id);
                return (
                  <li key={c.id} className="list-row">
                    <input
                      className="input ws-grow"
                      aria-label="Cluster title"
                      value={c.title}
                      onChange={(e) => {
                        const s = store.getState();
                        s.run('Rename cluster', renameCluster(s.doc, c.id, e.target.value), {
                          coalesceKey: `cluster:${c.id}`,
                        });
                      }}
                    />
                    <button
                      type="button"
                      className="btn btn-ghost"
                      title="Select the notes of this cluster"
                      onClick={() => store.getState().setSelection(members.map((n) => n.id))}
                    >
                      {members.length}
                    </button>
                    <button
                      type="button"
                      className="btn btn-ghost icon-btn"
                      aria-label={`Ungroup ${c.title || 'cluster'}`}
                      title="Ungroup (the notes stay)"
                      onClick={() => {
                        const s = store.getState();
                        s.run('Ungroup notes', ungroupCluster(s.doc, c.id));
                      }}
                    >
                      <Ungroup size={16} />
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </details>
  );
}
