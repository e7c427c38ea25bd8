import { MapPin, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor, useEditorStore } from '../../session/react';
import { addParkingItem, parkingToNote, removeParkingItem, updateParkingItem } from '../edits';
import { runEditWithToast } from '../edit';
import { toast } from '../../ui/toasts';
import { countParams, useTranslation } from '../../i18n';

/** Off-topic items parked for later: add, edit, remove, or move onto the map as a note. */
export function ParkingSection() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const lot = useEditor((s) => s.doc.journey.workshop.parkingLot);
  const [text, setText] = useState('');
  return (
    <details className="inspector-section" open>
      <summary>{t('workshop.parking.titleCount', countParams(lot.length))}</summary>
      <div className="inspector-section-body">
        <form
          className="ws-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (runEditWithToast(store, addParkingItem(store.getState().doc, text, Date.now()))) setText('');
          }}
        >
          <input
            className="input ws-grow"
            aria-label={t('workshop.parking.add')}
            placeholder={t('workshop.parking.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn">
            {t('workshop.parking.park')}
          </button>
        </form>
        {lot.length > 0 && (
          <ul className="list-rows" aria-label={t('workshop.parking.title')}>
            {lot.map((item) => (
              <li key={item.id} className="list-row">
                <input
                  className="input ws-grow"
                  aria-label={t('workshop.parking.item')}
                  value={item.text}
                  onChange={(e) => {
                    const s = store.getState();
                    s.run(t('workshop.parking.editUndo'), updateParkingItem(s.doc, item.id, e.target.value), {
                      coalesceKey: `parking:${item.id}`,
                    });
                  }}
                />
                <button
                  type="button"
                  className="btn btn-ghost icon-btn"
                  aria-label={t('workshop.parking.moveLabel', { text: item.text })}
                  title={t('workshop.parking.moveTitle')}
                  onClick={() => {
                    const s = store.getState();
                    const result = parkingToNote(s.doc, item.id, actions.focusedStage(), Date.now());
                    if (runEditWithToast(store, result) && result.ok && result.select?.[0])
                      actions.reveal(result.select[0]);
                  }}
                >
                  <MapPin size={16} />
                </button>
                <button
                  type="button"
                  className="btn btn-ghost icon-btn"
                  aria-label={t('workshop.parking.removeLabel', { text: item.text })}
                  title={t('workshop.parking.removeTitle')}
                  onClick={() => {
                    const s = store.getState();
                    s.run(t('workshop.parking.removeUndo'), removeParkingItem(s.doc, item.id));
                    toast.info(t('workshop.parking.removed'), {
                      label: t('workshop.undo'),
                      run: () => void store.getState().undo(),
                    });
                  }}
                >
                  <Trash2 size={16} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
