/** A seat's personal code on screen: typing it, choosing one, what to do when it is lost, and the gate before a seat. */
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SEAT_CODE } from '../../../shared/domain/scoring';
import { ApiCallError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFocusOnShow } from '../../lib/focus';
import { Field } from '../../components/Field';
import './seats.css';

/** One hidden-text input for a code (nobody reads it over a shoulder); Enter confirms. */
export function CodeInput({
  label,
  value,
  onChange,
  onEnter,
  error,
  fresh,
  inputRef,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onEnter: () => void;
  error?: string | undefined;
  /** A code being chosen (not one being typed to open a seat). */
  fresh?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div className="seat-code">
      <Field label={label} error={error}>
        <input
          ref={inputRef}
          type="password"
          value={value}
          maxLength={SEAT_CODE.max * 2}
          autoComplete={fresh ? 'new-password' : 'off'}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            onEnter();
          }}
        />
      </Field>
    </div>
  );
}

/** Said wherever a code is chosen or asked for: it cannot be recovered, and what to do then. */
export function LostCodeNote({ choosing }: { choosing?: boolean }) {
  const { t } = useTranslation();
  return <p className="muted small">{choosing ? t('scoring.protectWarning') : t('scoring.codeLost')}</p>;
}

/** The backend's refusal for a missing or wrong seat code, as a validation key for the code field; else null. */
export function seatCodeProblem(err: unknown): 'seat_code_required' | 'seat_code_wrong' | null {
  if (!(err instanceof ApiCallError)) return null;
  const code = err.error.code;
  return code === 'seat_code_required' || code === 'seat_code_wrong' ? code : null;
}

/** Checks a chosen code and its repetition; returns a validation key or null. */
export function newCodeProblem(code: string, repeat: string): string | null {
  const c = code.normalize('NFC').trim();
  if (c.length < SEAT_CODE.min || c.length > SEAT_CODE.max) return 'seat_code_length';
  if (c !== repeat.normalize('NFC').trim()) return 'seat_code_repeat';
  return null;
}

/**
 * Before a protected seat opens (e.g. straight after a hand-over): its rater types the code. Nothing of the seat is
 * loaded until the backend accepted it.
 */
export function CodeGate({
  name,
  error,
  onCode,
  onBack,
}: {
  name: string;
  error: unknown;
  onCode: (code: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useFocusOnShow(input, error);
  const submit = () => {
    if (code.trim() !== '') onCode(code);
  };
  return (
    <section className="handover" aria-labelledby="gate-title">
      <h1 id="gate-title">{t('scoring.gateTitle')}</h1>
      <p>{t('scoring.gateText', { name })}</p>
      <ErrorBanner error={seatCodeProblem(error) ? null : error} />
      <CodeInput
        inputRef={input}
        label={t('scoring.codeLabel')}
        value={code}
        onChange={setCode}
        onEnter={submit}
        error={seatCodeProblem(error) ?? undefined}
      />
      <LostCodeNote />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onBack}>
          {t('scoring.toOverview')}
        </button>
        <button type="button" className="btn btn--primary" onClick={submit}>
          {t('scoring.gateOpen')}
        </button>
      </div>
    </section>
  );
}
