import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { MousePointer2 } from 'lucide-react';
import { useMemo } from 'react';
import { useEditor } from '../../session/react';
import { useLiveSession } from './live-session';
import { readPresence } from './presence';
import { useAwarenessVersion } from './use-live-section';

const CURRENT_COLOUR = 'currentColor';

/**
 * Presence on the facilitator's map while a session runs: each editor's
 * pointer with their name, and an outline in their colour around what they
 * have selected. Drawn in map coordinates, so it follows pan and zoom.
 */
export function RemoteCursors() {
  const host = useLiveSession((s) => (s.phase === 'running' ? s.host : null));
  const awareness = host?.awareness ?? null;
  const version = useAwarenessVersion(awareness);
  const revision = useEditor((s) => s.revision);
  const flow = useReactFlow();
  // Names and pointers keep their size on screen whatever the zoom.
  const zoom = useStore((s) => s.transform[2]);
  const unzoom = { transform: `scale(${1 / zoom})`, transformOrigin: '0 0' };
  const people = useMemo(
    () => (awareness ? readPresence(awareness) : []),
    // version: the awareness changes in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [awareness, version],
  );
  const outlines = useMemo(
    () =>
      people.flatMap((p) =>
        p.selection.flatMap((id) => {
          const node = flow.getInternalNode(id);
          if (!node) return [];
          const { x, y } = node.internals.positionAbsolute;
          const width = node.measured.width ?? node.width ?? 0;
          const height = node.measured.height ?? node.height ?? 0;
          return [{ key: `${p.clientId}:${id}`, name: p.name, colour: p.colour, x, y, width, height }];
        }),
      ),
    // revision: nodes move and resize with the document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [people, flow, revision],
  );
  if (!awareness || people.length === 0) return null;
  return (
    <ViewportPortal>
      {outlines.map((o) => (
        <div
          key={o.key}
          className="ws-live-selection"
          style={{
            transform: `translate(${o.x - 4}px, ${o.y - 4}px)`,
            width: o.width + 8,
            height: o.height + 8,
            borderColor: o.colour,
          }}
          aria-hidden
        >
          {/* Sized from its bottom edge, so at any zoom it stands above the card rather than over its title. */}
          <span className="ws-live-tag" style={{ background: o.colour, ...unzoom, transformOrigin: '0 100%' }}>
            {o.name}
          </span>
        </div>
      ))}
      {people.map(
        (p) =>
          p.cursor && (
            <div
              key={p.clientId}
              className="ws-live-cursor"
              style={{ transform: `translate(${p.cursor.x}px, ${p.cursor.y}px)`, color: p.colour }}
              aria-hidden
            >
              <span className="ws-live-pointer" style={unzoom}>
                <MousePointer2 size={18} fill={CURRENT_COLOUR} />
                <span className="ws-live-tag" style={{ background: p.colour }}>
                  {p.name}
                </span>
              </span>
            </div>
          ),
      )}
    </ViewportPortal>
  );
}
