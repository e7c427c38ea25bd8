import { describe, expect, it } from 'vitest';
import { joinHash, parseJoinHash } from '../../../../electron/common/live';

const token = 'A'.repeat(20) + 'b_-'.repeat(8);

describe('join link hash', () => {
  it('carries the token and the journey id, and reads back the same', () => {
    const hash = joinHash(token, 'journey:ab/c d');
    expect(hash).toBe(`#/join/${token}/journey%3Aab%2Fc%20d`);
    expect(parseJoinHash(hash)).toEqual({ token, journeyId: 'journey:ab/c d' });
    expect(parseJoinHash(hash.slice(1))).toEqual({ token, journeyId: 'journey:ab/c d' });
  });

  it.each([
    ['#/journey/x'],
    [`#/join/${token}`],
    ['#/join/short/journey%3A1'],
    [`#/join/${token}/%E0%A4%A`],
    [`#/join/${token}/a/b`],
    [`#/join/${token}/${'x'.repeat(201)}`],
  ])('refuses %s', (hash) => {
    expect(parseJoinHash(hash)).toBeNull();
  });
});
