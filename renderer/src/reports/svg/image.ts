/**
 * A small SVG drawing as an `<img>` of itself (a data URL), for icons repeated
 * down the report's tables (emotion faces, severity pips).
 *
 * Printed, it is the same vector drawing as the inline SVG. But each inline
 * SVG is a document of its own inside the page (its own layout root, styles,
 * accessibility nodes and paint chunks): the 200-touchpoint report's 446 of
 * them cost the print window about as much main-thread time as all the rest
 * of its tables. An image is one box, and every use of the same picture shares
 * one decoded copy. `alt=""` marks it decorative: the number and word beside
 * it carry the meaning, for screen readers and the PDF's tags alike.
 */
export function svgImage(svg: string, className: string, width: number, height: number): string {
  return `<img class="${className}" width="${width}" height="${height}" alt="" src="data:image/svg+xml,${svgDataText(svg)}">`;
}

/**
 * SVG markup as the text of a data URL inside a double-quoted attribute: its
 * double quotes made single, and the characters that would end or confuse
 * the URL or the attribute (%, #, <, >, &, ") percent-encoded. A third of the
 * size of encodeURIComponent's, which also encodes spaces, quotes and `=`.
 */
export function svgDataText(svg: string): string {
  return svg
    .replace(/"/g, "'")
    .replace(/[%#<>&"\n\r\t]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An SVG document of the given size around `shapes`, to stand alone as an image. */
export function svgDocument(width: number, height: number, shapes: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${shapes}</svg>`;
}
