/** Page geometry in millimetres for the chosen paper and orientation. */
import type { Orientation, PageSize } from './types';

export const PX_PER_MM = 96 / 25.4;

const PAPER: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

export const PAGE_MARGINS_MM = { top: 16, right: 16, bottom: 20, left: 16 } as const;

export interface PageGeometry {
  /** Paper width and height as printed (landscape swaps them), mm. */
  width: number;
  height: number;
  /** Printable area inside the margins, mm. */
  contentWidth: number;
  contentHeight: number;
}

export function pageGeometry(size: PageSize, orientation: Orientation): PageGeometry {
  const paper = PAPER[size] ?? PAPER.A4;
  const landscape = orientation === 'landscape';
  const width = landscape ? paper.height : paper.width;
  const height = landscape ? paper.width : paper.height;
  return {
    width,
    height,
    contentWidth: width - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right,
    contentHeight: height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom,
  };
}
