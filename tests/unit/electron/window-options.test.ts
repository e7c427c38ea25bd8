import { describe, expect, it } from 'vitest';
import {
  PRINT_PARTITION,
  buildMainWindowOptions,
  buildPrintWindowOptions,
} from '../../../electron/main/security/window-options';

describe('main window options', () => {
  const options = buildMainWindowOptions({
    preloadPath: '/app/dist-electron/preload/index.cjs',
    platform: 'linux',
    iconPath: '/app/icon.png',
  });

  it('has the secure webPreferences', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('partition');
  });

  it('stays hidden until ready and uses the icon on Linux/Windows only', () => {
    expect(options.show).toBe(false);
    expect(options.icon).toBe('/app/icon.png');
    expect(
      buildMainWindowOptions({ preloadPath: '/p.cjs', platform: 'darwin', iconPath: '/i.png' }),
    ).not.toHaveProperty('icon');
  });
});

describe('print window options', () => {
  it('runs no JavaScript, has no preload, is sandboxed on its own in-memory partition', () => {
    const options = buildPrintWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: PRINT_PARTITION,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });
});
