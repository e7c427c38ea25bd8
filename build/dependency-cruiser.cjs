/**
 * Who may import whom, folder by folder: the layers of renderer/src/README.md.
 * Anything not allowed here fails `npm run lint` (and so `npm test`).
 * `npm run graph` draws the same folders from the code.
 */
const SRC = '^renderer/src/';
const folder = (name) => `${SRC}${name}/`;
const any = (...names) => `^renderer/src/(${names.join('|')})/`;

/** The pure layers, then the services and the document session, then the editor, then features. */
const PURE = ['domain', 'storage', 'files', 'reports', 'exports'];
const BELOW_EDITOR = [...PURE, 'platform', 'i18n', 'ui', 'services', 'session'];
const FEATURES = ['workshop', 'insights-ui', 'files-ui', 'library', 'participant', 'table'];

/** Each rule: from this folder, these folders may be imported (besides the folder itself). */
const layers = [
  ['domain', []],
  ['storage', ['domain']],
  ['files', ['domain']],
  ['reports', ['domain']],
  ['exports', ['domain', 'reports']],
  ['platform', []],
  ['i18n', ['domain']],
  ['ui', ['domain', 'platform', 'i18n']],
  ['services', ['domain', 'platform', 'storage']],
  ['session', ['domain', 'storage']],
  ['editor', BELOW_EDITOR],
  ...FEATURES.map((feature) => [feature, [...BELOW_EDITOR, 'editor']]),
];

module.exports = {
  allowedSeverity: 'error',
  allowed: [
    ...layers.map(([from, to]) => ({
      comment: `${from} may import ${to.length ? to.join(', ') : 'nothing else in the renderer'}`,
      from: { path: folder(from) },
      to: { path: to.length ? [`${folder(from)}`, any(...to)] : folder(from) },
    })),
    {
      comment: 'app composes everything',
      from: { path: folder('app') },
      to: { path: SRC },
    },
    {
      comment: 'the entry point starts the app with its styles',
      from: { path: `${SRC}[^/]+$` },
      to: { path: [folder('app'), folder('styles'), `${SRC}[^/]+$`] },
    },
    {
      comment: 'the platform layer speaks the preload contract',
      from: { path: folder('platform') },
      to: { path: '^electron/common/' },
    },
    {
      comment: 'the live session, its host panel and the participant app speak the live-session protocol, and only it',
      from: { path: any('session', 'workshop', 'participant') },
      to: { path: '^electron/common/live\\.ts$' },
    },
    {
      comment: 'the Electron side imports only Electron-side code',
      from: { path: '^electron/' },
      to: { path: '^electron/' },
    },
    {
      comment: 'npm packages and Node built-ins, except where a rule below forbids them',
      from: {},
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'core', 'type-only'] },
    },
  ],
  forbidden: [
    {
      name: 'sqlite-only-in-the-team-server',
      comment:
        'better-sqlite3 is a native dev dependency: only the team server (npm run team-server) loads it, through electron/live/team-documents.ts',
      severity: 'error',
      from: { pathNot: '^electron/live/team-documents\\.ts$' },
      to: { path: '^node_modules/(better-sqlite3|@hocuspocus/extension-sqlite)/' },
    },
    {
      name: 'app-without-team-server',
      comment: 'the desktop app (main, preload, the web fallback) does not carry the team server and its SQLite store',
      severity: 'error',
      from: { path: '^electron/(main|preload|web|common)/' },
      to: { path: '^electron/live/team-' },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ runs anywhere: of all packages it imports only zod',
      severity: 'error',
      from: { path: folder('domain') },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'], pathNot: '^node_modules/zod/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|woff2?)$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    reporterOptions: {
      ddot: { collapsePattern: '^renderer/src/[^/]+|^electron/[^/]+' },
    },
  },
};
