import { useRef, useState } from 'react';
import { LIMITS } from '../../../domain/model';
import { inlineDraft } from '../../../session/inline-draft';
import { showText } from '../../../ui/caret';
import { useEditorStore } from '../../../session/react';

/** What a name editor edits: a stage's or a lane's name, its undo step's label and its box's class. */
interface NameKind {
  table: 'stages' | 'lanes';
  undoLabel: string;
  className: string;
}

export const STAGE_NAME: NameKind = {
  table: 'stages',
  undoLabel: 'Rename stage',
  className: 'stage-name-input nodrag',
};
export const LANE_NAME: NameKind = { table: 'lanes', undoLabel: 'Rename lane', className: 'lane-name-input' };

interface NameEditorProps {
  kind: NameKind;
  id: string;
  name: string;
  label: string;
  onDone: () => void;
}

/**
 * A stage's or lane's name typed in place in its header: saved as it is typed (a crash keeps it,
 * as a card's title); Enter or a click elsewhere makes the one undo step, Escape puts the name
 * back. A name left blank is not taken: the header keeps the one it had.
 */
export function NameEditor({ kind, id, name, label, onDone }: NameEditorProps) {
  const store = useEditorStore();
  const box = useRef<HTMLInputElement>(null);
  const [draft] = useState(() =>
    inlineDraft(store, kind.table, id, 'name', name, (text) => showText(box.current, text)),
  );
  const finish = (value: string | null) => {
    onDone();
    draft.finish(value?.trim() || null, kind.undoLabel);
  };
  return (
    <input
      ref={box}
      className={kind.className}
      aria-label={label}
      defaultValue={name}
      // A name's length: a longer paste would not fit the row, and every save after it would be refused.
      maxLength={LIMITS.shortText}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => {
        const value = e.currentTarget.value;
        if (value.trim()) draft.type(value);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(e.currentTarget.value);
        if (e.key === 'Escape') finish(null);
      }}
      onBlur={(e) => finish(e.currentTarget.value)}
    />
  );
}
