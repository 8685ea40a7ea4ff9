/** Turns API failures and form validation messages into the user's language. */
import type { TFunction } from 'i18next';
import { ApiCallError } from '../api/client';
import { UnsavedChangesError } from './saveQueue';

export function apiErrorText(t: TFunction, err: unknown): string {
  if (err instanceof UnsavedChangesError) {
    const stopped = err.step === 'signOff' ? t('errors.unsaved_sign_off') : t('errors.unsaved_submit');
    // Why the change is not stored (a full disk, a lost connection …), when a save said so.
    return err.reason ? `${stopped} ${apiErrorText(t, err.reason)}` : stopped;
  }
  if (err instanceof ApiCallError) {
    const e = err.error;
    return t(`errors.${e.code}`, { ...('params' in e ? e.params : {}), defaultValue: t('errors.internal') });
  }
  return t('errors.internal');
}

/** zod messages are our validation keys where we wrote them; zod's own English ones are mapped by kind. */
export function validationText(t: TFunction, message: string | undefined): string {
  if (!message) return t('validation.invalid');
  const key = `validation.${message}`;
  const direct = t(key, { defaultValue: '' });
  if (direct) return direct;
  if (/expected number|NaN/i.test(message)) return t('validation.number');
  if (/too big/i.test(message)) return t('validation.too_big');
  if (/too small/i.test(message)) return t('validation.too_small');
  if (/expected string.*undefined|required/i.test(message)) return t('validation.required');
  return t('validation.invalid');
}
