/**
 * Turns a picked image file into the blob stored as a persona photo: the
 * checks are `planPhoto`'s (files/photo.ts); a photo larger than
 * MAX_PHOTO_EDGE pixels is drawn onto a canvas at the smaller size first.
 */
import {
  MAX_PHOTO_INPUT_BYTES,
  MAX_PHOTO_STORED_BYTES,
  planPhoto,
  sniffPhotoType,
  type PhotoType,
  type PixelSize,
} from '../../files';
import { currentLanguage, formatNumber, t } from '../../i18n';
import { messageText } from '../../i18n/messages';

export type PreparedPhoto = { ok: true; blob: Blob; type: PhotoType } | { ok: false; message: string };

/** The image drawn at `to` pixels: JPEG stays JPEG, the others become PNG (they may have transparency). */
export async function scalePhoto(source: Blob, to: PixelSize, type: PhotoType): Promise<Blob> {
  const bitmap = await createImageBitmap(source, {
    resizeWidth: to.width,
    resizeHeight: to.height,
    resizeQuality: 'high',
  });
  try {
    const canvas = document.createElement('canvas');
    canvas.width = to.width;
    canvas.height = to.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0, to.width, to.height);
    // JPEG stays JPEG; the others may have transparency, which PNG keeps.
    const out = type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Canvas gave no image'))), out, 0.9),
    );
  } finally {
    bitmap.close();
  }
}

export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  // Refused before reading, so a huge file is never loaded.
  if (file.size > MAX_PHOTO_INPUT_BYTES) {
    return { ok: false, message: t('panels.photoTooLarge', { mb: formatNumber(20, currentLanguage()) }) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const plan = planPhoto(bytes);
  if (!plan.ok) return { ok: false, message: messageText(plan.text) };
  let blob = new Blob([bytes], { type: plan.type });
  if (plan.scaleTo) {
    try {
      blob = await scalePhoto(blob, plan.scaleTo, plan.type);
    } catch {
      return { ok: false, message: t('panels.photoUnreadable') };
    }
  }
  const type = sniffPhotoType(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
  if (!type) return { ok: false, message: t('panels.photoUnreadable') };
  if (blob.size > MAX_PHOTO_STORED_BYTES) {
    return {
      ok: false,
      message: t('panels.photoStillTooLarge', {
        mb: formatNumber(5, currentLanguage()),
        pixels: formatNumber(1024, currentLanguage()),
      }),
    };
  }
  return { ok: true, blob: blob.type === type ? blob : new Blob([blob], { type }), type };
}
