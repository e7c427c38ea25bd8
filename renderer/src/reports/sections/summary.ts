import type { ReportContext } from '../context';
import { oneLine, signed, truncate } from '../escape';
import { emotionWord } from '../labels';
import { faceImage } from '../svg/face';
import type { HotSpot } from '../summary';
import { emotionCell, esc, insightGroupsHtml, sectionOpen } from './parts';

function hotSpotList(items: readonly HotSpot[], detail: (h: HotSpot) => string, empty: string): string {
  if (items.length === 0) return `<p class="empty">${esc(empty)}</p>`;
  return `<ol class="hot-list">${items
    .map(
      (h) =>
        `<li><span class="hot-title">${esc(oneLine(h.touchpoint.title))}</span><span class="hot-detail">${esc(oneLine(h.stage.name))} · ${esc(detail(h))}</span></li>`,
    )
    .join('')}</ol>`;
}

export function summarySection(ctx: ReportContext): string {
  const { labels, summary } = ctx;
  const c = summary.counts;
  const tiles = [
    [c.stages, labels.summary.stages],
    [c.touchpoints, labels.summary.touchpoints],
    [c.painPoints, labels.summary.painPoints],
    [c.opportunities, labels.summary.opportunities],
    [c.personas, labels.summary.personas],
  ]
    .map(
      ([value, label]) =>
        `<div class="tile"><div class="tile-value">${value}</div><div class="tile-label">${esc(String(label))}</div></div>`,
    )
    .join('');
  const avg = summary.averageEmotion;
  const avgTile =
    avg === null
      ? ''
      : `<div class="tile"><div class="tile-value">${faceImage(avg, 22)} ${esc(signed(avg))}</div><div class="tile-label">${esc(labels.summary.averageEmotion)} · ${esc(emotionWord(labels, avg))}</div></div>`;

  const low = summary.lowPoint;
  const lowBlock = low
    ? `<div class="callout"><div class="callout-label">${esc(labels.summary.lowPoint)}</div>` +
      `<div class="callout-title">${esc(oneLine(low.touchpoint.title))}</div>` +
      `<div class="callout-meta">${esc(oneLine(low.stage.name))} · ${emotionCell(low.touchpoint, labels)}</div>` +
      (low.touchpoint.thoughts.trim()
        ? `<p class="callout-quote">“${esc(truncate(oneLine(low.touchpoint.thoughts), 300))}”</p>`
        : '') +
      `</div>`
    : `<div class="callout"><div class="callout-label">${esc(labels.summary.lowPoint)}</div><p class="empty">${esc(labels.summary.noLowPoint)}</p></div>`;

  const friction = hotSpotList(
    summary.frictionHotSpots,
    (h) => `${labels.frictionShort} ${h.friction}/5`,
    labels.summary.noFriction,
  );
  const pain = hotSpotList(
    summary.painHotSpots,
    (h) => `${h.painCount} × ${labels.painShort} · ${labels.severity[Math.max(1, h.worstSeverity) as 1 | 2 | 3]}`,
    labels.summary.noPain,
  );
  const insights = insightGroupsHtml((ctx.options.insights ?? []).filter((g) => g.items.length > 0));

  return (
    sectionOpen('summary', labels) +
    `<div class="tiles">${tiles}${avgTile}</div>` +
    lowBlock +
    `<div class="two-col"><div><h3>${esc(labels.summary.frictionHotSpots)}</h3>${friction}</div>` +
    `<div><h3>${esc(labels.summary.painHotSpots)}</h3>${pain}</div></div>` +
    insights +
    `</section>`
  );
}
