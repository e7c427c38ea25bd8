/**
 * Assets inside a `.journey`: persona photos, stored once per content hash as
 * `assets/<sha256>.<ext>`. Only raster images are accepted (no SVG, which can
 * carry scripts), and an asset's kind is read from its bytes, not its name.
 */

export const ASSET_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
} as const;
export type AssetType = keyof typeof ASSET_TYPES;

export const ASSET_PATH = /^assets\/([0-9a-f]{64})\.(png|jpg|gif|webp|avif)$/;

export function isAssetType(type: string): type is AssetType {
  return Object.hasOwn(ASSET_TYPES, type);
}

export function assetPath(hash: string, type: AssetType): string {
  return `assets/${hash}.${ASSET_TYPES[type]}`;
}

const startsWith = (bytes: Uint8Array, at: number, ascii: string) =>
  bytes.length >= at + ascii.length && [...ascii].every((ch, k) => bytes[at + k] === ch.charCodeAt(0));

/** The image type the bytes really are, or null when they are not an image Waymark accepts. */
export function sniffImageType(bytes: Uint8Array): AssetType | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && startsWith(bytes, 1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (startsWith(bytes, 0, 'GIF87a') || startsWith(bytes, 0, 'GIF89a')) return 'image/gif';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'image/webp';
  if (startsWith(bytes, 4, 'ftypavif') || startsWith(bytes, 4, 'ftypavis')) return 'image/avif';
  return null;
}

/** SHA-256 of the bytes as lower-case hex (Web Crypto: works in the renderer and in Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
