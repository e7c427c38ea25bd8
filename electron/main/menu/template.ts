/**
 * The application menu as plain data. Items that act on the journey send a
 * menu command to the renderer; only OS-level actions use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuLabels, RecentFile, UiLanguageCode } from '../../common/contract';

/**
 * The menus in English until the window sends its language's labels (the
 * English catalogue's `menu` section; a unit test keeps the two equal).
 */
export const DEFAULT_MENU_LABELS: MenuLabels = {
  file: 'File',
  newJourney: 'New Journey',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Journeys',
  clearRecent: 'Clear Recent',
  saveAs: 'Save As…',
  importCsv: 'Import CSV…',
  export: 'Export',
  exportPdf: 'PDF…',
  exportPng: 'PNG…',
  exportSvg: 'SVG…',
  exportHtml: 'HTML…',
  exportViewer: 'Interactive Viewer (HTML)…',
  exportMarkdown: 'Markdown…',
  exportCsv: 'CSV…',
  exportXlsx: 'XLSX…',
  exportPptx: 'PowerPoint (.pptx)…',
  exportPoster: 'Poster (PDF)…',
  startLive: 'Start Live Session…',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  selectAll: 'Select All',
  find: 'Find…',
  checkSpelling: 'Check Spelling',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  actualSize: 'Actual Size',
  fitView: 'Fit View',
  language: 'Language',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About {{appName}}',
  unsavedTitle: 'Unsaved changes',
  unsavedMessage: 'Some changes are not saved.',
  unsavedKept: 'Waymark keeps them in this window until you choose.',
  unsavedTryAgain: 'Try again',
  unsavedSaveCopy: 'Save a copy as .journey…',
  unsavedQuit: 'Quit without saving',
  cancel: 'Cancel',
  saveCopyTitle: 'Save a copy of your unsaved changes',
  journeyFilter: 'Waymark journey',
  openFailed: 'Waymark could not open a file',
  replaceButton: 'Replace',
  replaceMessage: '“{{name}}” already exists. Replace it?',
  replaceDetail: 'A file with this name is already in {{folder}}. Replacing it overwrites what it holds.',
  unsavedFailed: 'Your latest changes could not be saved ({{detail}}).',
  unsavedNoAnswer:
    'Waymark could not confirm that your latest changes were saved, because the window did not answer within {{seconds}} seconds.',
  unsavedStarting: 'Waymark is still starting; try again in a moment.',
  saveCopyFailed:
    'The copy was not saved ({{detail}}); check that the folder exists and you may write to it, then try again.',
  openNotOpenable:
    '{{name}} was not opened: Waymark opens journeys ({{journeyTypes}}) and touchpoint spreadsheets ({{csvTypes}}).',
  openFileNotFound: '{{name}} could not be opened: the file no longer exists; it may have been moved or deleted.',
  openFileNotAFile: '{{name}} could not be opened: it is a folder, not a file.',
  openFileTooLarge:
    '{{name}} could not be opened: the file is {{size}} MB, larger than the {{limit}} MB Waymark can open.',
  openFileGrew:
    '{{name}} could not be opened: the file grew past the {{limit}} MB Waymark can open while it was being read; wait until it is complete and open it again.',
  openFileUnreadable:
    '{{name}} could not be opened: the file could not be read ({{detail}}); check that you may read it and try again.',
  pdfFilter: 'PDF document',
  unknownError: 'unknown error',
};

/** A native dialog's words with `{{name}}`-style blanks filled in (main's dialogs have no i18next). */
export function fillLabel(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (blank, name: string) => values[name] ?? blank);
}

/** Each interface language in its own name, for the View › Language menu. */
const LANGUAGE_ITEMS: readonly [UiLanguageCode, string][] = [
  ['en', 'English'],
  ['ta', 'தமிழ்'],
  ['te', 'తెలుగు'],
  ['ml', 'മലയാളം'],
  ['hy', 'Հայերեն'],
];

