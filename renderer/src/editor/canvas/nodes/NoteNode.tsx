import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { updateNote } from '../../../session/edits';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';
import type { NoteNode as NoteNodeType } from '../build-nodes';
import { useTranslation } from '../../../i18n';

function NoteEditor({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const done = (value: string | null) => {
    useEditorUi.getState().set({ editingId: null });
    if (value === null || value === text) return;
    const state = store.getState();
    state.run('Edit note', updateNote(state.doc, id, { text: value }));
  };
  return (
    <textarea
      ref={ref}
      className="note-input nodrag nopan nowheel"
      aria-label={t('editor.noteText')}
      defaultValue={text}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') done(null);
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
  return (
    <div className={`note-node note-${note.colour}${selected ? ' is-selected' : ''}${data.dimmed ? ' is-dimmed' : ''}`}>
      {editing ? (
        <NoteEditor id={note.id} text={note.text} />
      ) : (
        <div className="note-text">{note.text || t('editor.emptyNote')}</div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
