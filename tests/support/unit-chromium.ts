/**
 * One headless Chromium for a unit test file that lays out HTML (the report's, the poster's) to measure it:
 * launched before the file's tests, closed after them.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Registers the launch and the close; the returned function gives the browser inside a test. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started.');
    return browser;
  };
}
