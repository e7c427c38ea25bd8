/**
 * Persona photos as a user adds them, or as a `.journey` file brings them:
 * the kind is read from the bytes, and a photo over 1,024 pixels is stored
 * scaled down.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../renderer/src/domain/ids';
import { sha256Hex, writeJourneyFile } from '../../renderer/src/files';
import { png } from '../fixtures/images';
import { journey } from '../fixtures/journey-builder';
import { SEED_PHRASE } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { dragFiles, expectEventually, openTemplate, readTable } from '../support/e2e-helpers';

/** Each stored blob's type, byte size and decoded pixel size, read in the page. */
async function storedPhotos(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ type: string; size: number; width: number; height: number }[]>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('blobs', 'readonly').objectStore('blobs').getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = async () => {
            const rows = req.result as { type: string; data: Blob }[];
            const out = [];
            for (const row of rows) {
              const bitmap = await createImageBitmap(row.data);
              out.push({ type: row.type, size: row.data.size, width: bitmap.width, height: bitmap.height });
              bitmap.close();
            }
            open.result.close();
            resolve(out);
          };
        };
      }),
  );
}

describe('persona photos', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app.close();
  });
  afterAll(shutdown);

  it('a need added and typed in a while later is one step: Ctrl+Z takes the need away whole, no empty row left', async () => {
    const { page } = app;
    await openTemplate(page);
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Personas' });
    if ((await panel.getByRole('button', { name: 'Add need' }).count()) === 0) {
      await panel.getByRole('button', { name: 'Add persona' }).click();
    }
    const persona = panel.locator('.persona-card').first();
    const personaId = (await persona.getAttribute('data-persona-id'))!;
    const needs = async () =>
      (await readTable<{ id: string; needs: string[] }>(page, 'personas')).find((p) => p.id === personaId)!.needs;
    const before = await needs();
    await persona.getByRole('button', { name: 'Add need' }).click();
    await page.waitForTimeout(1800);
    const words = SEED_PHRASE.malayalam;
    await page.keyboard.type(words);
    await expectEventually(async () => expect(await needs()).toEqual([...before, words]));
    await page.keyboard.press('Control+z');
    await expectEventually(async () => expect(await needs()).toEqual(before));
    expect(await persona.getByRole('textbox', { name: new RegExp(`Needs ${before.length + 1}`) }).count()).toBe(0);
  });

  it('refuses a file that is not an image whatever its name, and stores a 3000×2000 PNG at 1024×683', async () => {
    const { page } = app;
    await openTemplate(page);
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Personas' });
    if ((await panel.locator('input[type=file]').count()) === 0) {
      await panel.getByRole('button', { name: 'Add persona' }).click();
    }
    const input = panel.locator('input[type=file]').first();

    await input.setInputFiles({
      name: 'face.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    });
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText('That file is not a PNG, JPEG, WebP or GIF image; choose a photo in one of those formats.')
      .waitFor();
    expect(await storedPhotos(page)).toEqual([]);

    await input.setInputFiles({ name: 'team.png', mimeType: 'image/png', buffer: Buffer.from(png(3000, 2000)) });
    await expectEventually(
      async () =>
        expect(await storedPhotos(page)).toEqual([
          { type: 'image/png', size: expect.any(Number), width: 1024, height: 683 },
        ]),
      15_000,
    );
    await panel.locator('img.persona-photo').first().waitFor();
  }, 60_000);

  it('a 3000×2000 photo in an opened .journey file is stored at 1024×683, under the hash of its new bytes', async () => {
    const { page } = app;
    await page
      .getByRole('button', { name: /New journey/ })
      .first()
      .waitFor();
    const b = journey(SEED_PHRASE.tamil);
    const photo = png(3000, 2000);
    const blobId = newId('blob');
    b.persona(SEED_PHRASE.telugu.slice(0, 30), true, { photoBlobId: blobId });
    const bytes = writeJourneyFile({
      document: b.build(),
      assets: [{ blobId, hash: await sha256Hex(photo), type: 'image/png', bytes: photo }],
      appVersion: 'e2e',
      savedAt: new Date(0),
    });
    await dragFiles(page, 'drop', [{ name: 'photo.journey', bytes }]);
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText(`Opened “${SEED_PHRASE.tamil}” from photo.journey.`)
      .waitFor();
    await expectEventually(
      async () =>
        expect(await storedPhotos(page)).toEqual([
          { type: 'image/png', size: expect.any(Number), width: 1024, height: 683 },
        ]),
      15_000,
    );
    // The hash a .journey written from it names the photo by is that of the bytes stored.
    const [row] = await readTable<{ id: string; hash: string }>(page, 'blobs');
    expect(row!.id).toBe(blobId);
    const storedHash = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('waymark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('blobs', 'readonly').objectStore('blobs').getAll();
            req.onsuccess = async () => {
              const data = (req.result as { data: Blob }[])[0]!.data;
              const digest = await crypto.subtle.digest('SHA-256', await data.arrayBuffer());
              open.result.close();
              resolve(Array.from(new Uint8Array(digest), (x) => x.toString(16).padStart(2, '0')).join(''));
            };
          };
        }),
    );
    expect(row!.hash).toBe(storedHash);
    expect(row!.hash).not.toBe(await sha256Hex(photo));
  }, 60_000);
});
