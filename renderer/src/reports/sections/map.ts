import type { ReportContext } from '../context';
import { oneLine } from '../escape';
import { stageGroups } from '../journey-order';
import { PX_PER_MM, pageGeometry } from '../page';
import { drawMap, planMapParts } from '../svg/map';
import { emptyNote, esc, sectionOpen } from './parts';

/** Smallest scale a map part is drawn at before it is split by stages. */
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
    const drawing = drawMap(ctx.doc, {
      stageIds,
      idPrefix: `map${i + 1}`,
      standalone: false,
      printDashes: true,
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
