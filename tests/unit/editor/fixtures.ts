import { stageColumns } from '../../../renderer/src/domain/layout';
import { newId } from '../../../renderer/src/domain/ids';
import type { JourneyDocument, PainPoint } from '../../../renderer/src/domain/model';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import type { createEditorActions } from '../../../renderer/src/editor/actions';
import { journey } from '../../fixtures/journey-builder';

/** Three stages (320 wide) with two touchpoints each, joined by main connections. */
export function smallJourney(): JourneyDocument {
  const b = journey('Small', 1000);
  const stages = b.stages('Discover', 'Buy', 'Use');
  const columns = stageColumns(stages);
  const touchpoints = stages.flatMap((s, i) =>
    [0, 1].map((row) =>
      b.touchpoint(s, {
        title: `${s.name} ${row + 1}`,
        position: { x: columns[i]!.x + 50, y: 120 + row * 140 },
        emotion: row === 0 ? 1 : -1,
      }),
    ),
  );
  b.chain(...touchpoints);
  return b.build();
}

export const smallState = () => docStateFrom(smallJourney());

/** A pain point of severity 2 saying `text`, with a new id unless one is given. */
export function painPoint(text: string, id: string = newId('pain')): PainPoint {
  return { id: id as PainPoint['id'], text, severity: 2, originId: null, evidence: null };
}

/** The few canvas calls the editor's actions make, with nothing on screen. */
export const noCanvas = {
  screenToFlowPosition: (p: { x: number; y: number }) => p,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  setCenter: async () => true,
  fitView: async () => true,
} as unknown as Parameters<typeof createEditorActions>[1];
