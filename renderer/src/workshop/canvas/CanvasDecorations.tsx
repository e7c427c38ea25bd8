import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { NOTE_SIZE } from '../../editor/canvas/geometry';
import { journeyDocumentOf, useEditor } from '../../session/react';
import { TOUCHPOINT_WIDTH } from '../../domain/vocabulary';
import { liveVotes, tallyVisible } from '../../domain/workshop/votes';
import { useWorkshopUi } from '../workshop-ui';
import { useTranslation } from '../../i18n';

const FRAME_PAD = 14;
const MAX_DOTS = 12;

/** Cluster frames around grouped notes, and dot-vote dots on touchpoints, drawn in the canvas viewport. */
export function CanvasDecorations() {
  return (
    <ViewportPortal>
      <ClusterFrames />
      <VoteDots />
    </ViewportPortal>
  );
}

const ClusterFrames = memo(function ClusterFrames() {
  const notes = useEditor((s) => s.doc.notes);
  const clusters = useEditor((s) => s.doc.journey.workshop.clusters);
  const { t } = useTranslation();
  const frames = useMemo(
    () =>
      clusters.flatMap((c) => {
        const members = Object.values(notes).filter((n) => n.clusterId === c.id);
        if (!members.length) return [];
        const left = Math.min(...members.map((n) => n.position.x)) - FRAME_PAD;
        const top = Math.min(...members.map((n) => n.position.y)) - FRAME_PAD;
        const right = Math.max(...members.map((n) => n.position.x + NOTE_SIZE.width)) + FRAME_PAD;
        const bottom = Math.max(...members.map((n) => n.position.y + NOTE_SIZE.height)) + FRAME_PAD;
        return [
          { id: c.id, title: c.title, left, top, width: right - left, height: bottom - top, count: members.length },
        ];
      }),
    [clusters, notes],
  );
  return (
    <>
      {frames.map((f) => (
        <div
          key={f.id}
          className="ws-cluster-frame"
          data-cluster-id={f.id}
          style={{ transform: `translate(${f.left}px, ${f.top}px)`, width: f.width, height: f.height }}
        >
          <span className="ws-cluster-title">
            {f.title || t('live.edits.untitledCluster')} · {f.count}
          </span>
        </div>
      ))}
    </>
  );
});

const VoteDots = memo(function VoteDots() {
  const doc = useEditor((s) => s.doc);
  const votingVoterId = useWorkshopUi((s) => s.votingVoterId);
  const { t } = useTranslation();
  const dots = useMemo(() => {
    const workshop = doc.journey.workshop;
    if (!workshop.votes.length) return [];
    const visible = tallyVisible(workshop);
    const colours = new Map(workshop.voters.map((v) => [v.id as string, v.colour]));
    // Where each target sits: pain points and opportunities show on their touchpoint.
    const owner = new Map<string, string>();
    for (const t of Object.values(doc.touchpoints)) {
      owner.set(t.id, t.id);
      for (const p of t.painPoints) owner.set(p.id, t.id);
      for (const o of t.opportunities) owner.set(o.id, t.id);
    }
    const byTouchpoint = new Map<string, string[]>();
    for (const v of liveVotes(journeyDocumentOf(doc))) {
      if (!visible && v.voterId !== votingVoterId) continue;
      const tp = owner.get(v.targetId);
      if (!tp) continue;
      const list = byTouchpoint.get(tp) ?? [];
      list.push(colours.get(v.voterId) ?? '#868e96');
      byTouchpoint.set(tp, list);
    }
    return [...byTouchpoint].map(([id, list]) => ({ id, list, tp: doc.touchpoints[id]! }));
  }, [doc, votingVoterId]);
  return (
    <>
      {dots.map(({ id, list, tp }) => (
        <div
          key={id}
          className="ws-dots"
          data-touchpoint-id={id}
          aria-label={t('live.voting.dots', { count: list.length })}
          style={{
            transform: `translate(${tp.position.x + TOUCHPOINT_WIDTH + 6}px, ${tp.position.y - 12}px) translateX(-100%)`,
          }}
        >
          {list.slice(0, MAX_DOTS).map((colour, i) => (
            <span key={i} className="ws-dot" style={{ background: colour }} />
          ))}
          {list.length > MAX_DOTS && <span className="ws-dots-more">+{list.length - MAX_DOTS}</span>}
          <span className="ws-dots-count">{list.length}</span>
        </div>
      ))}
    </>
  );
});