export interface MenuOptions {
  appName: string;
  /** Developer tools and reload appear only in unpackaged (development) runs. */
  isPackaged: boolean;
  /** Reopens a file from the recent list (main reads it itself). */
  openRecent(filePath: string): void;
  clearRecent(): void;
  /** Edit › Check Spelling: whether it is on, and what a click does (see spellcheck.ts). */
  spellcheck?: { enabled: boolean; toggle(): void };
  /** The words of the menus (English by default) and the interface language, checked in View › Language. */
  labels?: MenuLabels;
  language?: UiLanguageCode;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  recent: readonly RecentFile[],
  options: MenuOptions,
): Item[] {
  const mac = platform === 'darwin';
  const L = options.labels ?? DEFAULT_MENU_LABELS;
  const about = L.about.replace('{{appName}}', options.appName);
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    id: cmd,
    ...(accelerator !== undefined ? { accelerator } : {}),
    click: () => send(cmd),
  });

  const recentItems: Item[] =
    recent.length === 0
      ? [{ label: L.noRecent, enabled: false }]
      : [
          ...recent.map((file): Item => ({
            label: file.name,
            sublabel: file.path,
            toolTip: file.path,
            click: () => options.openRecent(file.path),
          })),
          separator,
          { label: L.clearRecent, id: 'clear-recent', click: () => options.clearRecent() },
        ];

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      command(about, 'about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: Item = {
    label: L.file,
    submenu: [
      command(L.newJourney, 'new-journey', 'CmdOrCtrl+N'),
      command(L.open, 'open', 'CmdOrCtrl+O'),
      { label: L.openRecent, id: 'open-recent', submenu: recentItems },
      separator,
      command(L.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
      separator,
      command(L.importCsv, 'import-csv'),
      {
        label: L.export,
        id: 'export',
        submenu: [
          command(L.exportPdf, 'export-pdf', 'CmdOrCtrl+P'),
          command(L.exportPng, 'export-png'),
          command(L.exportSvg, 'export-svg'),
          command(L.exportHtml, 'export-html'),
          command(L.exportViewer, 'export-viewer'),
          command(L.exportMarkdown, 'export-markdown'),
          command(L.exportCsv, 'export-csv'),
          command(L.exportXlsx, 'export-xlsx'),
          command(L.exportPptx, 'export-pptx'),
          command(L.exportPoster, 'export-poster'),
        ],
      },
      separator,
      command(L.startLive, 'start-live-session'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  // Undo, Redo and Select All are commands, not the `undo`/`redo`/`selectAll`
  // roles: the roles only reach the focused text field, while most edits in
  // Waymark (moving a touchpoint, deleting a stage) live in the journey's own
  // history, and on the map Select All means every touchpoint and note. The
  // renderer receives the command and routes it to the focused text field
  // when there is one, otherwise to the journey.
  const editMenu: Item = {
    label: L.edit,
    submenu: [
      command(L.undo, 'undo', 'CmdOrCtrl+Z'),
      command(L.redo, 'redo', mac ? 'Shift+Cmd+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as Item] : []),
      command(L.selectAll, 'select-all', 'CmdOrCtrl+A'),
      separator,
      command(L.find, 'find', 'CmdOrCtrl+F'),
      ...(options.spellcheck === undefined
        ? []
        : [
            separator,
            {
              label: L.checkSpelling,
              id: 'check-spelling',
              type: 'checkbox',
              checked: options.spellcheck.enabled,
              click: () => options.spellcheck?.toggle(),
            } as Item,
          ]),
    ],
  };

  const viewMenu: Item = {
    label: L.view,
    submenu: [
      command(L.zoomIn, 'zoom-in', 'CmdOrCtrl+='),
      command(L.zoomOut, 'zoom-out', 'CmdOrCtrl+-'),
      command(L.actualSize, 'zoom-reset', 'CmdOrCtrl+0'),
      command(L.fitView, 'fit-view', 'CmdOrCtrl+1'),
      separator,
      {
        label: L.language,
        id: 'language',
        submenu: LANGUAGE_ITEMS.map(([code, name]): Item => ({
          label: name,
          id: `language-${code}`,
          type: 'radio',
          checked: (options.language ?? 'en') === code,
          click: () => send(`language-${code}`),
        })),
      },
      separator,
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [separator, { role: 'reload' } as Item, { role: 'toggleDevTools' } as Item]),
    ],
  };

  const helpMenu: Item = {
    label: L.help,
    role: 'help',
    submenu: [command(L.shortcuts, 'shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [separator, command(about, 'about')])],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    helpMenu,
  ];
}
