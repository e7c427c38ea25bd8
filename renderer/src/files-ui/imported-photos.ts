/**
 * Persona photos that arrive in a `.journey` file are scaled down as a photo
 * picked in the persona panel is (to MAX_PHOTO_EDGE pixels): a file may carry
 * camera photos of up to 20 MB each, which would otherwise be stored, and
 * embedded in every report, deck and viewer, as they came (and a picture of
 * 6,000 pixels takes 100 MB to draw, whatever its file size). A photo that
 * does not need it, or cannot be scaled (damaged, a kind the canvas cannot
 * read, a failure), is kept as it came: never dropped.
 */
import { planPhoto, sha256Hex, sniffImageType, type PhotoType, type PixelSize, type ReadAsset } from '../files';
import { scalePhoto } from '../editor/panels/photo-input';

export type PhotoScaler = (source: Blob, to: PixelSize, type: PhotoType) => Promise<Blob>;

export async function scaleImportedPhotos(
  assets: readonly ReadAsset[],
  scale: PhotoScaler = scalePhoto,
): Promise<ReadAsset[]> {
  const out: ReadAsset[] = [];
  for (const asset of assets) out.push(await scaledOrAsItCame(asset, scale));
  return out;
}

async function scaledOrAsItCame(asset: ReadAsset, scale: PhotoScaler): Promise<ReadAsset> {
  const plan = planPhoto(asset.bytes);
  if (!plan.ok || !plan.scaleTo) return asset;
  try {
    const blob = await scale(
      new Blob([asset.bytes as Uint8Array<ArrayBuffer>], { type: plan.type }),
      plan.scaleTo,
      plan.type,
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const type = sniffImageType(bytes);
    if (!type) return asset;
    // The hash names the photo inside a `.journey` written later, and its reader checks the bytes against it.
    return { ...asset, bytes, type, hash: await sha256Hex(bytes) };
  } catch {
    return asset;
  }
}
