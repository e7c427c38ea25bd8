/**
 * Connection labels on the map (the report's, the viewer's and the map
 * image's, which all draw reports/svg's plan) stay off the cards' titles.
 */
import { describe, expect, it } from 'vitest';
import { JOURNEY_TEMPLATES } from '../../../renderer/src/domain/templates';
import { layoutMap, type Box, type MapPlan } from '../../../renderer/src/reports/svg/map-layout';
import { placeLabels, pointAlong, titleBox } from '../../../renderer/src/reports/svg/label-place';
import { journey } from '../../fixtures/journey-builder';

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** Each label plate that covers a card, named "label → card title". */
function covered(plan: MapPlan, box: (card: MapPlan['cards'][number]) => Box = (c) => c): string[] {
  return plan.routes.flatMap((r) =>
    r.label
      ? plan.cards.filter((c) => overlap(r.label!.plate, box(c))).map((c) => `${r.label!.text} → ${c.touchpoint.title}`)
      : [],
  );
}

describe('connection labels on the map', () => {
  it('cover no card title in any built-in template, in any of its languages', () => {
    for (const template of JOURNEY_TEMPLATES) {
      const plan = layoutMap(template.build());
      expect(covered(plan, titleBox), template.id).toEqual([]);
    }
  });

  it('cover hardly any part of a card across the templates (they used to cover fifty)', () => {
    const all = JOURNEY_TEMPLATES.flatMap((t) => covered(layoutMap(t.build())));
    expect(all.length).toBeLessThanOrEqual(2);
  });

  it('moves the label of a link round a middle card off that card, onto its own line', () => {
    const b = journey('Stacked');
    const [stage] = b.stages('Receive');
    const [top, middle, bottom] = ['Parcel arrives', 'Opens the box', 'Finds it broken'].map((title) =>
      b.touchpoint(stage!, { title }),
    );
    b.connect(top!, middle!);
    b.connect(middle!, bottom!);
    b.connect(top!, bottom!, 'alternative', { label: 'Skips the unboxing' });
    const plan = layoutMap(b.build());
    const route = plan.routes.find((r) => r.label?.text === 'Skips the unboxing')!;
    expect(route).toBeDefined();
    expect(covered(plan)).toEqual([]);
    // Still beside its line: within a plate's reach of some point along it.
    const plate = route.label!.plate;
    const near = Array.from({ length: 21 }, (_, i) => pointAlong(route.path, i / 20)).some(
      ([x, y]) =>
        x >= plate.x - 8 &&
        x <= plate.x + plate.width + 8 &&
        y >= plate.y - 2 * plate.height &&
        y <= plate.y + 3 * plate.height,
    );
    expect(near).toBe(true);
  });

  it('leaves a label that covers nothing where its route put it', () => {
    const plan = layoutMap(JOURNEY_TEMPLATES[0]!.build());
    const again = placeLabels(plan.routes, plan.cards, plan.width);
    expect(again).toEqual(plan.routes);
  });

  it('finds the point halfway along an elbow by length', () => {
    expect(
      pointAlong(
        {
          shape: 'elbow',
          points: [
            [0, 0],
            [10, 0],
            [10, 30],
          ],
        },
        0.5,
      ),
    ).toEqual([10, 10]);
    expect(
      pointAlong({ shape: 'curve', start: [0, 0], control1: [0, 0], control2: [10, 0], end: [10, 0] }, 0.5),
    ).toEqual([5, 0]);
  });
});
