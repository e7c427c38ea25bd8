import { afterEach, describe, expect, it, vi } from 'vitest';
import { isIdOf, newId, randomHex } from '../../../renderer/src/domain/ids';

describe('ids without crypto.randomUUID (a phone on plain http)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('new ids come from crypto.getRandomValues when randomUUID is missing, valid and distinct', () => {
    const real = globalThis.crypto;
    const getRandomValues = vi.fn((array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array));
    // An insecure context's crypto: getRandomValues only.
    vi.stubGlobal('crypto', { getRandomValues });
    const ids = Array.from({ length: 200 }, () => newId('note'));
    expect(getRandomValues).toHaveBeenCalledTimes(200);
    for (const id of ids) expect(isIdOf('note', id)).toBe(true);
    expect(new Set(ids).size).toBe(200);
    expect(randomHex()).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
  });

  it('uses randomUUID where it exists, in the same shape', () => {
    expect(typeof globalThis.crypto.randomUUID).toBe('function');
    expect(randomHex()).toMatch(/^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
  });
});
