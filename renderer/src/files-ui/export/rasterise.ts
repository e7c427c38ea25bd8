/**
 * Draws an SVG document into PNG bytes in the browser: the SVG is loaded as
 * an image from a Blob URL (its fonts embedded as data URLs, so the text
 * keeps Noto), drawn on an OffscreenCanvas (or a canvas element) and encoded.
 * The abort signal is checked between steps; nothing is kept on failure.
 */
import type { UserMessage, UserMessageCode } from '../../domain/user-message';
import { withSvgSize } from '../../exports';

export class RasteriseError extends Error {
  /** The sentence as a code for the interface to translate, when it has one. */
  readonly text: UserMessage | undefined;
  constructor(message: string, text?: UserMessage) {
    super(message);
    this.name = 'RasteriseError';
    this.text = text;
  }
}

/** The sentences a rasterisation fails with, in English (the interface says them by code). */
export const RASTERISE_SENTENCES = {
  rasterUnreadable: 'The map drawing could not be read as an image.',
  rasterTooLarge: 'This computer could not make a drawing surface that large; try a smaller size.',
  rasterEncodeFailed: 'The image could not be encoded; try a smaller size.',
  rasterEmpty: 'The image came out empty; try a smaller size.',
} as const satisfies Partial<Record<UserMessageCode, string>>;

export function rasteriseError(code: keyof typeof RASTERISE_SENTENCES): RasteriseError {
  return new RasteriseError(RASTERISE_SENTENCES[code], { code });
}

export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function check(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw abortError();
}

/** Waits one macrotask, so the UI can paint progress between heavy steps. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function loadImage(url: string, signal: AbortSignal | undefined): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(rasteriseError('rasterUnreadable'));
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
  image.src = url;
  await loaded;
  // decode() also waits for the embedded fonts the drawing uses.
  await image.decode().catch(() => undefined);
  return image;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function makeCanvas(width: number, height: number): { ctx: Canvas2D; toPng: () => Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw rasteriseError('rasterTooLarge');
    return { ctx, toPng: () => canvas.convertToBlob({ type: 'image/png' }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw rasteriseError('rasterTooLarge');
  return {
    ctx,
    toPng: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(rasteriseError('rasterEncodeFailed'))), 'image/png'),
      ),
  };
}

export interface RasteriseOptions {
  width: number;
  height: number;
  background: 'white' | 'transparent';
  signal?: AbortSignal;
  onStep?: (step: 'loading' | 'drawing' | 'encoding') => void;
}

/** PNG bytes of the SVG drawn at width × height pixels. */
export async function rasteriseSvg(svg: string, options: RasteriseOptions): Promise<Uint8Array> {
  const { width, height, signal } = options;
  check(signal);
  options.onStep?.('loading');
  const sized = withSvgSize(svg, width, height);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url, signal);
    check(signal);
    options.onStep?.('drawing');
    await yieldToUi();
    const { ctx, toPng } = makeCanvas(width, height);
    if (options.background === 'white') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(image, 0, 0, width, height);
    check(signal);
    options.onStep?.('encoding');
    await yieldToUi();
    const blob = await toPng();
    check(signal);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    if (bytes.length === 0) {
      throw rasteriseError('rasterEmpty');
    }
    return bytes;
  } finally {
    URL.revokeObjectURL(url);
  }
}
