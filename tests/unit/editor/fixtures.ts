import { stageColumns } from '../../../renderer/src/domain/layout';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
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
