/**
 * The report's contents get their page numbers from the real main-process
 * handlers (print, read where each section landed, print again): exported
 * from the report dialog, each number is the page the section starts on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web/serve';
import { launchApp, launchWebApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, openTemplate } from '../support/e2e-helpers';
import { RENDERER_DIST } from '../support/paths';

/** The pages (1-based) where a section heading (bold, 20 pt boxes or taller) reads exactly `title`, by poppler's pdftohtml. */
function headingPages(pdf: string, title: string): number[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf], { encoding: 'utf8' });
  const pages: number[] = [];
  for (const page of xml.split('<page number="').slice(1)) {
    const number = Number(/^(\d+)/.exec(page)![1]);
    for (const m of page.matchAll(/<text [^>]*height="(\d+)"[^>]*><b>([^<]*)<\/b><\/text>/g)) {
      if (Number(m[1]) >= 20 && m[2]!.trim() === title) pages.push(number);
    }
  }
  return pages;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const texts = [''];
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
    texts.push(text.replace(/\s+/g, ' '));
  }
  return texts;
}

describe('report navigation', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-report-nav-'));
    await openTemplate(app.page);
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('the exported PDF report gives each section of the contents the page it starts on', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await dialog.waitFor();
    // The desktop app prints twice, so the note about the browser's print dialog is not there.
    expect(await dialog.getByText('without page numbers').count()).toBe(0);
    const pdf = path.join(dir, 'report.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await expectEventually(async () => {
      expect(existsSync(pdf)).toBe(true);
      expect((await stat(pdf)).size).toBeGreaterThan(0);
    }, 60_000);

    const texts = pageTexts(pdf);
    if (process.env.REPORT_PDF_DIR)
      execFileSync('cp', [pdf, path.join(process.env.REPORT_PDF_DIR, 'e2e-navigation.pdf')]);
    // The cover, then the contents.
    const contents = 2;
    expect(texts[contents]).toContain('Contents 01 Executive summary');
    const list = texts[contents]!.slice(texts[contents]!.indexOf('Contents ') + 'Contents '.length);
    const entries = [...list.matchAll(/(\d\d) (.+?) (\d+)(?= \d\d |\s*Page \d+ of|\s*$)/g)].map((m) => ({
      title: m[2]!,
      page: Number(m[3]),
    }));
    expect(entries.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Executive summary', 'Journey map', 'Stage by stage']),
    );
    for (const entry of entries) {
      // The section's heading is on that page, and on no other.
      expect(headingPages(pdf, entry.title), entry.title).toEqual([entry.page]);
    }
  });
});

describe('report navigation in the browser fallback of npm start', () => {
  afterAll(shutdown);

  it('downloads the PDF printed by the serving process, its contents numbered as the desktop app numbers them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-web-report-'));
    const server = await startWebServer({ rootDir: RENDERER_DIST, port: 0, resumeDir: null, log: () => {} });
    const web = await launchWebApp(server.url);
    try {
      const { page } = web;
      await openTemplate(page);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: 'PDF report…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Report' });
      await dialog.waitFor();
      // Printed by the server, not the browser's print dialog: no note about missing page numbers, no hint.
      expect(await dialog.getByText('without page numbers').count()).toBe(0);
      expect(await dialog.getByText('Save as PDF').count()).toBe(0);
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Export PDF…' }).click();
      const pdf = path.join(dir, 'report.pdf');
      const file = await download;
      expect(file.suggestedFilename()).toBe('Online order - damaged item and service recovery.pdf');
      await file.saveAs(pdf);
      const texts = pageTexts(pdf);
      const contents = texts[2]!;
      expect(contents).toContain('Contents 01 Executive summary');
      const stages = /\d\d Stage by stage (\d+)/.exec(contents);
      expect(stages).not.toBeNull();
      expect(headingPages(pdf, 'Stage by stage')).toEqual([Number(stages![1])]);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes/m);
    } finally {
      await web.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
