import { graphemes, oneLine, safeImageDataUrl, textOn, truncate } from '../escape';
import type { ReportContext } from '../context';
import { esc } from './parts';

export function coverSection(ctx: ReportContext): string {
  const { labels, brand } = ctx;
  const logo = safeImageDataUrl(ctx.options.logo);
  const description = truncate(oneLine(ctx.doc.journey.description), 420);
  const meta = [
    [labels.cover.preparedFor, ctx.client],
    [labels.cover.preparedBy, ctx.author],
    [labels.cover.date, ctx.date],
  ]
    .filter(([, value]) => value)
    .map(
      ([label, value]) =>
        `<div class="meta-item"><div class="meta-label">${esc(label!)}</div><div class="meta-value">${esc(value!)}</div></div>`,
    )
    .join('');
  return (
    `<section class="cover" id="sec-cover" style="color:${textOn(brand)}">` +
    `<div class="cover-band" style="background:${brand}">` +
    (logo ? `<div class="cover-logo"><img src="${logo}" alt=""></div>` : '') +
    `<div class="cover-kind">${esc(labels.cover.reportKind)}</div>` +
    `<h1 class="cover-title${graphemes(ctx.title).length > 70 ? ' long' : ''}">${esc(truncate(ctx.title, 200))}</h1>` +
    `</div>` +
    `<div class="cover-body">` +
    (description ? `<p class="cover-description">${esc(description)}</p>` : '') +
    (meta ? `<div class="cover-meta">${meta}</div>` : '') +
    `</div>` +
    `<div class="cover-foot" style="background:${brand}"></div>` +
    `</section>`
  );
}
