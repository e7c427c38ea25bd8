import { useLiveQuery } from 'dexie-react-hooks';
import { ImagePlus, Plus, Trash2, UserRound } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useServices } from '../../services';
import type { BlobId } from '../../domain/ids';
import type { Persona } from '../../domain/model';
import { PERSONA_CHALLENGES } from '../../domain/vocabulary';
import { getBlob, putBlob } from '../../storage';
import { errorMessage, toast } from '../../ui/toasts';
import { addPersona, deletePersona, updateJourney, updatePersona } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import { ListEditor, RowInput, SwatchPicker, TagsField, TextField, Toggle } from '../inspector/fields';
import { preparePhoto } from './photo-input';
import { confirmAction } from '../../ui/confirm';
import { useJourneyLinks } from '../links/journey-links';
import { otherJourneysUsing, PersonaLibrarySection, titleList, usePersonaLibrary } from './PersonaLibrary';

function usePhotoUrl(blobId: BlobId | null): string | null {
  const { db } = useServices();
  const record = useLiveQuery(() => (blobId ? getBlob(db, blobId) : undefined), [db, blobId]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!record) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(record.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [record]);
  return url;
}

function PersonaEditor({ persona, covered, sharedWith }: { persona: Persona; covered: boolean; sharedWith: string[] }) {
  const store = useEditorStore();
  const { db } = useServices();
  const photo = usePhotoUrl(persona.photoBlobId);
  const set = <K extends keyof Persona>(field: K, value: Persona[K], coalesce = true) => {
    const s = store.getState();
    s.run(
      'Edit persona',
      updatePersona(s.doc, persona.id, { [field]: value }),
      coalesce ? { coalesceKey: `${persona.id}:${String(field)}` } : {},
    );
  };
  const list = (field: 'needs' | 'fears' | 'goals' | 'desires', label: string, item: string) => (
    <ListEditor
      label={label}
      itemName={item}
      addLabel={`Add ${item}`}
      items={persona[field]}
      create={() => ''}
      onChange={(v, structural) => set(field, v, !structural)}
      render={(text, update, i) => <RowInput label={`${label} ${i + 1}`} value={text} onChange={update} />}
    />
  );
  const onPhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      // The kind is read from the bytes, not the name; large photos are scaled to 1,024 pixels.
      const photo = await preparePhoto(file);
      if (!photo.ok) return void toast.error(photo.message);
      const record = await putBlob(db, store.getState().doc.journey.id, photo.blob, photo.type);
      set('photoBlobId', record.id, false);
    } catch (error) {
      toast.error(errorMessage(error, 'The photo could not be saved.'));
    }
  };
  return (
    <details className="persona-card" open>
      <summary>
        {photo ? (
          <img src={photo} alt="" className="persona-photo" />
        ) : (
          <UserRound size={28} className="persona-photo" style={{ color: persona.colour }} aria-hidden />
        )}
        <span className="persona-name">{persona.name}</span>
        {persona.role && <span className="muted">{persona.role}</span>}
      </summary>
      <div className="inspector-section-body">
        {sharedWith.length > 0 && (
          <p className="persona-shared muted">Shared with {titleList(sharedWith)}: changes here show there too.</p>
        )}
        <Toggle
          label="Covered by this journey"
          checked={covered}
          onChange={(on) => {
            const s = store.getState();
            const ids = s.doc.journey.personaIds.filter((id) => id !== persona.id);
            s.run('Change covered personas', updateJourney(s.doc, { personaIds: on ? [...ids, persona.id] : ids }));
          }}
        />
        <TextField label="Name" value={persona.name} onChange={(v) => set('name', v)} />
        <TextField label="Role" value={persona.role} onChange={(v) => set('role', v)} />
        <TextField label="Quote" value={persona.quote} onChange={(v) => set('quote', v)} multiline />
        {list('needs', 'Needs', 'need')}
        {list('fears', 'Fears', 'fear')}
        {list('goals', 'Goals', 'goal')}
        {list('desires', 'Desires', 'desire')}
        <div className="field-row">
          <Toggle
            label="Spender"
            hint="Spends with the business"
            checked={persona.spender}
            onChange={(v) => set('spender', v, false)}
          />
          <Toggle
            label="Sender (advocate)"
            hint="Sends others to the business"
            checked={persona.sender}
            onChange={(v) => set('sender', v, false)}
          />
        </div>
        <TagsField
          label={`Challenges (e.g. ${PERSONA_CHALLENGES.join(', ')})`}
          value={persona.challenges}
          onChange={(v) => set('challenges', v, false)}
        />
        <SwatchPicker label="Colour" value={persona.colour} onChange={(colour) => set('colour', colour, false)} />
        <div className="inspector-actions">
          <label className="btn">
            <ImagePlus size={14} aria-hidden /> {persona.photoBlobId ? 'Change photo' : 'Add photo'}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              className="sr-only"
              onChange={(e) => void onPhoto(e.target.files?.[0])}
            />
          </label>
          {persona.photoBlobId && (
            <button type="button" className="btn btn-ghost" onClick={() => set('photoBlobId', null, false)}>
              Remove photo
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost"
            onClick={async () => {
              // A persona other journeys use stays in the library and in them: say so before removing it here.
              if (
                sharedWith.length > 0 &&
                !(await confirmAction({
                  title: `Remove “${persona.name}” from this journey?`,
                  message: `“${persona.name}” is also used by ${titleList(sharedWith)}; it stays there and in the persona library.`,
                  confirmLabel: 'Remove from this journey',
                  danger: true,
                }))
              )
                return;
              const s = store.getState();
              s.run('Delete persona', deletePersona(s.doc, persona.id));
              toast.info(`Deleted persona “${persona.name}”.`, {
                label: 'Undo',
                run: () => void store.getState().undo(),
              });
            }}
          >
            <Trash2 size={14} aria-hidden /> Delete persona
          </button>
        </div>
      </div>
    </details>
  );
}

export function PersonasPanel() {
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc.personas);
  const covered = useEditor((s) => s.doc.journey.personaIds);
  const list = Object.values(personas);
  const journeyId = useEditor((s) => s.doc.journey.id);
  const library = usePersonaLibrary();
  // A live session's shared editor edits the facilitator's journey: this device's library is not its.
  const ownLibrary = useJourneyLinks() !== null;
  return (
    <div className="personas-panel">
      {list.length === 0 && (
        <p className="inspector-empty">
          No personas yet. A persona is a customer archetype: who they are, what they need, fear, want and desire.
        </p>
      )}
      {list.map((p) => (
        <PersonaEditor
          key={p.id}
          persona={p}
          covered={covered.includes(p.id)}
          sharedWith={ownLibrary ? otherJourneysUsing(library, p, journeyId) : []}
        />
      ))}
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => {
          const s = store.getState();
          const { changes } = addPersona(s.doc);
          s.run('Add persona', changes);
        }}
      >
        <Plus size={14} aria-hidden /> Add persona
      </button>
      {ownLibrary && <PersonaLibrarySection library={library} />}
    </div>
  );
}
