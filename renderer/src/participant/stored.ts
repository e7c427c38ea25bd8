/**
 * This device's localStorage, read and written without throwing: a private window, full storage
 * or a page with no storage at all loses only what would have been kept (a name asked again, a
 * half-written note not brought back), never the page.
 */

export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readStored(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not kept: see above.
  }
}

export function forgetStored(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}
