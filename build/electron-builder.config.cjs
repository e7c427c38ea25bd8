/**
 * electron-builder configuration: `npm run dist`.
 * Icons are drawn by build/icons/draw-icons.mjs; fuses are flipped after
 * packing by build/fuses.cjs.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module. */
const path = require('node:path');

const JOURNEY_MIME = 'application/x-waymark-journey';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.waymark.desktop',
  productName: 'Waymark',
  copyright: 'Copyright © Waymark',
  directories: { output: 'release', buildResources: 'build' },
  // Source maps stay out of the package: they would ship the whole source for nothing.
  files: [
    'dist/renderer/**',
    '!dist/renderer/**/*.map',
    'dist-electron/**',
    '!dist-electron/**/*.map',
    '!dist-electron/web/**',
    '!dist-electron/live/**',
    // The team server's native SQLite module is a dev dependency; it must never ride along (it would need an Electron rebuild).
    '!node_modules/better-sqlite3/**',
    '!node_modules/@hocuspocus/extension-sqlite/**',
    'package.json',
  ],
  asar: true,
  afterPack: path.join(__dirname, 'fuses.cjs'),
  fileAssociations: [
    {
      ext: 'journey',
      name: 'Waymark journey',
      description: 'Customer journey map made with Waymark',
      mimeType: JOURNEY_MIME,
      role: 'Editor',
      rank: 'Owner',
      // Resolved by platform: icons/journey.icns (macOS), icons/journey.ico (Windows).
      icon: 'icons/journey',
    },
  ],
  mac: {
    category: 'public.app-category.productivity',
    icon: 'icons/icon.icns',
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { title: 'Waymark ${version}' },
  win: {
    icon: 'icons/icon.ico',
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  linux: {
    icon: 'icons/png',
    category: 'Office',
    target: ['AppImage', 'deb'],
    mimeTypes: [JOURNEY_MIME],
    maintainer: 'Waymark',
    synopsis: 'Offline customer journey mapping',
    description: 'Map customer journeys offline: stages, touchpoints, emotions, pain points and opportunities.',
    desktop: {
      entry: {
        Name: 'Waymark',
        GenericName: 'Customer Journey Mapping',
        Comment: 'Map customer journeys offline and share them as .journey files',
        Categories: 'Office;Graphics;',
        Keywords: 'journey;customer;experience;map;workshop;',
        MimeType: `${JOURNEY_MIME};`,
        StartupWMClass: 'Waymark',
      },
    },
  },
  deb: { priority: 'optional' },
};
