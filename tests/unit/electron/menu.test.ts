import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, RecentFile } from '../../../electron/common/contract';
import { MENU_LABEL_KEYS, type MenuLabels } from '../../../electron/common/contract';
import { buildMenuTemplate, DEFAULT_MENU_LABELS, type MenuOptions } from '../../../electron/main/menu/template';
import { CATALOGUES } from '../../../renderer/src/i18n';
const { en, hy, ta } = CATALOGUES as unknown as Record<'en' | 'hy' | 'ta', { menu: MenuLabels }>;
import { SEED_TITLES } from './helpers';

type Item = MenuItemConstructorOptions;

const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'Waymark',
  isPackaged: true,
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  ...over,
});

const sub = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const top = (template: Item[], label: string) => template.find((i) => i.label === label);
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label);
const labels = (items: Item[]) => items.map((i) => i.label ?? i.role ?? i.type);

/** Clicks an item the way Electron would (the handler ignores its arguments). */
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

const RECENT: RecentFile[] = [
  { name: `${SEED_TITLES.hy.slice(0, 16)}.journey`, path: '/maps/hy.journey', openedAt: 2 },
  { name: 'Onboarding.journey', path: '/maps/onboarding.journey', openedAt: 1 },
];

describe('application menu', () => {
  it('macOS: app menu first with About, services, hide and quit; File ends with Close; a Window menu', () => {
    const t = buildMenuTemplate('darwin', vi.fn(), [], options());
    expect(labels(t)).toEqual(['Waymark', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(labels(sub(t[0]))).toEqual([
      'About Waymark',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(sub(top(t, 'File')).at(-1)).toEqual({ role: 'close' });
    expect(labels(sub(top(t, 'Help')))).toEqual(['Keyboard Shortcuts']);
  });

  it('Windows and Linux: no app menu, Quit with Ctrl+Q in File, About in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const t = buildMenuTemplate(platform, vi.fn(), [], options());
      expect(labels(t)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(sub(top(t, 'File')).at(-1)).toEqual({ role: 'quit', accelerator: 'Ctrl+Q' });
      expect(labels(sub(top(t, 'Help')))).toEqual(['Keyboard Shortcuts', 'separator', 'About Waymark']);
    }
  });

  it('File has the journey commands, Open Recent and every export', () => {
    const file = sub(top(buildMenuTemplate('linux', vi.fn(), [], options()), 'File'));
    expect(labels(file)).toEqual([
      'New Journey',
      'Open…',
      'Open Recent',
      'separator',
      'Save As…',
      'separator',
      'Import CSV…',
      'Export',
      'separator',
      'Start Live Session…',
      'separator',
      'quit',
    ]);
    expect(labels(sub(byLabel(file, 'Export')))).toEqual([
      'PDF…',
      'PNG…',
      'SVG…',
      'HTML…',
      'Interactive Viewer (HTML)…',
      'Markdown…',
      'CSV…',
      'XLSX…',
      'PowerPoint (.pptx)…',
      'Poster (PDF)…',
    ]);
    expect(byLabel(file, 'New Journey')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(file, 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(file, 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
  });

  it('every command item sends its menu command', () => {
    const sent: MenuCommand[] = [];
    const t = buildMenuTemplate('linux', (c) => sent.push(c), [], options());
    const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(sub(i))]);
    const all = walk(t);
    for (const item of all.filter((i) => i.id !== undefined && i.click !== undefined)) click(item);
    expect(sent.sort()).toEqual(
      [
        'new-journey',
        'open',
        'save-as',
        'import-csv',
        'start-live-session',
        'export-pdf',
        'export-png',
        'export-svg',
        'export-html',
        'export-viewer',
        'export-markdown',
        'export-csv',
        'export-xlsx',
        'export-pptx',
        'export-poster',
        'undo',
        'redo',
        'select-all',
        'find',
        'zoom-in',
        'zoom-out',
        'zoom-reset',
        'fit-view',
        'shortcuts',
        'about',
        'language-en',
        'language-ta',
        'language-te',
        'language-ml',
        'language-hy',
      ].sort(),
    );
  });

  it('Edit: Undo/Redo/Select All are commands (not roles) with platform accelerators, clipboard items are roles', () => {
    const edit = (p: NodeJS.Platform) => sub(top(buildMenuTemplate(p, vi.fn(), [], options()), 'Edit'));
    for (const p of ['darwin', 'win32', 'linux'] as const) {
      const undo = byLabel(edit(p), 'Undo');
      expect(undo).toMatchObject({ id: 'undo', accelerator: 'CmdOrCtrl+Z' });
      expect(undo?.role).toBeUndefined();
      expect(byLabel(edit(p), 'Redo')?.role).toBeUndefined();
      expect(byLabel(edit(p), 'Select All')).toMatchObject({ id: 'select-all', accelerator: 'CmdOrCtrl+A' });
      expect(byLabel(edit(p), 'Select All')?.role).toBeUndefined();
      expect(
        edit(p)
          .filter((i) => i.role !== undefined)
          .map((i) => i.role),
      ).toEqual(p === 'darwin' ? ['cut', 'copy', 'paste', 'pasteAndMatchStyle'] : ['cut', 'copy', 'paste']);
    }
    expect(byLabel(edit('darwin'), 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(byLabel(edit('win32'), 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(byLabel(edit('linux'), 'Redo')?.accelerator).toBe('Ctrl+Shift+Z');
  });

  it('View: zoom and fit as commands, fullscreen, devtools only when not packaged', () => {
    const view = (isPackaged: boolean) =>
      sub(top(buildMenuTemplate('win32', vi.fn(), [], options({ isPackaged })), 'View'));
    expect(labels(view(true))).toEqual([
      'Zoom In',
      'Zoom Out',
      'Actual Size',
      'Fit View',
      'separator',
      'Language',
      'separator',
      'togglefullscreen',
    ]);
    expect(
      view(true)
        .slice(0, 4)
        .map((i) => i.accelerator),
    ).toEqual(['CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0', 'CmdOrCtrl+1']);
    expect(labels(view(false))).toContain('toggleDevTools');
    expect(labels(view(true))).not.toContain('toggleDevTools');
  });

  it('Open Recent lists the recent journeys and reopens them by path; empty list shows a disabled item', () => {
    const opts = options();
    const recentMenu = (files: RecentFile[]) =>
      sub(byLabel(sub(top(buildMenuTemplate('linux', vi.fn(), files, opts), 'File')), 'Open Recent'));
    expect(recentMenu([])).toEqual([{ label: 'No Recent Journeys', enabled: false }]);

    const items = recentMenu(RECENT);
    expect(labels(items)).toEqual([RECENT[0]!.name, 'Onboarding.journey', 'separator', 'Clear Recent']);
    click(items[0]);
    expect(opts.openRecent).toHaveBeenCalledWith('/maps/hy.journey');
    click(byLabel(items, 'Clear Recent'));
    expect(opts.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('no two items in the same platform menu share an accelerator', () => {
    for (const p of ['darwin', 'win32', 'linux'] as const) {
      const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(sub(i))]);
      const accels = walk(buildMenuTemplate(p, vi.fn(), RECENT, options({ isPackaged: false })))
        .map((i) => i.accelerator)
        .filter((a): a is string => typeof a === 'string');
      expect(new Set(accels).size, p).toBe(accels.length);
    }
  });

  it('takes its words from the catalogues: English by default (the English catalogue), then the chosen language', () => {
    expect(DEFAULT_MENU_LABELS).toEqual(en.menu);
    expect(Object.keys(ta.menu).sort()).toEqual([...MENU_LABEL_KEYS].sort());
    const tamil = buildMenuTemplate('linux', vi.fn(), [], options({ labels: ta.menu as MenuLabels, language: 'ta' }));
    expect(labels(tamil)).toEqual([ta.menu.file, ta.menu.edit, ta.menu.view, ta.menu.help]);
    expect(byLabel(sub(top(tamil, ta.menu.help)), 'Waymark பற்றி')).toMatchObject({ id: 'about' });
    const armenian = buildMenuTemplate(
      'darwin',
      vi.fn(),
      [],
      options({ labels: hy.menu as MenuLabels, language: 'hy' }),
    );
    expect(labels(sub(armenian[0]))[0]).toBe('Waymark-ի մասին');
    expect(byLabel(sub(top(armenian, hy.menu.edit)), hy.menu.undo)).toMatchObject({
      id: 'undo',
      accelerator: 'CmdOrCtrl+Z',
    });
  });

  it('View › Language lists the five languages in their own names, the chosen one checked, each sending its command', () => {
    const sent: MenuCommand[] = [];
    const t = buildMenuTemplate(
      'linux',
      (c) => sent.push(c),
      [],
      options({ labels: ta.menu as MenuLabels, language: 'ta' }),
    );
    const languages = sub(byLabel(sub(top(t, ta.menu.view)), ta.menu.language));
    expect(labels(languages)).toEqual(['English', 'தமிழ்', 'తెలుగు', 'മലയാളം', 'Հայերեն']);
    expect(languages.filter((i) => i.checked).map((i) => i.id)).toEqual(['language-ta']);
    click(byLabel(languages, 'Հայերեն'));
    expect(sent).toEqual(['language-hy']);
  });
});
