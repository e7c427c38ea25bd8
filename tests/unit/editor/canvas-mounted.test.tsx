// @vitest-environment happy-dom
/**
 * The table view took the canvas's place in the same commit that unmounted the map; on a 2,000-touchpoint map
 * that unmounting (React Flow's store reset with every card still listening) was most of the time before the
 * table's first frame. The canvas now stays mounted, hidden, until the view's first frame is painted.
 */
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCanvasMounted } from '../../../renderer/src/editor/canvas-mounted';

afterEach(cleanup);

/** Counts mounts and unmounts of the canvas it stands for. */
const life = { mounts: 0, unmounts: 0 };
function Canvas() {
  useEffect(() => {
    life.mounts += 1;
    return () => {
      life.unmounts += 1;
    };
  }, []);
  return <div data-testid="canvas" />;
}

function Body({ view }: { view: boolean }) {
  const mounted = useCanvasMounted(!view);
  return (
    <div>
      {view && <div data-testid="view" />}
      {mounted && <Canvas />}
    </div>
  );
}

/** Resolves after the next frame and the task queued from it. */
const afterNextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve)))));

describe('useCanvasMounted', () => {
  it('keeps the canvas mounted under the view until the frame after the view is drawn, then unmounts it', async () => {
    life.mounts = life.unmounts = 0;
    const { rerender, queryByTestId } = render(<Body view={false} />);
    expect(queryByTestId('canvas')).not.toBeNull();

    rerender(<Body view />);
    // The view is in the page at once; the canvas is still there with it.
    expect(queryByTestId('view')).not.toBeNull();
    expect(queryByTestId('canvas')).not.toBeNull();
    expect(life.unmounts).toBe(0);

    await afterNextFrame();
    expect(queryByTestId('canvas')).toBeNull();
    expect(life).toEqual({ mounts: 1, unmounts: 1 });

    rerender(<Body view={false} />);
    expect(queryByTestId('canvas')).not.toBeNull();
    expect(queryByTestId('view')).toBeNull();
    expect(life.mounts).toBe(2);
  });

  it('shows the same canvas again, not a new one, when the view goes before the canvas has left', async () => {
    life.mounts = life.unmounts = 0;
    const { rerender, queryByTestId } = render(<Body view={false} />);
    rerender(<Body view />);
    rerender(<Body view={false} />);
    await afterNextFrame();
    expect(queryByTestId('canvas')).not.toBeNull();
    expect(life).toEqual({ mounts: 1, unmounts: 0 });
  });

  it('never mounts the canvas when the editor opens in the view', async () => {
    life.mounts = life.unmounts = 0;
    const { queryByTestId } = render(<Body view />);
    await afterNextFrame();
    expect(queryByTestId('canvas')).toBeNull();
    expect(life.mounts).toBe(0);
  });
});
