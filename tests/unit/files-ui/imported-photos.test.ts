/**
 * Persona photos arriving in a `.journey` file are scaled to the persona
 * panel's 1,024 pixels before they are stored, and kept as they came when
 * they need no scaling or cannot be scaled. The canvas is the browser's, so
 * a stand-in scaler answers here; the e2e test opens a real file.
 */
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex, type ReadAsset } from '../../../renderer/src/files';
import { scaleImportedPhotos, type PhotoScaler } from '../../../renderer/src/files-ui/imported-photos';
import { png } from '../../fixtures/images';

const asset = async (bytes: Uint8Array, id = 'blob:one'): Promise<ReadAsset> => ({
  blobId: id as ReadAsset['blobId'],
  hash: await sha256Hex(bytes),
  type: 'image/png',
  bytes,
});

describe('scaleImportedPhotos', () => {
  it('scales a photo over 1,024 pixels to 1,024 and names it by the hash of its new bytes', async () => {
    const big = await asset(png(3000, 2000));
    const small = png(1024, 683);
    const scale = vi.fn<PhotoScaler>(async () => new Blob([small as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    const [out] = await scaleImportedPhotos([big], scale);
    expect(scale).toHaveBeenCalledWith(expect.any(Blob), { width: 1024, height: 683 }, 'image/png');
    expect(out).toEqual({ blobId: 'blob:one', type: 'image/png', bytes: small, hash: await sha256Hex(small) });
  });

  it('keeps a photo that fits, a damaged one and one the canvas cannot scale as they came', async () => {
    const fits = await asset(png(800, 600), 'blob:fits');
    const damaged = await asset(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'blob:bad');
    const unreadable = await asset(png(2048, 2048), 'blob:unreadable');
    const scale = vi.fn<PhotoScaler>(async () => {
      throw new Error('The source image could not be decoded.');
    });
    const out = await scaleImportedPhotos([fits, damaged, unreadable], scale);
    expect(out).toEqual([fits, damaged, unreadable]);
    expect(scale).toHaveBeenCalledTimes(1);
  });

  it('keeps the photo when the canvas gives back something that is not an image', async () => {
    const big = await asset(png(1600, 1200));
    const out = await scaleImportedPhotos([big], async () => new Blob(['not an image']));
    expect(out).toEqual([big]);
  });
});
