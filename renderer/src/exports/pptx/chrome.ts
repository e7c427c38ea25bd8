/**
 * What every slide of the deck shares: the brand band, the title, the logo and the footer; and the two slide
 * layouts whose title placeholder holds each slide's heading, so PowerPoint (its outline, navigation, screen
 * readers, the accessibility checker) knows every slide's title.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ReportContext } from '../../reports/context';
import { safeImageDataUrl } from '../../reports/escape';
import { fill } from '../../reports/insight-text';
import type { OpportunityRanking } from '../../reports/opportunity-ranking';
import type { ReportImage } from '../../reports/types';
import { wrapLines, type SlideGeometry } from './geometry';
import { INK, MUTED } from './grid';
import { base64ToBytes, fitInto, imagePixelSize } from './shapes';
import { hex, lineRuns, runs, type Run } from './text';

export interface DeckLogo {
  /** pptxgenjs image data: `image/png;base64,…`. */
  data: string;
  pixels: { width: number; height: number };
}

export interface Deck {
  pptx: PptxGenJS;
  g: SlideGeometry;
  ctx: ReportContext;
  logo: DeckLogo | null;
  /** The opportunity ranking, computed once for the deck (it reads the journey's insights). */
  ranking: OpportunityRanking;
}

/** The logo as pptxgenjs takes it, or null when it is no PNG or JPEG whose size can be read. */
export function deckLogo(image: ReportImage | null): DeckLogo | null {
  const url = safeImageDataUrl(image);
  if (!url || !image || !['image/png', 'image/jpeg'].includes(image.type)) return null;
  const pixels = imagePixelSize(base64ToBytes(image.dataBase64.replace(/\s+/g, '')));
  return pixels ? { data: url.slice('data:'.length), pixels } : null;
}

export function addLogo(deck: Deck, slide: PptxGenJS.Slide, x: number, y: number, w: number, h: number, right = true) {
  if (!deck.logo) return;
  const size = fitInto(deck.logo.pixels, w, h);
  slide.addImage({
    data: deck.logo.data,
    x: right ? x + w - size.w : x,
    y: y + (h - size.h) / 2,
    w: size.w,
    h: size.h,
  });
}

/** The slide layouts of the deck, by the names PowerPoint gives its own: the title slide's, and every other slide's. */
export const COVER_LAYOUT = 'Title Slide';
export const CONTENT_LAYOUT = 'Title Only';

/** The name the layouts' title placeholder goes by in pptxgenjs. */
const TITLE = 'title';

/** Inches, as pptxgenjs takes them. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The height of the title slide's brand band, in inches. */
export function coverBand(g: SlideGeometry): number {
  return g.h * 0.55;
}

/** Where the journey's title sits on the title slide: at the foot of the band. */
export function coverTitleBox(g: SlideGeometry): Box {
  return { x: g.margin, y: 1.1, w: g.w - 2 * g.margin, h: coverBand(g) - 1.3 };
}

const LOGO_W = 1.6;

/** Where a content slide's heading sits: at the top, left of the logo when there is one. */
function headingBox(deck: Deck): Box {
  const { g } = deck;
  return { x: g.margin, y: 0.3, w: g.w - 2 * g.margin - (deck.logo ? LOGO_W + 0.2 : 0), h: 0.8 };
}

/**
 * A layout's title placeholder. pptxgenjs has no `ctrTitle` (a type it does not know it leaves out), so the title
 * slide's is a `title` as well. The placeholder holds the box and alignment only: pptxgenjs copies its options over
 * those of every run put into it, so a font, size or colour here would replace each script's font and each heading's
 * own size. Left-aligned, as the text boxes were: the master's title style centres.
 */
function titlePlaceholder(box: Box, valign: 'bottom' | 'middle') {
  const options: PptxGenJS.PlaceholderProps & PptxGenJS.ObjectNameProps = {
    name: TITLE,
    type: 'title',
    objectName: 'Title',
    ...box,
    align: 'left',
    valign,
  };
  return { placeholder: { options, text: '' } };
}

/** Defines the deck's two layouts, each with its title placeholder; before the first slide. */
export function defineLayouts(deck: Deck) {
  deck.pptx.defineSlideMaster({ title: COVER_LAYOUT, objects: [titlePlaceholder(coverTitleBox(deck.g), 'bottom')] });
  deck.pptx.defineSlideMaster({ title: CONTENT_LAYOUT, objects: [titlePlaceholder(headingBox(deck), 'middle')] });
}

/** Puts a slide's heading into the title placeholder of its layout, which gives its box and alignment. */
export function addTitle(slide: PptxGenJS.Slide, heading: Run[]) {
  slide.addText(heading, { placeholder: TITLE });
}

/** A content slide: brand band, the heading (with "2 of 3" on continuation slides), logo, footer and slide number. */
export function contentSlide(deck: Deck, heading: string, page = 1, pages = 1): PptxGenJS.Slide {
  const { pptx, g, ctx } = deck;
  const slide = pptx.addSlide({ masterName: CONTENT_LAYOUT });
  slide.background = { color: 'FFFFFF' };
  const brand = hex(ctx.brand);
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: g.w, h: 0.1, fill: { color: brand }, line: { color: brand } });
  const { w } = headingBox(deck);
  const size = wrapLines(heading, w, 24).length > 1 ? 18 : 24;
  const title = wrapLines(heading, w, size, 2).join(' ');
  const part =
    pages > 1 ? runs(`  ${fill(ctx.labels.deck.pageOf, { page, pages })}`, { fontSize: 12, color: MUTED }) : [];
  addTitle(slide, [...lineRuns(title, { fontSize: size, bold: true, color: INK }), ...part]);
  const logoW = deck.logo ? LOGO_W : 0;
  addLogo(deck, slide, g.w - g.margin - logoW, 0.35, logoW, 0.6);
  slide.addText(lineRuns(ctx.title, { fontSize: 9, color: MUTED }), {
    x: g.margin,
    y: g.h - 0.45,
    w: g.w - 2 * g.margin - 1,
    h: 0.3,
    valign: 'middle',
  });
  slide.slideNumber = {
    x: g.w - g.margin - 0.8,
    y: g.h - 0.45,
    w: 0.8,
    h: 0.3,
    fontFace: 'Noto Sans',
    fontSize: 9,
    color: MUTED,
    align: 'right',
  };
  return slide;
}
