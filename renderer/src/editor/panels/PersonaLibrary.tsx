import { useLiveQuery } from 'dexie-react-hooks';
import { Library, Plus } from 'lucide-react';
import type { JourneyId } from '../../domain/ids';
import type { Persona } from '../../domain/model';
import { personaKey, personaLibrary, sharedPersonaFields, type LibraryPersona } from '../../domain/persona-library';
import { useServices } from '../../services';
import { addPersona } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import { listPersonaLibrary, putBlob } from '../../storage';
import { errorMessage, toast } from '../../ui/toasts';
import { t as translate, useTranslation } from '../../i18n';

/** The shared persona library, live from the database; undefined while it loads. */
export function usePersonaLibrary(): LibraryPersona[] | undefined {
  const { db } = useServices();
  const read = useLiveQuery(() => listPersonaLibrary(db), [db]);
  return read ? personaLibrary(read.personas, read.journeys) : undefined;
}

/** The other journeys using a persona (by its library key), for “Also in …” lines and the delete question. */
export function otherJourneysUsing(
  library: readonly LibraryPersona[] | undefined,
  persona: Persona,
  journeyId: JourneyId,
): string[] {
  const entry = library?.find((e) => e.key === personaKey(persona));
  return entry ? entry.journeys.filter((j) => j.id !== journeyId).map((j) => j.title) : [];
}

/** “A”, “A and B”, “A, B and C” (the joining words in the interface language). */
export function titleList(titles: readonly string[]): string {
  const quoted = titles.map((title) => translate('panels.quoted', { title }));
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : translate('panels.listAnd', {
        list: quoted.slice(0, -1).join(translate('panels.listComma')),
        last: quoted[quoted.length - 1],
      });
}

/** The personas of other journeys that this one does not use yet, each with “Add to this journey”. */
export function PersonaLibrarySection({ library }: { library: readonly LibraryPersona[] | undefined }) {
  const store = useEditorStore();
  const { db } = useServices();
  const journeyId = useEditor((s) => s.doc.journey.id);
  const personas = useEditor((s) => s.doc.personas);
  const used = new Set(Object.values(personas).map(personaKey));
  const available = (library ?? []).filter((e) => !used.has(e.key));
  const { t } = useTranslation();

  const add = async (entry: LibraryPersona) => {
    try {
      // The photo is copied into this journey, so the journey (and its file) is whole on its own.
      let photoBlobId: Persona['photoBlobId'] = null;
      if (entry.persona.photoBlobId) {
        const blob = await db.blobs.get(entry.persona.photoBlobId);
        if (blob) photoBlobId = (await putBlob(db, journeyId, blob.data, blob.type)).id;
      }
      const s = store.getState();
      const { changes } = addPersona(s.doc, {
        ...sharedPersonaFields(entry.persona),
        libraryId: entry.key,
        photoBlobId,
      });
      s.run('Add persona from the library', changes);
    } catch (error) {
      toast.error(errorMessage(error, translate('panels.personaAddFailed')));
    }
  };

  return (
    <section className="persona-library" aria-label={t('panels.personaLibrary')}>
      <h3>
        <Library size={14} aria-hidden /> {t('panels.personaLibrary')}
      </h3>
      {library === undefined ? (
        <p className="muted">{t('panels.libraryLoading')}</p>
      ) : available.length === 0 ? (
        // "All already here" only when other journeys have personas; with none, what the library is for.
        <p className="muted">
          {library.some((e) => e.journeys.some((j) => j.id !== journeyId))
            ? t('panels.libraryAllUsed')
            : t('panels.libraryNone')}
        </p>
      ) : (
        <ul>
          {available.map((entry) => (
            <li key={entry.key} className="persona-library-item">
              <span className="persona-swatch" style={{ background: entry.persona.colour }} aria-hidden />
              <span className="persona-library-text">
                <strong>{entry.persona.name}</strong>
                {entry.persona.role && <span className="muted"> · {entry.persona.role}</span>}
                <span className="muted persona-used-by">
                  {t('panels.usedIn', { titles: titleList(entry.journeys.map((j) => j.title)) })}
                </span>
              </span>
              <button
                type="button"
                className="btn"
                aria-label={t('panels.addToJourney', { name: entry.persona.name })}
                title={t('panels.addToJourneyTitle')}
                onClick={() => void add(entry)}
              >
                <Plus size={14} aria-hidden /> {t('panels.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
