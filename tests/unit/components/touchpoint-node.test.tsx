// @vitest-environment happy-dom
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import type { Touchpoint } from '../../../renderer/src/domain/model';
import type { TouchpointNode as TouchpointNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { TouchpointNode } from '../../../renderer/src/editor/canvas/nodes/TouchpointNode';
import { smallJourney } from '../editor/fixtures';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

function renderCard(touchpoint: Touchpoint) {
  const props = {
    id: touchpoint.id,
    type: 'touchpoint',
    data: { touchpoint, far: false },
    selected: false,
  } as unknown as NodeProps<TouchpointNodeType>;
  return render(
    <ReactFlowProvider>
      <TouchpointNode {...props} />
    </ReactFlowProvider>,
  );
}

describe('TouchpointNode pain badge', () => {
  const base = smallJourney().touchpoints[0]!;

  it('shows the count and the worst severity of the pain points, whatever their order', () => {
    const touchpoint = {
      ...base,
      painPoints: [newPainPoint(TAMIL[0]!, 1), newPainPoint('Late', 3), newPainPoint('Slow', 2)],
    };
    const { container } = renderCard(touchpoint);
    const badge = container.querySelector('.pain-badge')!;
    expect(badge.className).toBe('pain-badge pain-3');
    expect(badge.getAttribute('title')).toBe('3 pain points, worst: Severe');
    expect(badge.textContent).toBe('⚠ 3');
  });

  it('names a single minor pain point as minor, and draws no badge without pain points', () => {
    const minor = renderCard({ ...base, painPoints: [newPainPoint('Small font', 1)] });
    expect(minor.container.querySelector('.pain-badge')?.getAttribute('title')).toBe('1 pain point, worst: Minor');
    cleanup();
    const none = renderCard({ ...base, painPoints: [] });
    expect(none.container.querySelector('.pain-badge')).toBeNull();
  });
});

describe('TouchpointNode evidence marker', () => {
  const base = smallJourney().touchpoints[0]!;

  it('names the level and fills one bar per step from assumption to data, and is absent without a level', () => {
    const { container } = renderCard({ ...base, evidence: 'research' });
    const marker = container.querySelector('.evidence-marker')!;
    expect(marker.getAttribute('aria-label')).toBe('Evidence: Research');
    expect(marker.textContent).toBe('R');
    const filled = [...marker.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(filled).toEqual(['currentColor', 'currentColor', 'currentColor', 'none']);
    cleanup();
    expect(renderCard({ ...base, evidence: null }).container.querySelector('.evidence-marker')).toBeNull();
  });
});

describe('TouchpointNode title', () => {
  it('gives the whole title on hover, as the card shows only two lines of it', () => {
    const base = smallJourney().touchpoints[0]!;
    const long = `${TAMIL[0]!} ${TAMIL[1]!} ${TAMIL[2]!}`;
    const { container } = renderCard({ ...base, title: long });
    expect(container.querySelector('.tp-title')!.getAttribute('title')).toBe(long);
    cleanup();
    const untitled = renderCard({ ...base, title: '' });
    expect(untitled.container.querySelector('.tp-title')!.hasAttribute('title')).toBe(false);
  });
});
