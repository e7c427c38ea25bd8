import { afterEach, describe, expect, it } from 'vitest';
import { SHORTCUTS, type Shortcut } from '../../../renderer/src/editor/keyboard';
import { WORKSHOP_SHORTCUTS } from '../../../renderer/src/workshop/keys';
import { i18n, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';

/** Words a key cap may hold in any language: the names printed on the keys. */
const KEY_NAMES =
  /\b(Ctrl|Shift|Alt|Enter|Escape|Esc|Delete|Backspace|Tab|Insert|Page|Up|Down|F2|F10|[A-Z])\b|[⌘←↑→↓−+/?,]/g;

const rows: readonly Shortcut[] = [...SHORTCUTS.flatMap((g) => g.items), ...WORKSHOP_SHORTCUTS];

describe('the keyboard shortcut sheet’s key caps', () => {
  afterEach(() => setUiLanguage('en'));

  it('hold key names only, or say their word in the interface language ("Arrows" and "drag" stayed English)', async () => {
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const row of rows) {
        const cap = row.keysText ? i18n.t(row.keysText) : row.keys;
        expect(cap, `${language}: ${row.keys}`).not.toMatch(/\{\{|shortcuts\./);
        if (language !== 'en') expect(cap.replace(KEY_NAMES, ''), `${language}: ${row.keys}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});
