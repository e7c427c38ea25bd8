import { t } from '../i18n';

/**
 * A journey's title as the library shows and says it: one cleared in the editor's title box
 * (stored blank) is shown as "Untitled journey", so its card, tree row and trash row are
 * neither blank nor unnamed for a screen reader. The stored title is left as it is.
 */
export function shownTitle(title: string): string {
  return title.trim() || t('library.untitled');
}
