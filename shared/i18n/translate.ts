/** Translation outside React (CLI, main process, PDF): the same i18next resources the renderer uses. */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/template';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;
export const DEFAULT_LOCALE: Locale = 'nl';

const cache = new Map<Locale, TFunction>();

export function translate(locale: Locale): TFunction {
  let t = cache.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: locale,
      fallbackLng: 'nl',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    cache.set(locale, t);
  }
  return t;
}
