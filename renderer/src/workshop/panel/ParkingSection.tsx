import { MapPin, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor, useEditorStore } from '../../session/react';
import { addParkingItem, parkingToNote, removeParkingItem, updateParkingItem } from '../edits';
import { runEditWithToast } from '../edit';
import { toast } from '../../ui/toasts';

/** Off-topic items parked for later: add, edit, remove, or move onto the map as a note. */
export function ParkingSection() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const lot = useEditor((s) => s.doc.journey.workshop.parkingLot);
  const [text, setText] = useState('');
  return (
    <details className="inspector-section" open>
      <summary>Parking lot ({lot.length})</summary>
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
            aria-label="Park an item"
            placeholder="Off-topic item, then Enter"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn">
            Park
          </button>
        </form>
        {lot.length > 0 && (
          <ul className="list-rows" aria-label="Parking lot">
            {lot.map((item) => (
              <li key={item.id} className="list-row">
                <input
                  className="input ws-grow"
                  aria-label="Parked item"
                  value={item.text}
                  onChange={(e) => {
                    const s = store.getState();
                    s.run('Edit parked item', updateParkingItem(s.doc, item.id, e.target.value), {
                      coalesceKey: `parking:${item.id}`,
                    });
                  }}
                />
                <button
                  type="button"
                  className="btn btn-ghost icon-btn"
                  aria-label={`Move “${item.text}” onto the map`}
                  title="Move onto the map as a sticky note (above the focused stage)"
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
                  aria-label={`Remove “${item.text}”`}
                  title="Remove from the parking lot"
                  onClick={() => {
                    const s = store.getState();
                    s.run('Remove parked item', removeParkingItem(s.doc, item.id));
                    toast.info('Removed from the parking lot.', {
                      label: 'Undo',
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
