import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { PX_PER_MM, pageGeometry } from '../page';
import { drawMap, drawMapForPages, planMapParts } from '../svg/map';
import { emptyNote, esc, sectionOpen } from './parts';

/** Smallest scale a map part is drawn at: a wider part is split by stages, a taller one into page-high bands. */
const MIN_SCALE = 0.62;
/** Room kept on a page for the section heading or the part caption, mm. */
const HEADING_ROOM_MM = 30;

/** Smallest size a stage name may print at on the one-page map, pt. */
export const OVERVIEW_MIN_STAGE_NAME_PT = 6;
/** A stage name's size in the map drawing, px (map-layout's stage header). */
const STAGE_NAME_PX = 14;
/** Room kept on the landscape page for the section heading and the caption, mm. */
const OVERVIEW_HEADING_ROOM_MM = 34;

/**
 * The whole journey on one landscape page (the `overview` page of the print
 * stylesheet), scaled to fit; or, when its stage names would print smaller
 * than OVERVIEW_MIN_STAGE_NAME_PT, a sentence saying so (the parts follow
 * either way).
 */
function overview(ctx: ReportContext): { figure: string } | { note: string } {
  const page = pageGeometry(ctx.options.pageSize, 'landscape');
  const drawing = drawMap(ctx.doc, {
    idPrefix: 'overview',
    standalone: false,
    printDashes: true,
    labels: ctx.labels,
    fit: {
      width: page.contentWidth * PX_PER_MM,
      height: (page.contentHeight - OVERVIEW_HEADING_ROOM_MM) * PX_PER_MM,
    },
  });
  const scale = drawing.displayWidth / drawing.width;
  const stageNamePt = STAGE_NAME_PX * scale * 0.75;
  if (stageNamePt < OVERVIEW_MIN_STAGE_NAME_PT) {
    return { note: `<p class="intro map-overview-note">${esc(ctx.labels.map.overviewTooSmall)}</p>` };
  }
  return {
    figure: `<figure class="map-overview"><figcaption>${esc(ctx.labels.map.overview)}</figcaption>${drawing.svg}</figure>`,
  };
}

export function mapSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const availW = ctx.page.contentWidth * PX_PER_MM;
  const availH = (ctx.page.contentHeight - HEADING_ROOM_MM) * PX_PER_MM;
  const parts = planMapParts(ctx.doc, availW / MIN_SCALE);
  if (parts.length === 0) return `${sectionOpen('map', labels)}${emptyNote(labels.map.noStages)}</section>`;
  const names = new Map(stageGroups(ctx.doc).map((g) => [g.stage.id as string, oneLine(g.stage.name)]));
  const figures = parts.map((stageIds, i) => {
    const drawings = drawMapForPages(ctx.doc, {
      stageIds,
      idPrefix: `map${i + 1}`,
      standalone: false,
      printDashes: true,
      labels,
      fit: { width: availW, height: availH },
      minScale: MIN_SCALE,
    });
    const first = names.get(stageIds[0]!) ?? '';
    const last = names.get(stageIds[stageIds.length - 1]!) ?? '';
    const stages = `${esc(first)}${stageIds.length > 1 ? ` – ${esc(last)}` : ''}`;
    const title = parts.length > 1 ? `${esc(labels.map.part)} ${i + 1} / ${parts.length} · ${stages}` : stages;
    // A part too tall for a page goes on over the next pages, each band captioned as continued.
    return drawings
      .map((drawing, band) => {
        const caption =
          band > 0
            ? `<figcaption>${title} ${esc(labels.continued)}</figcaption>`
            : parts.length > 1
              ? `<figcaption>${title}</figcaption>`
              : '';
        return `<figure class="map-part${band > 0 ? ' map-part-continued' : ''}">${caption}${drawing.svg}</figure>`;
      })
      .join('');
  });
  if (parts.length === 1) return `${sectionOpen('map', labels)}${figures.join('')}</section>`;
  // Split into parts: the whole journey first, on a landscape page of its own, when it stays legible.
  const whole = overview(ctx);
  if ('note' in whole) return `${sectionOpen('map', labels)}${whole.note}${figures.join('')}</section>`;
  const open = sectionOpen('map', labels);
  const heading = open.indexOf('<h2>');
  return (
    `${open.slice(0, heading)}<div class="map-overview-page">${open.slice(heading)}${whole.figure}</div>` +
    `${figures.join('')}</section>`
  );
}
