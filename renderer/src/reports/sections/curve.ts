import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { fill } from '../insight-text';
import { PX_PER_MM } from '../page';
import { drawEmotionCurve } from '../svg/curve';
import { esc, sectionOpen } from './parts';

/** A series' line and marker as the chart draws them, for a legend beside it. */
export function legendSwatch(colour: string, dash: string | null, persona: boolean): string {
  const marker = persona
    ? `<rect x="11" y="2" width="6" height="6" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>`
    : `<circle cx="14" cy="5" r="4" fill="${colour}"/>`;
  return `<svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${colour}" stroke-width="${persona ? 2 : 3}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${marker}</svg>`;
}

export function curveSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const width = Math.floor(ctx.page.contentWidth * PX_PER_MM);
  const drawing = drawEmotionCurve(ctx.doc, { labels, brandColour: ctx.brand, width, printDashes: true });
  const legend = drawing.series
    .map((s) => `<span class="legend-item">${legendSwatch(s.colour, s.dash, s.persona !== null)}${esc(s.name)}</span>`)
    .join('');
  const stageName = new Map(ctx.doc.stages.map((s) => [s.id as string, oneLine(s.name)]));
  // Points too close to number have no key: the stage tables list the touchpoints in order (and said so).
  const dense = drawing.points.length > 0 && !drawing.numbered;
  const key = (dense ? [] : drawing.points)
    .map(
      (t, i) =>
        `<li><b>${i + 1}</b><span>${esc(oneLine(t.title) || labels.untitled)} <span class="muted">· ${esc(stageName.get(t.stageId) ?? '')}</span></span></li>`,
    )
    .join('');
  return (
    sectionOpen('curve', labels) +
    `<div class="legend">${legend}</div>` +
    `<figure class="curve">${drawing.svg}</figure>` +
    (key ? `<h3>${esc(labels.curve.key)}</h3><ol class="curve-key">${key}</ol>` : '') +
    (dense ? `<p class="footnote">${esc(fill(labels.curve.dense, { section: labels.sections.stages }))}</p>` : '') +
    `</section>`
  );
}
