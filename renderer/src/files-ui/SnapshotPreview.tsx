/** A saved version, read-only: its stages as columns with each touchpoint's title and emotion. */
import { useEffect, useState } from 'react';
import { useServices } from '../services';
import type { SnapshotId } from '../domain/ids';
import { emotionColour } from '../domain/vocabulary';
import { EmotionFace } from '../editor/canvas/EmotionFace';
import { getSnapshot, type Snapshot } from '../storage';
import { ModalDialog } from '../ui/Dialog';
import { errorMessage } from '../ui/toasts';
import { formatVersionTime, stageColumnsOf, versionCounts } from './versions';
import './files-ui.css';
import { i18n, useTranslation } from '../i18n';
import { emotionName } from '../i18n/vocabulary';

type Load = { status: 'loading' } | { status: 'ready'; snapshot: Snapshot } | { status: 'failed'; message: string };

export function SnapshotPreview(props: {
  snapshotId: SnapshotId;
  restoring: boolean;
  onRestore: (snapshot: Snapshot) => void;
  onClose: () => void;
}) {
  const { db } = useServices();
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    getSnapshot(db, props.snapshotId).then(
      (snapshot) =>
        live &&
        setLoad(
          snapshot ? { status: 'ready', snapshot } : { status: 'failed', message: i18n.t('files.versionDeleted') },
        ),
      (error: unknown) =>
        live &&
        setLoad({
          status: 'failed',
          message: errorMessage(error, i18n.t('files.versionUnreadable')),
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
      title={snapshot ? snapshot.name : t('files.version')}
      description={
        snapshot && (
          <>
            {t('files.versionSaved', {
              when: formatVersionTime(snapshot.createdAt),
              title: snapshot.document.journey.title,
              counts: versionCounts(snapshot.document.stages.length, snapshot.document.touchpoints.length),
            })}
          </>
        )
      }
      closeLabel={t('files.closePreview')}
      onClose={props.onClose}
      footer={
        <>
          <span className="files-dialog-status">{t('files.previewReadOnly')}</span>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('dialogs.close')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!snapshot || props.restoring}
            onClick={() => snapshot && props.onRestore(snapshot)}
          >
            {t('files.restoreVersion')}
          </button>
        </>
      }
    >
      <div className="modal-dialog-body files-dialog-body snapshot-body">
        {load.status === 'loading' && <p className="muted">{t('files.readingVersion')}</p>}
        {load.status === 'failed' && <p role="alert">{load.message}</p>}
        {snapshot && columns.length === 0 && <p className="muted">{t('files.versionEmpty')}</p>}
        {snapshot && columns.length > 0 && (
          <ol className="snapshot-columns" aria-label={t('files.versionStages')}>
            {columns.map((column) => (
              <li key={column.id || 'loose'} className="snapshot-column">
                <h3>{column.name || t('files.untitledStage')}</h3>
                {column.touchpoints.length === 0 ? (
                  <p className="muted snapshot-empty">{t('files.noTouchpoints')}</p>
                ) : (
                  <ul>
                    {column.touchpoints.map((tp) => (
                      <li key={tp.id} className="snapshot-touchpoint">
                        <span className="snapshot-tp-title">{tp.title || t('files.untitledTouchpoint')}</span>
                        {tp.emotion !== null && (
                          <span
                            className="snapshot-emotion"
                            style={{ color: emotionColour(tp.emotion) }}
                            title={t('files.emotionTitle', {
                              score: tp.emotion > 0 ? `+${tp.emotion}` : String(tp.emotion),
                              name: emotionName(tp.emotion),
                            })}
                          >
                            <EmotionFace score={tp.emotion} />
                            {tp.emotion > 0 ? `+${tp.emotion}` : tp.emotion} {emotionName(tp.emotion)}
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
