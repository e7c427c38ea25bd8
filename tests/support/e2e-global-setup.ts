import { existsSync } from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { chromiumPath, electronBinaryPath, RENDERER_DIST, ROOT } from './paths';

/** Before the e2e project: a browser to drive, and a built renderer. */
export default function setup() {
  if (!electronBinaryPath() && !chromiumPath()) {
    throw new Error(
      'End-to-end tests need Electron or Chromium. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.',
    );
  }
  if (!existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
}
