/**
 * Electron main entry: the only main-process file that imports `electron`.
 * It wires Electron's objects to the plain modules beside it (which tests
 * exercise without Electron) and holds no logic of its own.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { open } from 'node:fs/promises';
import path from 'node:path';
import {
  IPC_CHANNELS,
  ipcName,
  type MenuCommand,
  type MenuLabels,
  type OpenedFile,
  type RecentFile,
  type UiLanguageCode,
} from '../common/contract';
import { createLiveSessions } from '../live/sessions';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-url';
import {
  confirmClose,
  createCloseCoordinator,
  createFlushRequests,
  saveCopyThrough,
  unsavedMessageBox,
  type CloseGuardDeps,
} from './close/close-guard';
import { atomicWrite } from './files/atomic-write';
import { createRecentFilesStore } from './files/recent-files';
import { openPath } from './ipc/file-actions';
import { createIpcHandlers } from './ipc/handlers';
import { senderInfoFrom } from './ipc/sender';
import { journeyPathsFromArgv } from './launch/argv';
import { createOpenQueue } from './launch/open-queue';
import { buildMenuTemplate, DEFAULT_MENU_LABELS, fillLabel } from './menu/template';
import { createSpellcheckSetting, dictionaryDownloadUrl, spellcheckDefault } from './spellcheck';
import { createPdfPrinter } from './pdf';
import { createAppProtocolHandler } from './protocol/handler';
import { createExternalOpener } from './security/navigation';
import { buildMainWindowOptions } from './security/window-options';
import { allowAppPermissionsOnly, denyAllPermissions, hardenWebContents } from './window/harden';

// Must happen before `ready`: app:// behaves like https (standard URL
// parsing, secure context, fetch) so the UI never needs file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

const log = (message: string) => console.warn(`[waymark] ${message}`);
/** The only door to the OS browser: https only, after the allowlist. */
const openExternal = createExternalOpener({ open: (url) => shell.openExternal(url), log });

let mainWindow: BrowserWindow | null = null;
const liveWindow = () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null);

// Flush before close: the window's `close` and the app's `before-quit` wait
// until the renderer confirms its edits are saved (close/close-guard.ts).
const flushRequests = createFlushRequests({
  send: (requestId) => {
    const window = liveWindow();
    if (window === null) throw new Error('The window is gone.');
    window.webContents.send(ipcName('closeRequest'), requestId);
  },
});
let saveCopy: CloseGuardDeps['saveCopy'] | null = null;
const saveCopyForWindow: CloseGuardDeps['saveCopy'] = async (copy) =>
  saveCopy === null ? { outcome: 'failed', message: nativeWords().unsavedStarting } : saveCopy(copy);
const closeCoordinator = createCloseCoordinator({
  confirm: () =>
    confirmClose({
      requestFlush: () => flushRequests.request(),
      askUnsaved: async (question) => {
        const box = unsavedMessageBox(question, nativeWords());
        const window = liveWindow();
        const { response } = await (window === null
          ? dialog.showMessageBox(box.options)
          : dialog.showMessageBox(window, box.options));
        return box.choiceFor(response);
      },
      saveCopy: saveCopyForWindow,
      log,
      words: () => nativeWords(),
    }),
});
const finishClose = {
  close: () => liveWindow()?.close(),
  quit: () => app.quit(),
};

const fileSystem = {
  open,
  writeFileAtomic: (filePath: string, bytes: Uint8Array) => atomicWrite(filePath, bytes),
};
const recent = createRecentFilesStore({ userDataDir: app.getPath('userData'), now: Date.now, log });
// At most one live session, served to the LAN from the built app; resumable links are kept in userData.
const liveSessions = createLiveSessions({
  staticDir: path.join(app.getAppPath(), 'dist', 'renderer'),
  resumeDir: app.getPath('userData'),
  log,
});

const openQueue = createOpenQueue({
  read: (filePath) => openPath({ fs: fileSystem, recent }, filePath),
  deliver: (file: OpenedFile) => liveWindow()?.webContents.send(ipcName('openFile'), file),
  words: () => nativeWords(),
  language: () => menuLanguage?.language ?? 'en',
  report: (message) => {
    const window = liveWindow();
    const box = { type: 'warning' as const, message: nativeWords().openFailed, detail: message };
    void (window === null ? dialog.showMessageBox(box) : dialog.showMessageBox(window, box));
  },
});

if (!app.requestSingleInstanceLock()) {
  // Another Waymark is running: it receives our argv in 'second-instance'.
  app.quit();
} else {
  openQueue.push(...journeyPathsFromArgv(process.argv, { workingDirectory: process.cwd() }));

  // macOS delivers double-clicked files this way, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openQueue.push(filePath);
    if (app.isReady() && liveWindow() === null) createMainWindow();
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    openQueue.push(...journeyPathsFromArgv(argv, { workingDirectory }));
    const window = liveWindow();
    if (window === null) {
      if (app.isReady()) createMainWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { openExternal: (url) => void openExternal(url), log }),
  );
  app.on('before-quit', (event) => closeCoordinator.onBeforeQuit(event, liveWindow() !== null, finishClose));
  // Quitting ends the live session first, so its port closes and its links can be resumed.
  app.on('will-quit', (event) => {
    if (liveSessions.status() === null) return;
    event.preventDefault();
    void liveSessions.end().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (liveWindow() === null) createMainWindow();
  });

  void app.whenReady().then(onReady);
}

