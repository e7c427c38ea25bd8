import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { PX_PER_MM } from '../page';
import { drawMap, planMapParts } from '../svg/map';
import { emptyNote, esc, sectionOpen } from './parts';

/** Smallest scale a map part is drawn at before it is split by stages. */
const MIN_SCALE = 0.62;
/** Room kept on a page for the section heading or the part caption, mm. */
const HEADING_ROOM_MM = 30;

export function mapSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const availW = ctx.page.contentWidth * PX_PER_MM;
  const availH = (ctx.page.contentHeight - HEADING_ROOM_MM) * PX_PER_MM;
  const parts = planMapParts(ctx.doc, availW / MIN_SCALE);
  if (parts.length === 0) return `${sectionOpen('map', labels)}${emptyNote(labels.map.noStages)}</section>`;
  const names = new Map(stageGroups(ctx.doc).map((g) => [g.stage.id as string, oneLine(g.stage.name)]));
  const figures = parts.map((stageIds, i) => {
    const drawing = drawMap(ctx.doc, {
      stageIds,
      idPrefix: `map${i + 1}`,
      standalone: false,
      labels,
      fit: { width: availW, height: availH },
    });
    const first = names.get(stageIds[0]!) ?? '';
    const last = names.get(stageIds[stageIds.length - 1]!) ?? '';
    const caption =
      parts.length > 1
        ? `<figcaption>${esc(labels.map.part)} ${i + 1} / ${parts.length} · ${esc(first)}${stageIds.length > 1 ? ` – ${esc(last)}` : ''}</figcaption>`
        : '';
    return `<figure class="map-part">${caption}${drawing.svg}</figure>`;
  });
  return `${sectionOpen('map', labels)}${figures.join('')}</section>`;
}
