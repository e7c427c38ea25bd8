import { useLiveQuery } from 'dexie-react-hooks';
import { ImagePlus, Plus, Trash2, UserRound } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../services';
import type { BlobId } from '../../domain/ids';
import type { Persona } from '../../domain/model';
import { PERSONA_CHALLENGES } from '../../domain/vocabulary';
import { getBlob, putBlob } from '../../storage';
import { errorMessage, toast } from '../../ui/toasts';
import { addPersona, deletePersona, updateJourney, updatePersona } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import type { HistoryEntry } from '../../session/history';
import { ListEditor, RowText, SwatchPicker, TagsField, TextField, Toggle } from '../inspector/fields';
import { preparePhoto } from './photo-input';
import { keepPhoto, keptPhoto } from '../kept-photos';
import { confirmAction } from '../../ui/confirm';
import { useJourneyLinks } from '../links/journey-links';
import { otherJourneysUsing, PersonaLibrarySection, titleList, usePersonaLibrary } from './PersonaLibrary';
import { t as translate, useTranslation } from '../../i18n';
import { challengeName } from '../../i18n/vocabulary';

/**
 * The photo as an object URL. What is read is held for the open journey (kept-photos.ts); once
 * its row is gone (the journey deleted in another window), the held photo is still shown.
 */
function usePhotoUrl(blobId: BlobId | null): string | null {
  const { db } = useServices();
  const store = useEditorStore();
  const stored = useLiveQuery(() => (blobId ? getBlob(db, blobId) : undefined), [db, blobId]);
  const record = stored ?? (stored === null && blobId ? keptPhoto(store, blobId) : undefined);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!record) {
      setUrl(null);
      return;
    }
    keepPhoto(store, record);
    const next = URL.createObjectURL(record.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [record, store]);
  return url;
}

function PersonaEditor({ persona, covered, sharedWith }: { persona: Persona; covered: boolean; sharedWith: string[] }) {
  const store = useEditorStore();
  const { db } = useServices();
  const photo = usePhotoUrl(persona.photoBlobId);
  const { t } = useTranslation();
  /** Edits a field; returns the history's last step then (for a list row's Add, see ListEditor). */
  const set = <K extends keyof Persona>(field: K, value: Persona[K], coalesce = true, finishes?: HistoryEntry) => {
    const s = store.getState();
    s.run('Edit persona', updatePersona(s.doc, persona.id, { [field]: value }), {
      ...(coalesce ? { coalesceKey: `${persona.id}:${String(field)}` } : {}),
      finishes,
    });
    return store.getState().history.past.at(-1);
  };
  const list = (field: 'needs' | 'fears' | 'goals' | 'desires', label: string, item: string, addLabel: string) => (
    <ListEditor
      label={label}
      itemName={item}
      addLabel={addLabel}
      items={persona[field]}
      create={() => ''}
      onChange={(v, structural, finishes) => set(field, v, !structural, finishes)}
      render={(text, update, i) => (
        <RowText label={t('panels.rowN', { label, n: i + 1 })} value={text} onChange={update} />
      )}
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
      keepPhoto(store, record);
    } catch (error) {
      toast.error(errorMessage(error, translate('panels.photoFailed')));
    }
  };
  return (
    <details className="persona-card" data-persona-id={persona.id} open>
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
          <p className="persona-shared muted">{t('panels.sharedWith', { titles: titleList(sharedWith) })}</p>
        )}
        <Toggle
          label={t('panels.covered')}
          checked={covered}
          onChange={(on) => {
            const s = store.getState();
            const ids = s.doc.journey.personaIds.filter((id) => id !== persona.id);
            s.run('Change covered personas', updateJourney(s.doc, { personaIds: on ? [...ids, persona.id] : ids }));
          }}
        />
        <TextField label={t('panels.name')} value={persona.name} onChange={(v) => set('name', v)} />
        <TextField label={t('panels.role')} value={persona.role} onChange={(v) => set('role', v)} />
        <TextField label={t('panels.quote')} value={persona.quote} onChange={(v) => set('quote', v)} multiline />
        {list('needs', t('panels.needs'), t('panels.need'), t('panels.addNeed'))}
        {list('fears', t('panels.fears'), t('panels.fear'), t('panels.addFear'))}
        {list('goals', t('panels.goals'), t('panels.goal'), t('panels.addGoal'))}
        {list('desires', t('panels.desires'), t('panels.desire'), t('panels.addDesire'))}
        <div className="field-row">
          <Toggle
            label={t('panels.spender')}
            hint={t('panels.spenderHint')}
            checked={persona.spender}
            onChange={(v) => set('spender', v, false)}
          />
          <Toggle
            label={t('panels.sender')}
            hint={t('panels.senderHint')}
            checked={persona.sender}
            onChange={(v) => set('sender', v, false)}
          />
        </div>
        <TagsField
          label={t('panels.challenges', { examples: PERSONA_CHALLENGES.map(challengeName).join(', ') })}
          value={persona.challenges}
          onChange={(v) => set('challenges', v, false)}
        />
        <SwatchPicker
          label={t('panels.colour')}
          value={persona.colour}
          onChange={(colour) => set('colour', colour, false)}
        />
        <div className="inspector-actions">
          <label className="btn">
            <ImagePlus size={14} aria-hidden /> {persona.photoBlobId ? t('panels.changePhoto') : t('panels.addPhoto')}
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif"
              className="sr-only"
              onChange={(e) => void onPhoto(e.target.files?.[0])}
            />
          </label>
          {persona.photoBlobId && (
            <button type="button" className="btn btn-ghost" onClick={() => set('photoBlobId', null, false)}>
              {t('panels.removePhoto')}
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
                  title: t('panels.removeSharedTitle', { name: persona.name }),
                  message: t('panels.removeSharedText', { name: persona.name, titles: titleList(sharedWith) }),
                  confirmLabel: t('panels.removeSharedConfirm'),
                  danger: true,
                }))
              )
                return;
              const s = store.getState();
              s.run('Delete persona', deletePersona(s.doc, persona.id));
              toast.info(t('panels.personaDeleted', { name: persona.name }), {
                label: t('panels.undo'),
                run: () => void store.getState().undo(),
              });
            }}
          >
            <Trash2 size={14} aria-hidden /> {t('panels.deletePersona')}
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
  const { t } = useTranslation();
  // After Add persona, the new persona's name is selected in its Name box, so typing names it
  // (rather than pressing the Add button again or reaching the editor's shortcuts).
  const panelRef = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!added) return;
    setAdded(null);
    const card = panelRef.current?.querySelector(`[data-persona-id="${CSS.escape(added)}"]`);
    const name = card?.querySelector<HTMLInputElement>('input.input');
    name?.focus();
    name?.select();
  }, [added]);
  return (
    <div className="personas-panel" ref={panelRef}>
      {list.length === 0 && <p className="inspector-empty">{t('panels.noPersonas')}</p>}
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
          const { changes, persona } = addPersona(s.doc, { name: t('panels.newPersona') });
          s.run('Add persona', changes);
          setAdded(persona.id);
        }}
      >
        <Plus size={14} aria-hidden /> {t('panels.addPersona')}
      </button>
      {ownLibrary && <PersonaLibrarySection library={library} />}
    </div>
  );
}