function createMainWindow(): void {
  const options = buildMainWindowOptions({
    preloadPath: path.join(__dirname, '..', 'preload', 'index.cjs'),
    platform: process.platform,
    ...(app.isPackaged ? {} : { iconPath: path.join(app.getAppPath(), 'build', 'icons', 'icon.png') }),
  });
  const window = new BrowserWindow(options);
  mainWindow = window;
  closeCoordinator.reset();
  window.on('close', (event) => closeCoordinator.onWindowClose(event, finishClose));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => openQueue.markNotReady());
  window.webContents.on('did-finish-load', () => void openQueue.markReady());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    openQueue.markNotReady();
    // The host window has flushed and gone: its live session ends with it (resumable for an hour).
    void liveSessions.end();
  });
  void window.loadURL(APP_ENTRY_URL);
}

function sendMenuCommand(command: MenuCommand): void {
  const window = liveWindow();
  if (window === null) createMainWindow();
  else window.webContents.send(ipcName('menuCommand'), command);
}

const spellcheck = createSpellcheckSetting({ userDataDir: app.getPath('userData'), platform: process.platform, log });
let spellcheckOn = spellcheckDefault(process.platform);
let recentForMenu: readonly RecentFile[] = [];
// The native menus' words, as the window last sent them for its interface language (English until then).
let menuLanguage: { language: UiLanguageCode; labels: MenuLabels } | null = null;
/** The words of the native menus and dialogs: the window's language once it has sent them, else English. */
const nativeWords = (): MenuLabels => menuLanguage?.labels ?? DEFAULT_MENU_LABELS;

/** Spellcheck on or off for the app's session; dictionaries only ever come from the local folder. */
function applySpellcheck(enabled: boolean): void {
  spellcheckOn = enabled;
  session.defaultSession.setSpellCheckerEnabled(enabled);
}

function installMenu(files: readonly RecentFile[]): void {
  recentForMenu = files;
  const template = buildMenuTemplate(process.platform, sendMenuCommand, files, {
    appName: app.getName(),
    isPackaged: app.isPackaged,
    openRecent: (filePath) => {
      if (liveWindow() === null) createMainWindow();
      openQueue.push(filePath);
    },
    clearRecent: () => void recent.clear(),
    ...(menuLanguage ? { labels: menuLanguage.labels, language: menuLanguage.language } : {}),
    spellcheck: {
      enabled: spellcheckOn,
      toggle: () => {
        applySpellcheck(!spellcheckOn);
        void spellcheck.set(spellcheckOn);
        installMenu(recentForMenu);
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onReady(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId('app.waymark.desktop');
  allowAppPermissionsOnly(session.defaultSession, (id) => liveWindow()?.webContents.id === id);
  // Offline means offline: never the Chromium dictionary CDN (see spellcheck.ts).
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(dictionaryDownloadUrl(process.resourcesPath));
  applySpellcheck(await spellcheck.enabled());
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: path.join(app.getAppPath(), 'dist', 'renderer'), log }),
  );

  const printHtmlToPdf = createPdfPrinter({
    createWindow: (options) => new BrowserWindow(options),
    fromPartition: (partition) => {
      const printSession = session.fromPartition(partition, { cache: false });
      denyAllPermissions(printSession);
      return printSession;
    },
  });

  const handlers = createIpcHandlers({
    fs: fileSystem,
    dialog: {
      showOpenDialog: (request) => {
        const window = liveWindow();
        return window === null ? dialog.showOpenDialog(request) : dialog.showOpenDialog(window, request);
      },
      showSaveDialog: (request) => {
        const window = liveWindow();
        return window === null ? dialog.showSaveDialog(request) : dialog.showSaveDialog(window, request);
      },
      confirmReplace: async (filePath) => {
        const box = {
          type: 'warning' as const,
          buttons: [nativeWords().replaceButton, nativeWords().cancel],
          defaultId: 1,
          cancelId: 1,
          message: fillLabel(nativeWords().replaceMessage, { name: path.basename(filePath) }),
          detail: fillLabel(nativeWords().replaceDetail, { folder: path.dirname(filePath) }),
        };
        const window = liveWindow();
        const answer = await (window === null ? dialog.showMessageBox(box) : dialog.showMessageBox(window, box));
        return answer.response === 0;
      },
    },
    printHtmlToPdf,
    openPrintDocument: printHtmlToPdf.open,
    setTitle: (title) => liveWindow()?.setTitle(title.length > 0 ? title : app.getName()),
    closeReady: (requestId, reply) => flushRequests.answer(requestId, reply),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      locale: app.getLocale(),
    }),
    setLanguage: (language, labels) => {
      menuLanguage = { language, labels };
      installMenu(recentForMenu);
    },
    recent,
    live: liveSessions,
    now: Date.now,
    log,
    words: () => nativeWords(),
  });
  // "Save a copy" runs the renderer's own saveFile path, on behalf of the closing window.
  saveCopy = saveCopyThrough(
    handlers.saveFile,
    { frameUrl: APP_ENTRY_URL, isMainFrame: true, isAppWindow: true },
    nativeWords,
  );
  const isAppWebContents = (id: number) => liveWindow()?.webContents.id === id;
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(ipcName(channel), (event, ...args: unknown[]) =>
      handlers[channel](senderInfoFrom(event, isAppWebContents), args),
    );
  }

  recent.onChange(installMenu);
  installMenu(await recent.list());
  createMainWindow();
}
