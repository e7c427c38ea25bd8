import { Group, Ungroup, SquarePlus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { journeyOrder } from '../../editor/search/order';
import { useEditor, useEditorStore } from '../../session/react';
import { PAIN_SEVERITIES } from '../../domain/vocabulary';
import { REPORT_LABELS } from '../../reports/labels';
import { groupNotes, notesToItems, notesToTouchpoints, renameCluster, ungroupCluster } from '../edits';
import { runEditWithToast } from '../edit';
import { countParams, isUiLanguage, useTranslation } from '../../i18n';

/** Turn selected sticky notes into touchpoints, pain points or opportunities; group them into clusters. */
export function NotesSection() {
  const { t, i18n } = useTranslation();
  const severityWords = REPORT_LABELS[isUiLanguage(i18n.language) ? i18n.language : 'en'].severity;
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
      <summary>{t('workshop.notes.title')}</summary>
      <div className="inspector-section-body">
        {notes.length === 0 ? (
          <p className="muted ws-p">{t('workshop.notes.hint')}</p>
        ) : (
          <>
            <p className="ws-p">{t('workshop.notes.selected', countParams(notes.length))}</p>
            <button
              type="button"
              className="btn"
              title={t('workshop.notes.makeTitle')}
              onClick={() => runEditWithToast(store, notesToTouchpoints(store.getState().doc, notes, Date.now()))}
            >
              <SquarePlus size={16} aria-hidden /> {t('workshop.notes.make', { count: notes.length })}
            </button>
            <label className="field">
              <span className="field-label">{t('workshop.notes.addTo')}</span>
              <select className="input" value={targetId} onChange={(e) => setTarget(e.target.value)}>
                {touchpoints.length === 0 && <option value="">{t('workshop.notes.noTouchpoints')}</option>}
                {touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {(doc.stages[tp.stageId]?.name ?? '') + ' · ' + (tp.title || t('workshop.untitledTouchpoint'))}
                  </option>
                ))}
              </select>
            </label>
            <div className="ws-row">
              <select
                className="input"
                aria-label={t('workshop.notes.severity')}
                value={severity}
                onChange={(e) => setSeverity(Number(e.target.value) as 1 | 2 | 3)}
              >
                {PAIN_SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {severityWords[s]}
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
                {t('workshop.notes.asPain')}
              </button>
              <button
                type="button"
                className="btn"
                disabled={!targetId}
                onClick={() =>
                  runEditWithToast(store, notesToItems(store.getState().doc, notes, targetId, 'opportunity'))
                }
              >
                {t('workshop.notes.asOpportunities')}
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
                aria-label={t('workshop.notes.clusterTitle')}
                placeholder={t('workshop.notes.clusterTitle')}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
              <button type="submit" className="btn" title={t('workshop.notes.groupTitle')}>
                <Group size={16} aria-hidden /> {t('workshop.notes.group')}
              </button>
            </form>
          </>
        )}
        {clusters.length > 0 && (
          <div>
            <div className="field-label">{t('workshop.notes.clusters')}</div>
            <ul className="list-rows">
              {clusters.map((c) => {
                const members = Object.values(doc.notes).filter((n) => n.clusterId === c.id);
                return (
                  <li key={c.id} className="list-row">
                    <input
                      className="input ws-grow"
                      aria-label={t('workshop.notes.clusterTitle')}
                      value={c.title}
                      onChange={(e) => {
                        const s = store.getState();
                        s.run(t('workshop.notes.renameUndo'), renameCluster(s.doc, c.id, e.target.value), {
                          coalesceKey: `cluster:${c.id}`,
                        });
                      }}
                    />
                    <button
                      type="button"
                      className="btn btn-ghost"
                      title={t('workshop.notes.selectCluster')}
                      onClick={() => store.getState().setSelection(members.map((n) => n.id))}
                    >
                      {members.length}
                    </button>
                    <button
                      type="button"
                      className="btn btn-ghost icon-btn"
                      aria-label={t('workshop.notes.ungroupLabel', { title: c.title || t('workshop.notes.cluster') })}
                      title={t('workshop.notes.ungroupTitle')}
                      onClick={() => {
                        const s = store.getState();
                        s.run(t('workshop.notes.ungroupUndo'), ungroupCluster(s.doc, c.id));
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
