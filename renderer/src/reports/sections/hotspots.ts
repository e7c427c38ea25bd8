import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { rankFrictionHotSpots, rankPainHotSpots } from '../summary';
import { emotionCell, emptyNote, esc, sectionOpen, severityPill } from './parts';

export function hotspotsSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const pain = rankPainHotSpots(ctx.doc);
  const friction = rankFrictionHotSpots(ctx.doc);
  if (pain.length === 0 && friction.length === 0) {
    return `${sectionOpen('hotspots', labels)}${emptyNote(labels.noHotSpots)}</section>`;
  }
  const painTable =
    pain.length === 0
      ? emptyNote(labels.summary.noPain)
      : `<table class="data"><thead><tr><th class="w-rank">${esc(h.rank)}</th><th>${esc(h.touchpoint)}</th><th class="w-stage">${esc(h.stage)}</th><th class="w-measure">${esc(h.painPoints)}</th><th class="w-feel">${esc(h.emotion)}</th></tr></thead><tbody>${pain
          .map(
            (s, i) =>
              `<tr><td class="num">${i + 1}</td><td class="tp-title">${esc(oneLine(s.touchpoint.title))}</td><td>${esc(oneLine(s.stage.name))}</td>` +
              `<td><b class="num">${s.painCount}</b> ${severityPill(Math.max(1, s.maxSeverity) as 1 | 2 | 3, labels)}</td><td>${emotionCell(s.touchpoint, labels)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const frictionTable =
    friction.length === 0
      ? emptyNote(labels.summary.noFriction)
      : `<table class="data"><thead><tr><th class="w-rank">${esc(h.rank)}</th><th>${esc(h.touchpoint)}</th><th class="w-stage">${esc(h.stage)}</th><th class="w-measure">${esc(h.friction)}</th><th class="w-feel">${esc(h.emotion)}</th></tr></thead><tbody>${friction
          .map(
            (s, i) =>
              `<tr><td class="num">${i + 1}</td><td class="tp-title">${esc(oneLine(s.touchpoint.title))}</td><td>${esc(oneLine(s.stage.name))}</td>` +
              `<td><span class="bar"><span style="width:${s.friction * 20}%"></span></span><b class="num">${s.friction}/5</b>` +
              (s.touchpoint.friction.types.length
                ? `<div class="muted kinds">${esc(s.touchpoint.friction.types.join(', '))}</div>`
                : '') +
              `</td><td>${emotionCell(s.touchpoint, labels)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return (
    sectionOpen('hotspots', labels) +
    `<h3>${esc(labels.painHotSpotsTitle)}</h3>${painTable}` +
    `<h3>${esc(labels.frictionHotSpotsTitle)}</h3>${frictionTable}` +
    `</section>`
  );
}
