/** Help › About: the version and what it runs on, from the host (the appInfo channel in Electron). */
import { getHost, type AppInfo } from '../platform';
import { errorMessage, toast } from '../ui/toasts';

export function aboutText(info: AppInfo): string {
  const runtime =
    info.electron !== null
      ? ` (Electron ${info.electron}, Chromium ${info.chrome ?? 'unknown'}, ${info.platform})`
      : ` (${info.platform === 'web' ? 'in your browser' : info.platform})`;
  return `${info.name} ${info.version}${runtime}. Your journeys stay on this computer; Waymark sends nothing anywhere.`;
}

export async function showAbout(): Promise<void> {
  try {
    toast.info(aboutText(await getHost().appInfo()));
  } catch (error) {
    toast.error(errorMessage(error, 'Waymark could not read its version; please try again.'));
  }
}
