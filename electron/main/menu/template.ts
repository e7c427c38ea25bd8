/**
 * The application menu as plain data. Items that act on the journey send a
 * menu command to the renderer; only OS-level actions use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../common/contract';

export interface MenuOptions {
  appName: string;
  /** Developer tools and reload appear only in unpackaged (development) runs. */
  isPackaged: boolean;
  /** Reopens a file from the recent list (main reads it itself). */
  openRecent(filePath: string): void;
  clearRecent(): void;
  /** Edit › Check Spelling: whether it is on, and what a click does (see spellcheck.ts). */
  spellcheck?: { enabled: boolean; toggle(): void };
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
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    id: cmd,
    ...(accelerator !== undefined ? { accelerator } : {}),
    click: () => send(cmd),
  });

  const recentItems: Item[] =
    recent.length === 0
      ? [{ label: 'No Recent Journeys', enabled: false }]
      : [
          ...recent.map((file): Item => ({
            label: file.name,
            sublabel: file.path,
            toolTip: file.path,
            click: () => options.openRecent(file.path),
          })),
          separator,
          { label: 'Clear Recent', id: 'clear-recent', click: () => options.clearRecent() },
        ];

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      command(`About ${options.appName}`, 'about'),
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
    label: 'File',
    submenu: [
      command('New Journey', 'new-journey', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'open-recent', submenu: recentItems },
      separator,
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      separator,
      command('Import CSV…', 'import-csv'),
      {
        label: 'Export',
        id: 'export',
        submenu: [
          command('PDF…', 'export-pdf', 'CmdOrCtrl+P'),
          command('PNG…', 'export-png'),
          command('SVG…', 'export-svg'),
          command('HTML…', 'export-html'),
          command('Interactive Viewer (HTML)…', 'export-viewer'),
          command('Markdown…', 'export-markdown'),
          command('CSV…', 'export-csv'),
          command('XLSX…', 'export-xlsx'),
          command('PowerPoint (.pptx)…', 'export-pptx'),
          command('Poster (PDF)…', 'export-poster'),
        ],
      },
      separator,
      command('Start Live Session…', 'start-live-session'),
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
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'Shift+Cmd+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as Item] : []),
      command('Select All', 'select-all', 'CmdOrCtrl+A'),
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
      ...(options.spellcheck === undefined
        ? []
        : [
            separator,
            {
              label: 'Check Spelling',
              id: 'check-spelling',
              type: 'checkbox',
              checked: options.spellcheck.enabled,
              click: () => options.spellcheck?.toggle(),
            } as Item,
          ]),
    ],
  };

  const viewMenu: Item = {
    label: 'View',
    submenu: [
      command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      command('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
      command('Fit View', 'fit-view', 'CmdOrCtrl+1'),
      separator,
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [separator, { role: 'reload' } as Item, { role: 'toggleDevTools' } as Item]),
    ],
  };

  const helpMenu: Item = {
    label: 'Help',
    role: 'help',
    submenu: [
      command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(mac ? [] : [separator, command(`About ${options.appName}`, 'about')]),
    ],
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
