/** What every slide of the deck shares: the brand band, the title, the logo and the footer. */
import type PptxGenJS from 'pptxgenjs';
import type { ReportContext } from '../../reports/context';
import { safeImageDataUrl } from '../../reports/escape';
import { fill } from '../../reports/insight-text';
import type { OpportunityRanking } from '../../reports/opportunity-ranking';
import type { ReportImage } from '../../reports/types';
import { wrapLines, type SlideGeometry } from './geometry';
import { INK, MUTED } from './grid';
import { base64ToBytes, fitInto, imagePixelSize } from './shapes';
import { hex, lineRuns, runs } from './text';

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

/** A content slide: brand band, the heading (with "2 of 3" on continuation slides), logo, footer and slide number. */
export function contentSlide(deck: Deck, heading: string, page = 1, pages = 1): PptxGenJS.Slide {
  const { pptx, g, ctx } = deck;
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  const brand = hex(ctx.brand);
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: g.w, h: 0.1, fill: { color: brand }, line: { color: brand } });
  const logoW = deck.logo ? 1.6 : 0;
  const w = g.w - 2 * g.margin - logoW - (deck.logo ? 0.2 : 0);
  const size = wrapLines(heading, w, 24).length > 1 ? 18 : 24;
  const title = wrapLines(heading, w, size, 2).join(' ');
  const part =
    pages > 1 ? runs(`  ${fill(ctx.labels.deck.pageOf, { page, pages })}`, { fontSize: 12, color: MUTED }) : [];
  slide.addText([...lineRuns(title, { fontSize: size, bold: true, color: INK }), ...part], {
    x: g.margin,
    y: 0.3,
    w,
    h: 0.8,
    valign: 'middle',
  });
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
