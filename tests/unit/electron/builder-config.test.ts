import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const require = createRequire(import.meta.url);
const config = require(path.join(ROOT, 'build', 'electron-builder.config.cjs'));
const fuses = require(path.join(ROOT, 'build', 'fuses.cjs'));
const resources = path.join(ROOT, config.directories.buildResources);

/** Resolve an icon the way electron-builder does: relative to build resources, extension by platform when missing. */
const iconFile = (icon: string, ext: string) =>
  path.join(resources, path.extname(icon) === '' ? `${icon}.${ext}` : icon);

// electron-builder's rule: a file is packed when the last pattern that matches it is not a negation.
const packed = (file: string) => {
  let included = false;
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!');
    if (path.matchesGlob(file, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
};

describe('electron-builder config', () => {
  it('names the app and its output', () => {
    expect(config.appId).toBe('app.waymark.desktop');
    expect(config.productName).toBe('Waymark');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
  });

  it('packages no source maps, of the renderer or of main/preload, but everything else they build', () => {
    expect(packed('dist/renderer/assets/index-BkyWrTP1.js.map')).toBe(false);
    expect(packed('dist/renderer/index.html.map')).toBe(false);
    expect(packed('dist-electron/main/index.cjs.map')).toBe(false);
    expect(packed('dist/renderer/assets/index-BkyWrTP1.js')).toBe(true);
    expect(packed('dist/renderer/index.html')).toBe(true);
    expect(packed('dist-electron/preload/index.cjs')).toBe(true);
    expect(packed('package.json')).toBe(true);
    expect(packed('renderer/src/main.tsx')).toBe(false);
  });

  it("carries no native module: the team server's SQLite packages are dev dependencies and left out", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>;
    };
    for (const name of ['better-sqlite3', '@hocuspocus/extension-sqlite']) {
      // electron-builder packs production dependencies only; "dev" means nothing the app needs pulls it in.
      expect(lock.packages[`node_modules/${name}`]?.dev, name).toBe(true);
      // Named explicitly too, so that no later pattern or dependency change can pull it in unnoticed.
      expect(config.files, name).toContain(`!node_modules/${name}/**`);
      expect(packed(`node_modules/${name}/package.json`), name).toBe(false);
    }
    expect(packed('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(false);
    expect(packed('dist-electron/live/team-server.cjs')).toBe(false);
    // Nothing the app ships compiles or downloads a binary when installed.
    const installing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true && entry.dev !== true)
      .map(([name]) => name);
    expect(installing).toEqual([]);
  });

  it('builds AppImage and deb, NSIS and DMG', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t: { target: string }) => t.target)).toEqual(['dmg']);
  });

  it('registers .journey files with Waymark as their editor', () => {
    expect(config.fileAssociations).toHaveLength(1);
    expect(config.fileAssociations[0]).toMatchObject({
      ext: 'journey',
      name: 'Waymark journey',
      mimeType: 'application/x-waymark-journey',
      role: 'Editor',
    });
    expect(config.fileAssociations[0].description.length).toBeGreaterThan(10);
    expect(config.linux.mimeTypes).toEqual(['application/x-waymark-journey']);
    expect(config.linux.desktop.entry.MimeType).toContain('application/x-waymark-journey');
  });

  it('every icon it names exists, with the right file signature', () => {
    const expectFile = (file: string, magic: number[]) => {
      expect(existsSync(file), file).toBe(true);
      expect([...readFileSync(file).subarray(0, magic.length)], file).toEqual(magic);
    };
    const ICNS = [0x69, 0x63, 0x6e, 0x73];
    const ICO = [0, 0, 1, 0];
    const PNG = [0x89, 0x50, 0x4e, 0x47];
    expectFile(iconFile(config.mac.icon, 'icns'), ICNS);
    expectFile(iconFile(config.win.icon, 'ico'), ICO);
    expectFile(iconFile(config.fileAssociations[0].icon, 'icns'), ICNS);
    expectFile(iconFile(config.fileAssociations[0].icon, 'ico'), ICO);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expectFile(path.join(resources, config.linux.icon, `${size}x${size}.png`), PNG);
    }
    expect(existsSync(path.join(ROOT, config.mac.entitlements))).toBe(true);
  });

  it('the 512 px app icon PNG really is 512×512', () => {
    const png = readFileSync(path.join(resources, config.linux.icon, '512x512.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('fuses afterPack hook', () => {
  it('is wired as afterPack and exports a function', () => {
    expect(config.afterPack).toBe(path.join(ROOT, 'build', 'fuses.cjs'));
    expect(typeof fuses).toBe('function');
  });

  it('flips the security fuses', () => {
    expect(fuses.WAYMARK_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });

  it('finds the executable on each platform', () => {
    const packager = { appInfo: { productFilename: 'Waymark' }, executableName: 'waymark' };
    expect(fuses.executablePath({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/out', 'Waymark.app'),
    );
    expect(fuses.executablePath({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(
      path.join('/out', 'Waymark.exe'),
    );
    expect(fuses.executablePath({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(
      path.join('/out', 'waymark'),
    );
  });
});
