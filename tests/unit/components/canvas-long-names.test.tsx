// @vitest-environment happy-dom
/**
 * A 1,000-character stage name or connection label keeps to two lines on the canvas (a CSS clamp)
 * instead of running over other stages and cards; the whole text is in the tooltip, and the stored
 * text is left as it was.
 */
import { readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StageNode as StageNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { ConnectionLabelBox } from '../../../renderer/src/editor/canvas/edges/ConnectionEdge';
import { StageNode } from '../../../renderer/src/editor/canvas/nodes/StageNode';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { LIMITS } from '../../../renderer/src/domain/model';
import { TEXT_HEAD_CHARS, textHead } from '../../../renderer/src/ui/text-head';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN, TELUGU, textOfLength } from '../../fixtures/seed-text';

afterEach(cleanup);

const css = readFileSync('renderer/src/editor/canvas/canvas.css', 'utf8');
const rule = (selector: string) =>
  new RegExp(`(^|\\n)${selector.replace(/[.-]/g, (c) => `\\${c}`)}\\s*\\{([^}]*)\\}`).exec(css)?.[2] ?? '';

/** A main connection's label box rendered with this fit between cards. */
function renderLabel(label: string, fit: { room: number; start: boolean }): HTMLElement {
  const { container } = render(
    <ConnectionLabelBox edgeId="conn:1" dimmed={false} kind="main" label={label} x={10} y={20} fit={fit} />,
  );
  return container.querySelector<HTMLElement>('.conn-label.is-between')!;
}

function longText(parts: readonly string[]): string {
  let text = '';
  while (text.length < 1000) text += `${parts[text.length % parts.length]} `;
  return text.slice(0, 1000);
}

/** The first stage of `doc` as the canvas draws it, with the store it edits. */
function renderFirstStage(doc: ReturnType<typeof smallJourney>) {
  const stage = doc.stages[0]!;
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  const props = {
    id: stage.id,
    type: 'stage',
    data: { stage, index: 0, height: 600, count: 2 },
    selected: false,
    width: stage.width,
  } as unknown as NodeProps<StageNodeType>;
  const { container } = render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <StageNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  return { store, container };
}

describe('long names on the canvas', () => {
  it('clamps a stage name to two lines, with the whole name in the tooltip and in the store', () => {
    const doc = smallJourney();
    const name = longText(TELUGU);
    doc.stages[0] = { ...doc.stages[0]!, name };
    const { store, container } = renderFirstStage(doc);
    const text = container.querySelector('.stage-name-text')!;
    expect(text.textContent).toBe(name);
    expect(container.querySelector('.stage-name')!.getAttribute('title')).toContain(name);
    expect(store.getState().doc.stages[doc.stages[0]!.id]!.name).toBe(name);
    expect(rule('.stage-name-text')).toMatch(/-webkit-line-clamp:\s*2/);
    expect(rule('.stage-name-text')).toMatch(/overflow:\s*hidden/);
  });

  it("shows the head of a 100,000-character customer goal under a stage's name, and keeps all of it", () => {
    const doc = smallJourney();
    const goal = textOfLength(ARMENIAN, LIMITS.longText);
    doc.stages[0] = { ...doc.stages[0]!, customerGoal: goal };
    const { store, container } = renderFirstStage(doc);
    // The browser lays out all of a clamped text: only the head that two lines can show is given to it.
    const shown = container.querySelector('.stage-goal')!.textContent!;
    expect(shown).toContain(textHead(goal));
    expect(shown.length).toBeLessThan(TEXT_HEAD_CHARS * 2);
    expect(store.getState().doc.stages[doc.stages[0]!.id]!.customerGoal).toBe(goal);
    expect(rule('.stage-goal')).toMatch(/-webkit-line-clamp:\s*2/);
  });

  it('clamps a connection label to two lines of a bounded box, with the whole label in the tooltip', () => {
    const label = longText(ARMENIAN);
    const { container } = render(
      <ConnectionLabelBox edgeId="conn:1" dimmed={false} kind="failure" label={label} x={10} y={20} fit={undefined} />,
    );
    const box = container.querySelector<HTMLElement>('.conn-label')!;
    expect(box.textContent).toBe(label);
    expect(box.getAttribute('title')).toBe(label);
    expect(box.classList.contains('is-between')).toBe(false);
    expect(box.dataset.edgeId).toBe('conn:1');
    expect(box.classList.contains('is-dimmed')).toBe(false);
    const style = rule('.conn-label');
    expect(style).toMatch(/max-width:\s*\d+px/);
    expect(style).toMatch(/-webkit-line-clamp:\s*2/);
    expect(style).toMatch(/overflow:\s*hidden/);
  });

  it('narrows a label between cards to the gap between them, with a line or two more', () => {
    const label = longText(TELUGU);
    const box = renderLabel(label, { room: 88.4, start: false });
    expect(box.style.getPropertyValue('--label-room')).toBe('88px');
    expect(box.style.transform).toContain('translate(-50%, -50%)');
    expect(box.getAttribute('title')).toBe(label);
    const style = rule('.conn-label.is-between');
    expect(style).toMatch(/max-width:\s*min\(\d+px,\s*var\(--label-room\)\)/);
    expect(style).toMatch(/-webkit-line-clamp:\s*4/);
    // Beside a line down a gutter, the box begins at its point.
    cleanup();
    expect(renderLabel(label, { room: 72, start: true }).style.transform).toContain('translate(0, -50%)');
  });
});
