/**
 * electron-builder `afterPack` hook: flips Electron's build-time fuses in the
 * packaged binary so features an attacker could use are gone for good,
 * whatever the environment or command line says at run time.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS module. */
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The fuse settings, exported so a unit test can check them. */
const WAYMARK_FUSES = {
  version: FuseVersion.V1,
  // `ELECTRON_RUN_AS_NODE=1 Waymark` would otherwise be a signed Node.js.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could inject code (`--require`) into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // `--inspect` would open a debugger port into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Cookies and other session data encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // Only the packaged app.asar runs, not a loose folder dropped beside it…
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // …and that asar must match the hash recorded at build time (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Waymark loads from app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Path of the Electron executable inside the packed output folder. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

// electron-builder's Arch enum values (builder-util).
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

async function afterPack(context) {
  const target = executablePath(context);
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Apple Silicon refuses binaries whose ad-hoc signature no longer matches.
  await flipFuses(target, {
    ...WAYMARK_FUSES,
    resetAdHocDarwinSignature: isMac && (context.arch === ARCH_ARM64 || context.arch === ARCH_UNIVERSAL),
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.WAYMARK_FUSES = WAYMARK_FUSES;
module.exports.executablePath = executablePath;
