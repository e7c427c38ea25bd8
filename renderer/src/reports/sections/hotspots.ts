import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { frictionTypesText } from '../friction-text';
import { emotionCell, emptyNote, esc, sectionOpen, severityPill } from './parts';

const NONE = '<span class="muted">–</span>';

/** Every hot spot in the insights panel's order (domain/insights/hotspots.ts): one ranking, one table. */
export function hotspotsSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const spots = ctx.summary.hotSpots;
  if (spots.length === 0) {
    return `${sectionOpen('hotspots', labels)}${emptyNote(labels.noHotSpots)}</section>`;
  }
  const rows = spots
    .map((s, i) => {
      const pain =
        s.painCount === 0
          ? NONE
          : `<b class="num">${s.painCount}</b> ${severityPill(Math.max(1, s.worstSeverity) as 1 | 2 | 3, labels)}`;
      const friction =
        s.friction === 0
          ? NONE
          : `<span class="bar"><span style="width:${s.friction * 20}%"></span></span><b class="num">${s.friction}/5</b>` +
            (s.touchpoint.friction.types.length
              ? `<div class="muted kinds">${esc(frictionTypesText(s.touchpoint.friction.types, labels))}</div>`
              : '');
      return (
        `<tr><td class="num">${i + 1}</td><td class="tp-title">${esc(oneLine(s.touchpoint.title))}</td><td>${esc(oneLine(s.stage.name))}</td>` +
        `<td>${pain}</td><td>${friction}</td><td>${emotionCell(s.touchpoint, labels)}</td></tr>`
      );
    })
    .join('');
  return (
    sectionOpen('hotspots', labels) +
    `<table class="data"><thead><tr><th class="w-rank">${esc(h.rank)}</th><th>${esc(h.touchpoint)}</th><th class="w-stage-s">${esc(h.stage)}</th>` +
    `<th class="w-measure">${esc(h.painPoints)}</th><th class="w-measure">${esc(h.friction)}</th><th class="w-feel">${esc(h.emotion)}</th></tr></thead><tbody>${rows}</tbody></table>` +
    `</section>`
  );
}
