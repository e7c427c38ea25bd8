// @vitest-environment happy-dom
/** The library's tree marks a top journey as a map, a sub-journey with an arrow from its parent, and a loop back. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { JourneyTree } from '../../../renderer/src/library/JourneyTree';
import { MALAYALAM, TELUGU } from '../../fixtures/seed-text';

afterEach(cleanup);

describe('the journey tree', () => {
  it('marks each journey by its place: top, under a parent, or linked back', () => {
    const top = createJourney({ title: TELUGU[0]! });
    const child = createJourney({ title: MALAYALAM[0]! });
    const open = vi.fn();
    render(
      <JourneyTree
        roots={[
          {
            journey: top,
            repeated: false,
            children: [{ journey: child, repeated: false, children: [{ journey: top, repeated: true, children: [] }] }],
          },
        ]}
        onOpen={open}
      />,
    );
    const iconOf = (button: HTMLElement) => button.querySelector('svg')!.getAttribute('class');
    const [root, back] = screen.getAllByRole('button', { name: new RegExp(TELUGU[0]!.slice(0, 8)) });
    expect(iconOf(root!)).toContain('lucide-map');
    expect(iconOf(back!)).toContain('lucide-repeat');
    const sub = screen.getByRole('button', { name: new RegExp(MALAYALAM[0]!.slice(0, 8)) });
    expect(iconOf(sub)).toContain('lucide-corner-down-right');
    sub.click();
    expect(open).toHaveBeenCalledWith(child.id);
  });
});
