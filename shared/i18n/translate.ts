/**
 * Translations: one core file per language plus one file per feature (scoring, conversation, report, backup, desktop, help),
 * merged here so features never edit each other's strings. Used by React (renderer/i18n.ts) and by Node
 * code (CLI, Electron main, PDF) alike.
 */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/template';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import scoringEn from './scoring.en.json' with { type: 'json' };
import scoringNl from './scoring.nl.json' with { type: 'json' };
import backupEn from './backup.en.json' with { type: 'json' };
import backupNl from './backup.nl.json' with { type: 'json' };
import conversationEn from './conversation.en.json' with { type: 'json' };
import conversationNl from './conversation.nl.json' with { type: 'json' };
import reportEn from './report.en.json' with { type: 'json' };
import reportNl from './report.nl.json' with { type: 'json' };
import desktopEn from './desktop.en.json' with { type: 'json' };
import desktopNl from './desktop.nl.json' with { type: 'json' };
import helpEn from './help.en.json' with { type: 'json' };
import helpNl from './help.nl.json' with { type: 'json' };
import correctEn from './correct.en.json' with { type: 'json' };
import correctNl from './correct.nl.json' with { type: 'json' };
import privacyEn from './privacy.en.json' with { type: 'json' };
import privacyNl from './privacy.nl.json' with { type: 'json' };
import eraseEn from './erase.en.json' with { type: 'json' };
import eraseNl from './erase.nl.json' with { type: 'json' };
import retentionEn from './retention.en.json' with { type: 'json' };
import retentionNl from './retention.nl.json' with { type: 'json' };
import matrixChoiceEn from './matrixChoice.en.json' with { type: 'json' };
import matrixChoiceNl from './matrixChoice.nl.json' with { type: 'json' };
import keyEn from './key.en.json' with { type: 'json' };
import keyNl from './key.nl.json' with { type: 'json' };
import matrixEn from './matrix.en.json' with { type: 'json' };
import matrixNl from './matrix.nl.json' with { type: 'json' };
import matrixEditorEn from './matrixEditor.en.json' with { type: 'json' };
import matrixEditorNl from './matrixEditor.nl.json' with { type: 'json' };
import breadthEn from './breadth.en.json' with { type: 'json' };
import breadthNl from './breadth.nl.json' with { type: 'json' };
import teamViewEn from './teamView.en.json' with { type: 'json' };
import teamViewNl from './teamView.nl.json' with { type: 'json' };
import followUpEn from './followUp.en.json' with { type: 'json' };
import followUpNl from './followUp.nl.json' with { type: 'json' };

const merge = (...parts: Record<string, unknown>[]) => Object.assign({}, ...parts) as Record<string, unknown>;

export const resources = {
  nl: {
    translation: merge(
      nl,
      scoringNl,
      conversationNl,
      reportNl,
      backupNl,
      desktopNl,
      helpNl,
      correctNl,
      privacyNl,
      eraseNl,
      retentionNl,
      keyNl,
      matrixNl,
      matrixEditorNl,
      matrixChoiceNl,
      breadthNl,
      teamViewNl,
      followUpNl,
    ),
  },
  en: {
    translation: merge(
      en,
      scoringEn,
      conversationEn,
      reportEn,
      backupEn,
      desktopEn,
      helpEn,
      correctEn,
      privacyEn,
      eraseEn,
      retentionEn,
      keyEn,
      matrixEn,
      matrixEditorEn,
      matrixChoiceEn,
      breadthEn,
      teamViewEn,
      followUpEn,
    ),
  },
} as const;
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
    });
    t = instance.t.bind(instance) as TFunction;
    cache.set(locale, t);
  }
  return t;
}
