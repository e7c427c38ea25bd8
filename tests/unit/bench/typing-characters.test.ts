/**
 * The bench's typing figures count every character typed: Playwright types Tamil without key events
 * (only beforeinput/input), so a figure made of keydown timings alone took those characters as 16 ms.
 */
import { describe, expect, it } from 'vitest';
import { characterTimings } from '../../bench/typing';

describe('bench typing: one timing per character', () => {
  it('pairs a keydown with its beforeinput and keeps a beforeinput without a keydown', () => {
    // As Chromium's Event Timing reported 'ab பணம்' typed by Playwright, 60 ms apart, with a 40 ms input handler
    // (durations rounded to 8 ms, as the browser does).
    const events = [
      ['keydown', 561, 48],
      ['beforeinput', 562, 48],
      ['keydown', 692, 48],
      ['beforeinput', 693, 40],
      ['keydown', 797, 40],
      ['beforeinput', 798, 40],
      ['beforeinput', 965, 48],
      ['beforeinput', 1071, 48],
      ['beforeinput', 1175, 40],
      ['beforeinput', 1278, 56],
    ].map(([name, start, duration]) => ({
      name: name as string,
      start: start as number,
      duration: duration as number,
    }));
    expect(characterTimings(events)).toEqual([
      { start: 561, duration: 48 },
      { start: 692, duration: 48 },
      { start: 797, duration: 40 },
      { start: 965, duration: 48 },
      { start: 1071, duration: 48 },
      { start: 1175, duration: 40 },
      { start: 1278, duration: 56 },
    ]);
    expect(characterTimings(events)).toHaveLength([...'ab பணம்'].length);
  });

  it('takes the longer of a pair, and a keydown whose beforeinput was not reported alone', () => {
    const events = [
      { name: 'beforeinput', start: 101, duration: 24 },
      { name: 'keydown', start: 100, duration: 16 },
      { name: 'keydown', start: 160, duration: 32 },
      { name: 'beforeinput', start: 220, duration: 16 },
    ];
    expect(characterTimings(events)).toEqual([
      { start: 100, duration: 24 },
      { start: 160, duration: 32 },
      { start: 220, duration: 16 },
    ]);
  });
});
