/**
 * Loads what a report embeds in the browser: the Noto font files named by the
 * report's font manifest (bundled by Vite from the @fontsource packages) and
 * persona photos from the database, as base64.
 */
import { REPORT_FONT_FILES, type ReportAssets, type ReportFont, type ReportImage } from '../../reports';
import type { JourneyDocument } from '../../domain/model';
import type { BlobId } from '../../domain/ids';
import { getBlob, type WaymarkDB } from '../../storage';
import { bytesToBase64 } from '../../exports/logo';

const fontUrls = import.meta.glob('../../../../node_modules/@fontsource/noto-sans*/files/*-{400,700}-normal.woff2', {
  query: '?url',
  import: 'default',
}) as Record<string, () => Promise<string>>;

let fontCache: Promise<ReportFont[]> | null = null;

export function loadReportFonts(): Promise<ReportFont[]> {
  fontCache ??= Promise.all(
    REPORT_FONT_FILES.map(async (f) => {
      const key = Object.keys(fontUrls).find((k) => k.endsWith(`${f.package}/files/${f.file}`));
      if (!key) throw new Error(`Font file ${f.file} is missing from the build`);
      const url = await fontUrls[key]!();
      const res = await fetch(url);
      if (!res.ok) throw new Error(`Font file ${f.file} could not be loaded`);
      return {
        family: f.family,
        weight: f.weight,
        style: 'normal' as const,
        unicodeRange: f.unicodeRange,
        woff2Base64: bytesToBase64(new Uint8Array(await res.arrayBuffer())),
      };
    }),
  ).catch((error: unknown) => {
    fontCache = null;
    throw error;
  });
  return fontCache;
}

export async function loadPersonaPhotos(
  db: WaymarkDB,
  doc: JourneyDocument,
): Promise<Partial<Record<BlobId, ReportImage>>> {
  const out: Partial<Record<BlobId, ReportImage>> = {};
  for (const p of doc.personas) {
    if (!p.photoBlobId) continue;
    const blob = await getBlob(db, p.photoBlobId);
    if (blob)
      out[p.photoBlobId] = {
        type: blob.type,
        dataBase64: bytesToBase64(new Uint8Array(await blob.data.arrayBuffer())),
      };
  }
  return out;
}

export async function loadReportAssets(db: WaymarkDB, doc: JourneyDocument): Promise<ReportAssets> {
  const [fonts, personaPhotos] = await Promise.all([loadReportFonts(), loadPersonaPhotos(db, doc)]);
  return { fonts, personaPhotos };
}
