/**
 * Offline means offline, and the web build is locked down like the desktop
 * app. Every e2e file's shutdown() also fails if any request left the machine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { isLocalRequest, launchApp, launchWebApp, shutdown } from '../support/app';
import { addTouchpoint, expectEventually, holdWrites, newJourney, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';
import { RENDERER_DIST } from '../support/paths';

describe('offline and locked down', () => {
  afterAll(shutdown);

  it('counts only app://, the local server on 127.0.0.1, data: and blob: as local', () => {
    for (const url of ['app://waymark/index.html', 'http://127.0.0.1:5173/assets/a.js', 'data:,x', 'blob:x']) {
      expect(isLocalRequest(url), url).toBe(true);
    }
    for (const url of [
      'https://fonts.googleapis.com/css2',
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://localhost.example.com/',
      'http://10.0.0.1/',
      'not a url',
    ]) {
      expect(isLocalRequest(url), url).toBe(false);
    }
  });

  it('the built index.html carries the CSP as a meta tag, and the web build works under it alone', async () => {
    const html = await readFile(path.join(RENDERER_DIST, 'index.html'), 'utf8');
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(content?.replace(/&#39;/g, "'")).toBe(META_CONTENT_SECURITY_POLICY);

    const web = await launchWebApp();
    try {
      const { page } = web;
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.text().includes('Content Security Policy')) violations.push(m.text());
      });
      const title = seedLine('te', 5);
      await newJourney(page, title);
      await waitSaved(page);
      expect((await readTable<{ title: string }>(page, 'journeys')).map((j) => j.title)).toContain(title);
      // The policy is enforced: an injected inline script does not run.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(ran).toBe(false);
      expect(violations.filter((v) => !v.includes('inline'))).toEqual([]);
      // The tab has the app's icon, served from the build (a browser asked for /favicon.ico and got a 404 before).
      const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null);
      expect(icon).toMatch(/\/assets\/icon-[\w-]+\.svg$/);
      const served = await page.evaluate(async (url) => {
        const response = await fetch(url);
        return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
      }, icon!);
      expect(served.status).toBe(200);
      expect(served.type).toContain('image/svg+xml');
      expect(served.body).toContain('<title>Waymark</title>');
    } finally {
      await web.close();
    }
  });

  it('web build: closing the tab warns only while a change is pending', async () => {
    const web = await launchWebApp();
    /** What the page's beforeunload listeners decide: true means the browser is asked to warn. */
    const warns = () =>
      web.page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    try {
      const { page } = web;
      await newJourney(page, seedLine('hy', 3));
      await waitSaved(page);
      expect(await warns()).toBe(false);

      // A new touchpoint is written at once: closing is quiet again as soon as it is saved.
      await addTouchpoint(page, seedLine('ml', 4));
      await waitSaved(page);
      expect(await warns()).toBe(false);

      // Typing in the title while its write cannot finish (every table held by a transaction of the test's,
      // as a slow disk would hold it; a key is written at once, so a pause in the page's timers holds
      // nothing): the browser is asked to warn.
      const release = await holdWrites(page);
      const title = page.getByRole('textbox', { name: 'Journey title' });
      await title.press('End');
      await page.keyboard.type('!');
      expect(await warns()).toBe(true);

      // Once it is saved, closing is quiet again.
      await release();
      await waitSaved(page);
      expect(await warns()).toBe(false);
      expect((await readTable<{ title: string }>(page, 'journeys')).map((j) => j.title)).toEqual([
        `${seedLine('hy', 3)}!`,
      ]);
    } finally {
      await web.close();
    }
  });

  it('Help › About names the version and says nothing leaves the computer (the appInfo channel)', async () => {
    const app = await launchApp();
    try {
      await app.menu('about');
      const toast = app.page.getByRole('status').filter({ hasText: 'Waymark 0.1.0' });
      await toast.waitFor();
      expect(await toast.textContent()).toContain('Waymark sends nothing anywhere.');
    } finally {
      await app.close();
    }
  });

  it("loads the faces of the seeds' scripts from its own files as it starts, before any text in them is shown", async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      // A journey in English, opened straight from its address (as the app reopens after a reload): nothing
      // on screen is written in these scripts (the library's language list is), yet each face is ready.
      await newJourney(page, 'Renewal');
      await waitSaved(page);
      await page.reload();
      await page.locator('.stage-header', { hasText: 'Discover' }).first().waitFor();
      // Each script's own subset (its @font-face whose unicode-range holds the script's block), by weight.
      const scriptFaces = () =>
        page.evaluate(() =>
          [...document.fonts]
            .filter((f) => /U\+(B82|C00|D0[0-9A-F]|530)-/i.test(f.unicodeRange))
            .map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.status}`)
            .sort(),
        );
      await expectEventually(async () =>
        expect(await scriptFaces()).toEqual(
          ['Armenian', 'Malayalam', 'Tamil', 'Telugu'].flatMap((s) => [
            `Noto Sans ${s} 400 loaded`,
            `Noto Sans ${s} 600 loaded`,
          ]),
        ),
      );
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/[\u0B80-\u0DFF\u0530-\u058F]/);
    } finally {
      await app.close();
    }
  });
});
