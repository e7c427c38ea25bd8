import { useEffect, useState } from 'react';

/**
 * False until the frame after mount has been painted, then true: lets a large
 * map show its stages and cards in the first frame and draw the rest (its
 * connections, the minimap) in the next task, instead of holding the whole
 * first paint back for them. Always true when `staged` is false.
 */
export function usePaintedOnce(staged: boolean): boolean {
  const [painted, setPainted] = useState(!staged);
  useEffect(() => {
    if (painted) return;
    let channel: MessageChannel | null = null;
    // A rAF callback runs just before the frame is rendered; a message posted
    // from it is handled once that frame's style, layout and paint are done.
    const frame = requestAnimationFrame(() => {
      channel = new MessageChannel();
      channel.port1.onmessage = () => setPainted(true);
      channel.port2.postMessage(null);
    });
    return () => {
      cancelAnimationFrame(frame);
      channel?.port1.close();
    };
  }, [painted]);
  return painted;
}
