/**
 * The editor's Versions panel: save the journey as a named version, and see,
 * preview, restore or delete its saved versions (newest first, live).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Eye, History, RotateCcw, Save, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useServices } from '../services';
import type { SnapshotId } from '../domain/ids';
import { LIMITS } from '../domain/model';
import { useEditor, useEditorStore } from '../session/react';
import { relativeTime } from '../ui/time';
import { deleteSnapshot, listSnapshots, saveSnapshot, type SnapshotSummary } from '../storage';
import { confirmAction } from '../ui/confirm';
import { errorMessage, toast } from '../ui/toasts';
import { restoreVersion } from './restore-version';
import { SnapshotPreview } from './SnapshotPreview';
import { defaultVersionName, formatVersionTime, versionCounts } from './versions';
import './files-ui.css';
import { useTranslation } from '../i18n';

export function VersionsPanel() {
  const store = useEditorStore();
  const { t } = useTranslation();
  const { db } = useServices();
  const journeyId = useEditor((s) => s.doc.journey.id);
  const versions = useLiveQuery(() => listSnapshots(db, journeyId), [db, journeyId]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<'save' | SnapshotId | null>(null);
  const [previewing, setPreviewing] = useState<SnapshotId | null>(null);
  const [placeholder] = useState(() => defaultVersionName(Date.now()));

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setBusy('save');
    try {
      await store.getState().flush();
      if (store.getState().save.status === 'error') {
        toast.error(t('files.versionUnsaved'));
        return;
      }
      const now = Date.now();
      const saved = await saveSnapshot(db, journeyId, name.trim() || defaultVersionName(now), now);
      setName('');
      toast.success(t('files.versionSavedToast', { name: saved.name }));
    } catch (error) {
      toast.error(errorMessage(error, t('files.versionSaveFailed')));
    } finally {
      setBusy(null);
    }
  };

  const onRestore = async (id: SnapshotId, versionName: string) => {
    setBusy(id);
    // On success the editor reloads and this panel goes with it.
    if (!(await restoreVersion(db, journeyId, id, versionName))) setBusy(null);
  };

  const onDelete = async (v: SnapshotSummary) => {
    const ok = await confirmAction({
      title: t('files.versionDeleteTitle'),
      message: t('files.versionDeleteText', { name: v.name }),
      confirmLabel: t('files.versionDelete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await deleteSnapshot(db, v.id);
      toast.info(t('files.versionDeletedToast', { name: v.name }));
    } catch (error) {
      toast.error(errorMessage(error, t('files.versionDeleteFailed')));
    }
  };

  return (
    <div className="versions-panel">
      <form className="versions-save" onSubmit={(e) => void onSave(e)}>
        <label className="field">
          <span className="field-label">{t('files.versionName')}</span>
          <input
            className="input"
            value={name}
            maxLength={LIMITS.shortText}
            placeholder={placeholder}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy !== null} title={t('files.versionSaveHint')}>
          <Save size={16} aria-hidden /> {t('files.versionSave')}
        </button>
      </form>
      <p className="muted versions-hint">{t('files.versionsHint')}</p>

      {versions === undefined ? null : versions.length === 0 ? (
        <div className="versions-empty">
          <History size={28} aria-hidden />
          <p>{t('files.versionsEmpty')}</p>
        </div>
      ) : (
        <ul className="versions-list" aria-label={t('files.versionsList')}>
          {versions.map((v) => (
            <li key={v.id} className="version-item" data-snapshot-id={v.id}>
              <div className="version-name">{v.name}</div>
              <div className="muted version-meta">
                <time dateTime={new Date(v.createdAt).toISOString()} title={formatVersionTime(v.createdAt)}>
                  {relativeTime(v.createdAt)}
                </time>{' '}
                · {versionCounts(v.stageCount, v.touchpointCount)}
              </div>
              <div className="version-actions">
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t('files.versionPreviewLabel', { name: v.name })}
                  title={t('files.versionPreviewHint')}
                  onClick={() => setPreviewing(v.id)}
                >
                  <Eye size={16} aria-hidden /> {t('files.versionPreview')}
                </button>
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t('files.versionRestoreLabel', { name: v.name })}
                  title={t('files.versionRestoreHint')}
                  disabled={busy !== null}
                  onClick={() => void onRestore(v.id, v.name)}
                >
                  <RotateCcw size={16} aria-hidden /> {t('files.versionRestore')}
                </button>
                <button
                  type="button"
                  className="btn btn-ghost icon-btn version-delete"
                  aria-label={t('files.versionDeleteLabel', { name: v.name })}
                  title={t('files.versionDeleteHint')}
                  disabled={busy !== null}
                  onClick={() => void onDelete(v)}
                >
                  <Trash2 size={16} aria-hidden />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {previewing && (
        <SnapshotPreview
          key={previewing}
          snapshotId={previewing}
          restoring={busy !== null}
          onClose={() => setPreviewing(null)}
          onRestore={(snapshot) => {
            setPreviewing(null);
            void onRestore(snapshot.id, snapshot.name);
          }}
        />
      )}
    </div>
  );
}
