/**
 * Runs `run` once the next frame is painted, and returns what cancels it. A
 * rAF callback runs just before the frame is rendered; a message posted from
 * it is handled once that frame's style, layout and paint are done. Used to
 * show a first frame sooner and do the rest of the work right after it: a
 * large map's connections and card targets, the rows beyond the table's view,
 * the map unmounted under the table.
 */
export function afterNextPaint(run: () => void): () => void {
  let channel: MessageChannel | null = null;
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel?.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelAnimationFrame(frame);
    channel?.port1.close();
  };
}
