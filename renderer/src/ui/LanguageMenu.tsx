import { Languages } from 'lucide-react';
import { chooseUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES, useTranslation, isUiLanguage } from '../i18n';
import { DropdownMenu } from './menu';

/** The interface language as a menu of radio items, each language in its own name; the choice is remembered. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <DropdownMenu
      className="language-menu"
      label={t('language.choose')}
      title={t('language.choose')}
      namedByTrigger
      trigger={
        <>
          <Languages size={16} aria-hidden /> <span lang={current}>{LANGUAGE_NAMES[current]}</span>
        </>
      }
      sections={[
        {
          label: t('language.label'),
          items: UI_LANGUAGES.map((language) => ({
            label: LANGUAGE_NAMES[language],
            radio: true,
            checked: current === language,
            onSelect: () => void chooseUiLanguage(language),
          })),
        },
      ]}
    />
  );
}
