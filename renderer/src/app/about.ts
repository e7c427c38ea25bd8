/** Help › About: the version and what it runs on, from the host (the appInfo channel in Electron). */
import { getHost, type AppInfo } from '../platform';
import { i18n } from '../i18n';
import { errorMessage, toast } from '../ui/toasts';

export function aboutText(info: AppInfo): string {
  const runtime =
    info.electron !== null
      ? // Product names and version numbers, the same in every language.
        `Electron ${info.electron}, Chromium ${info.chrome ?? i18n.t('app.aboutUnknown')}, ${info.platform}`
      : info.platform === 'web'
        ? i18n.t('app.aboutBrowser')
        : info.platform;
  return i18n.t('app.about', { name: info.name, version: info.version, runtime });
}

export async function showAbout(): Promise<void> {
  try {
    toast.info(aboutText(await getHost().appInfo()));
  } catch (error) {
    toast.error(errorMessage(error, i18n.t('app.aboutFailed')));
  }
}
