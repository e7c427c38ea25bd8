import { useEffect, useMemo } from 'react';
import { useEditor } from '../../session/react';
import { useFocusLit } from './use-focus-lit';

/** Ids are validated (`kind:[A-Za-z0-9_-]`), so they sit safely in a quoted attribute selector. */
const byAttribute = (name: string, ids: Iterable<string>) =>
  [...ids].map((id) => `[${name}="${CSS.escape(id)}"]`).join(',');
const byId = (ids: Iterable<string>) => byAttribute('data-id', ids);

/**
 * Canvas styling the workshop adds without touching the canvas components:
 * focus dimming (everything but the current stage or selection, connection
 * labels too) and the “Question” badge on question notes, as one generated
 * style sheet.
 */
export function CanvasStyles() {
  const doc = useEditor((s) => s.doc);
  const lit = useFocusLit();

  const questions = useMemo(
    () =>
      Object.values(doc.notes)
        .filter((n) => n.kind === 'question')
        .map((n) => n.id),
    [doc.notes],
  );

  useEffect(() => {
    document.body.classList.toggle('ws-focus', lit !== null);
    return () => document.body.classList.remove('ws-focus');
  }, [lit]);

  const css = [
    lit && lit.size
      ? `body.ws-focus .canvas-wrap :is(.react-flow__node,.react-flow__edge):is(${byId(lit)}){opacity:1;filter:none}`
      : '',
    // A connection's label is drawn apart from its line (in React Flow's label layer), named by its edge id.
    lit && lit.size
      ? `body.ws-focus .canvas-wrap .conn-label:is(${byAttribute('data-edge-id', lit)}){opacity:1;filter:none}`
      : '',
    lit && lit.size ? `body.ws-focus .ws-dots:is(${byAttribute('data-touchpoint-id', lit)}){opacity:1}` : '',
    questions.length
      ? `.canvas-wrap .react-flow__node:is(${byId(questions)}) .note-node{position:relative;padding-top:28px}`
      : '',
    questions.length
      ? `.canvas-wrap .react-flow__node:is(${byId(questions)}) .note-node::before{content:"? Question";position:absolute;top:6px;left:10px;font-size:11px;font-weight:700;letter-spacing:.02em;text-transform:uppercase;opacity:.75}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  return css ? <style data-workshop-styles>{css}</style> : null;
}
