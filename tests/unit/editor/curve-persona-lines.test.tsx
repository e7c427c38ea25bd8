// @vitest-environment happy-dom
/**
 * A persona's line on the emotion-curve lane is dashed over the journey's solid line, with the same
 * dashes as the report draws it (domain/line-colours.ts): where the persona felt what the journey
 * felt, both lines the legend names still show. Drawn solid, the persona's line hid the journey's
 * whole on every template whose first persona's feelings are the journey's.
 */
import { cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdFrames, paint } from '../../support/held-frames';
import type { CurveNode as CurveNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { CurveNode } from '../../../renderer/src/editor/canvas/nodes/CurveNode';
import { PERSONA_LINE_DASHES, personaLineDash } from '../../../renderer/src/domain/line-colours';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';

beforeEach(holdFrames);
afterEach(cleanup);

function lane() {
  const b = journey('Curve lines');
  const anita = b.persona('അനിത മേനോൻ', true, { colour: '#2f9e44' });
  const karen = b.persona('Կարեն', true, { colour: '#9c36b5' });
  const [discover, buy] = b.stages('Discover', 'Buy');
  // Anita felt what the journey felt at both cards; Karen only rated the second.
  const searches = b.touchpoint(discover!, { title: 'தேடுகிறார்', emotion: 2, personaEmotions: { [anita.id]: 2 } });
  const pays = b.touchpoint(buy!, {
    title: 'చెల్లిస్తారు',
    emotion: -1,
    personaEmotions: { [anita.id]: -1, [karen.id]: 1 },
  });
  b.chain(searches, pays);
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  const props = { id: 'lane:emotion-curve', data: { width: 640 } } as unknown as NodeProps<CurveNodeType>;
  return render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <CurveNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
}

describe('the emotion-curve lane', () => {
  it('draws the journey solid and each persona dashed over it, and its legend shows the same dashes', async () => {
    const view = lane();
    await paint();
    const lines = [...view.container.querySelectorAll('.curve-svg polyline')];
    expect(lines).toHaveLength(3);
    const [journeyLine, anitaLine, karenLine] = lines;
    expect(journeyLine!.getAttribute('stroke-dasharray')).toBeNull();
    expect(anitaLine!.getAttribute('stroke-dasharray')).toBe(personaLineDash(0));
    expect(karenLine!.getAttribute('stroke-dasharray')).toBe(personaLineDash(1));
    // Anita's line runs exactly over the journey's: only its gaps let the journey's show.
    expect(anitaLine!.getAttribute('points')).toBe(journeyLine!.getAttribute('points'));
    expect(anitaLine!.getAttribute('stroke-linecap')).toBe('butt');

    const legend = [...view.container.querySelectorAll('.curve-toggle')];
    expect(legend.map((l) => l.textContent)).toEqual(['Customer', 'അനിത മേനോൻ', 'Կարեն']);
    expect(legend[0]!.querySelector('.curve-swatch-dashed')).toBeNull();
    expect(legend[1]!.querySelector('.curve-swatch-dashed line')?.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(legend[2]!.querySelector('.curve-swatch-dashed line')?.getAttribute('stroke-dasharray')).toBe('2.5 3');
  });

  it('takes the dash patterns again in turn past the last', () => {
    expect(personaLineDash(PERSONA_LINE_DASHES.length)).toBe(personaLineDash(0));
    expect(new Set(PERSONA_LINE_DASHES).size).toBe(PERSONA_LINE_DASHES.length);
  });
});
