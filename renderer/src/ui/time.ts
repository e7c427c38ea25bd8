import { currentLanguage, formatRelativeTime } from '../i18n';

/** "3 minutes ago", "yesterday", "now", in the interface language at the moment of calling. */
export function relativeTime(then: number, now = Date.now()): string {
  return formatRelativeTime(then, now, currentLanguage());
}
