import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../domain/model';
import { inlineDraft } from '../../../session/inline-draft';
import { showText } from '../../../ui/caret';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';
import type { NoteNode as NoteNodeType } from '../build-nodes';
import { useTranslation } from '../../../i18n';
import { useSearchMark } from '../search-marks';
import { noteFace } from './note-face';

function NoteEditor({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // What is typed is saved as it is typed (a crash keeps it); finishing makes the one undo step.
  const [draft] = useState(() => inlineDraft(store, 'notes', id, 'text', text, (now) => showText(ref.current, now)));
  const done = (value: string | null) => {
    useEditorUi.getState().set({ editingId: null });
    draft.finish(value, 'Edit note');
  };
  return (
    <textarea
      ref={ref}
      className="note-input nodrag nopan nowheel"
      aria-label={t('editor.noteText')}
      defaultValue={text}
      // A note's length: a longer paste would not fit the row, and every save after it would be refused.
      maxLength={LIMITS.longText}
      onChange={(e) => draft.type(e.currentTarget.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Escape leaves the box keeping what was typed (a note is often several lines, and Enter makes a new
        // line, so Escape is how people step out; it used to throw the note's text away with no undo step).
        if (e.key === 'Escape') done(e.currentTarget.value);
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) done(e.currentTarget.value);
      }}
      onBlur={(e) => done(e.currentTarget.value)}
    />
  );
}

function NoteNodeView({ data, selected }: NodeProps<NoteNodeType>) {
  const { t } = useTranslation();
  const { note } = data;
  const editing = useEditorUi((s) => s.editingId === note.id);
  const dimmed = useSearchMark(note.id) === 'dimmed';
  return (
    <div className={`note-node note-${note.colour}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}>
      {editing ? (
        <NoteEditor id={note.id} text={note.text} />
      ) : (
        <div className="note-text">{noteFace(note.text) || t('editor.emptyNote')}</div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
