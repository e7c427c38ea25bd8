/** A saved version, read-only: its stages as columns with each touchpoint's title and emotion. */
import { useEffect, useState } from 'react';
import { useServices } from '../services';
import type { SnapshotId } from '../domain/ids';
import { emotionColour, emotionLevel } from '../domain/vocabulary';
import { EmotionFace } from '../editor/canvas/EmotionFace';
import { getSnapshot, type Snapshot } from '../storage';
import { ModalDialog } from '../ui/Dialog';
import { errorMessage } from '../ui/toasts';
import { formatVersionTime, stageColumnsOf, versionCounts } from './versions';
import './files-ui.css';

type Load = { status: 'loading' } | { status: 'ready'; snapshot: Snapshot } | { status: 'failed'; message: string };

export function SnapshotPreview(props: {
  snapshotId: SnapshotId;
  restoring: boolean;
  onRestore: (snapshot: Snapshot) => void;
  onClose: () => void;
}) {
  const { db } = useServices();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    getSnapshot(db, props.snapshotId).then(
      (snapshot) =>
        live &&
        setLoad(
          snapshot
            ? { status: 'ready', snapshot }
            : { status: 'failed', message: 'This version was deleted; close this window.' },
        ),
      (error: unknown) =>
        live &&
        setLoad({
          status: 'failed',
          message: errorMessage(error, 'This version could not be read; please try again.'),
        }),
    );
    return () => {
      live = false;
    };
  }, [db, props.snapshotId]);

  const snapshot = load.status === 'ready' ? load.snapshot : null;
  const columns = snapshot ? stageColumnsOf(snapshot.document) : [];

  return (
    <ModalDialog
      open
      className="snapshot-dialog"
      title={snapshot ? snapshot.name : 'Version'}
      description={
        snapshot && (
          <>
            Saved {formatVersionTime(snapshot.createdAt)} · “{snapshot.document.journey.title}” ·{' '}
            {versionCounts(snapshot.document.stages.length, snapshot.document.touchpoints.length)}
          </>
        )
      }
      closeLabel="Close the preview"
      onClose={props.onClose}
      footer={
        <>
          <span className="files-dialog-status">Read-only preview: nothing here changes your map.</span>
          <button type="button" className="btn" onClick={props.onClose}>
            Close
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!snapshot || props.restoring}
            onClick={() => snapshot && props.onRestore(snapshot)}
          >
            Restore this version
          </button>
        </>
      }
    >
      <div className="modal-dialog-body files-dialog-body snapshot-body">
        {load.status === 'loading' && <p className="muted">Reading the version…</p>}
        {load.status === 'failed' && <p role="alert">{load.message}</p>}
        {snapshot && columns.length === 0 && <p className="muted">This version has no stages and no touchpoints.</p>}
        {snapshot && columns.length > 0 && (
          <ol className="snapshot-columns" aria-label="Stages in this version">
            {columns.map((column) => (
              <li key={column.id || 'loose'} className="snapshot-column">
                <h3>{column.name || 'Untitled stage'}</h3>
                {column.touchpoints.length === 0 ? (
                  <p className="muted snapshot-empty">No touchpoints</p>
                ) : (
                  <ul>
                    {column.touchpoints.map((t) => (
                      <li key={t.id} className="snapshot-touchpoint">
                        <span className="snapshot-tp-title">{t.title || 'Untitled touchpoint'}</span>
                        {t.emotion !== null && (
                          <span
                            className="snapshot-emotion"
                            style={{ color: emotionColour(t.emotion) }}
                            title={`Emotion ${t.emotion > 0 ? '+' : ''}${t.emotion}: ${emotionLevel(t.emotion).label}`}
                          >
                            <EmotionFace score={t.emotion} />
                            {t.emotion > 0 ? `+${t.emotion}` : t.emotion} {emotionLevel(t.emotion).label}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </ModalDialog>
  );
}
