import { describe, expect, it } from 'vitest';
import { planPhoto, readPixelSize, scaledPhotoSize, sniffPhotoType } from '../../../renderer/src/files';
import { png } from '../../fixtures/images';
import { TAMIL } from '../../fixtures/seed-text';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];

const jpeg = (width: number, height: number) =>
  new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0,
    16,
    ...enc('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xdb,
    0,
    4,
    0,
    0,
    0xff,
    0xc0,
    0,
    11,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    1,
    1,
    0x11,
    0,
    0xff,
    0xd9,
  ]);
const webpVp8x = (width: number, height: number) =>
  new Uint8Array([
    ...enc('RIFF'),
    30,
    0,
    0,
    0,
    ...enc('WEBPVP8X'),
    10,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...u24le(width - 1),
    ...u24le(height - 1),
  ]);
const webpLossless = (width: number, height: number) => {
  const bits = (width - 1) | ((height - 1) << 14);
  return new Uint8Array([
    ...enc('RIFF'),
    30,
    0,
    0,
    0,
    ...enc('WEBPVP8L'),
    5,
    0,
    0,
    0,
    0x2f,
    ...u32be(0).map((_, i) => (bits >>> (8 * i)) & 255),
  ]);
};
const gif = (width: number, height: number) =>
  new Uint8Array([...enc('GIF89a'), ...u16le(width), ...u16le(height), 0, 0, 0]);

describe('persona photo checks', () => {
  it('reads the kind from the bytes, refusing SVG, HEIC, PDF and text whatever they are called', () => {
    expect(sniffPhotoType(png(2, 2))).toBe('image/png');
    expect(sniffPhotoType(jpeg(2, 2))).toBe('image/jpeg');
    expect(sniffPhotoType(webpVp8x(2, 2))).toBe('image/webp');
    expect(sniffPhotoType(gif(2, 2))).toBe('image/gif');
    for (const other of [
      enc('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      new Uint8Array([0, 0, 0, 24, ...enc('ftypheic'), 0, 0, 0, 0]),
      enc('%PDF-1.7'),
      new TextEncoder().encode(TAMIL[0]),
    ]) {
      expect(sniffPhotoType(other)).toBeNull();
      expect(planPhoto(other)).toEqual({
        ok: false,
        message: 'That file is not a PNG, JPEG, WebP or GIF image; choose a photo in one of those formats.',
        text: { code: 'photoNotImage' },
      });
    }
    expect(planPhoto(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it('reads the pixel size of each kind from its header', () => {
    expect(readPixelSize(png(3000, 2000), 'image/png')).toEqual({ width: 3000, height: 2000 });
    expect(readPixelSize(jpeg(4032, 3024), 'image/jpeg')).toEqual({ width: 4032, height: 3024 });
    expect(readPixelSize(webpVp8x(1500, 4000), 'image/webp')).toEqual({ width: 1500, height: 4000 });
    expect(readPixelSize(webpLossless(1025, 7), 'image/webp')).toEqual({ width: 1025, height: 7 });
    expect(readPixelSize(gif(640, 480), 'image/gif')).toEqual({ width: 640, height: 480 });
    expect(planPhoto(png(3000, 2000).subarray(0, 20))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
  });

  it('scales photos over 1,024 pixels on their longest edge, keeping the aspect ratio', () => {
    expect(scaledPhotoSize({ width: 1024, height: 1024 })).toBeNull();
    expect(scaledPhotoSize({ width: 800, height: 600 })).toBeNull();
    expect(scaledPhotoSize({ width: 4032, height: 3024 })).toEqual({ width: 1024, height: 768 });
    expect(scaledPhotoSize({ width: 1500, height: 4000 })).toEqual({ width: 384, height: 1024 });
    expect(scaledPhotoSize({ width: 100_000, height: 10 })).toEqual({ width: 1024, height: 1 });
    expect(planPhoto(jpeg(4032, 3024))).toEqual({
      ok: true,
      type: 'image/jpeg',
      size: { width: 4032, height: 3024 },
      scaleTo: { width: 1024, height: 768 },
    });
    expect(planPhoto(gif(64, 64))).toMatchObject({ ok: true, scaleTo: null });
  });
});
