import { createConnection, createJourney, createStage, createTouchpoint } from '../../../renderer/src/domain/factories';
import { stageColumns } from '../../../renderer/src/domain/layout';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { docStateFrom } from '../../../renderer/src/session/doc-state';

/** Three stages (320 wide) with two touchpoints each, joined by main connections. */
export function smallJourney(): JourneyDocument {
  const journey = createJourney({ title: 'Small' }, 1000);
  const stages = ['Discover', 'Buy', 'Use'].map((name, order) => createStage({ journeyId: journey.id, name, order }));
  const columns = stageColumns(stages);
  const touchpoints = stages.flatMap((s, i) =>
    [0, 1].map((row) =>
      createTouchpoint({
        journeyId: journey.id,
        stageId: s.id,
        title: `${s.name} ${row + 1}`,
        position: { x: columns[i]!.x + 50, y: 120 + row * 140 },
        emotion: row === 0 ? 1 : -1,
      }),
    ),
  );
  const connections = touchpoints
    .slice(1)
    .map((t, i) => createConnection({ journeyId: journey.id, source: touchpoints[i]!.id, target: t.id, kind: 'main' }));
  return { journey, stages, touchpoints, connections, personas: [], notes: [] };
}

export const smallState = () => docStateFrom(smallJourney());
