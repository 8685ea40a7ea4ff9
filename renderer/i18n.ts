/** i18next for React: Dutch (nl-BE) by default, English second; the choice is remembered on this device. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../shared/i18n/translate';
import type { Locale } from '../shared/domain/template';

const STORAGE_KEY = 'casusaudit.locale';

function storedLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: 'nl',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function setLocale(locale: Locale): void {
  void i18next.changeLanguage(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* storage unavailable: the choice lasts for this session only */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'nl' ? 'nl-BE' : 'en';
}

export const currentLocale = (): Locale => (i18next.language === 'en' ? 'en' : 'nl');
export default i18next;
