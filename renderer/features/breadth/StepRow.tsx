/**
 * One safety-plan step: its label, the choice (not filled in / Datum / Nog niet / Niet van toepassing) and right
 * after it the day it happened, typed as dd/mm/jjjj. Typing a day makes the choice 'Datum'; the day is saved when
 * the field is left or Enter is pressed, the choice at once. Enter never leaves the screen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_STATES, type SafetyPlanStep, type StepState } from '../../../shared/domain/breadth';
import { dateProblem, dayMonthYear, parseTypedDate } from '../../../shared/domain/dates';
import { SaveStatus } from '../../components/SaveStatus';
import { apiErrorText, validationText } from '../../lib/errors';
import { useSteps } from './stepsStore';

/** What one row shows and does: its value, the typed day, the choice and the message under it. */
function useStepEditing(step: SafetyPlanStep) {
  const { t } = useTranslation();
  const value = useSteps((s) => s.values[step]) ?? { state: null, happenedOn: null };
  const save = useSteps((s) => s.saves[step]);
  const setStep = useSteps((s) => s.set);
  const [text, setText] = useState(() => dayMonthYear(value.happenedOn ?? ''));
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (state: StepState | null) => {
    setProblem(null);
    if (state === 'done') {
      const typed = parseTypedDate(text);
      setStep(step, { state, happenedOn: typed.kind === 'date' ? typed.iso : null });
    } else {
      setText('');
      setStep(step, { state, happenedOn: null });
    }
  };
  const commitDate = () => {
    const typed = parseTypedDate(text);
    if (typed.kind === 'empty') {
      setProblem(null);
      if (value.state === 'done') setStep(step, { state: 'done', happenedOn: null });
      return;
    }
    const iso = typed.kind === 'unreadable' ? text : typed.iso;
    const p = dateProblem(iso);
    setProblem(p);
    if (p !== null || typed.kind !== 'date') return;
    setText(dayMonthYear(typed.iso));
    if (value.state !== 'done' || value.happenedOn !== typed.iso)
      setStep(step, { state: 'done', happenedOn: typed.iso });
  };
  const needsDate = value.state === 'done' && value.happenedOn === null && problem === null;
  const message = problem
    ? validationText(t, problem)
    : save?.state === 'error' || save?.state === 'retrying'
      ? apiErrorText(t, save.error)
      : null;

  return { value, save, text, setText, choose, commitDate, needsDate, message };
}

export function StepRow({ step, n }: { step: SafetyPlanStep; n: number }) {
  const { t } = useTranslation();
  const { value, save, text, setText, choose, commitDate, needsDate, message } = useStepEditing(step);
  const id = `step-${step}`;

  return (
    <li className="step-row">
      <label className="step-row__label" htmlFor={`${id}-choice`}>
        <span className="step-row__n">{n}.</span> {t(`breadth.steps.${step}`)}
      </label>
      <div className="step-row__inputs">
        <select
          id={`${id}-choice`}
          value={value.state ?? ''}
          onChange={(e) => choose((e.target.value || null) as StepState | null)}
        >
          <option value="">{t('breadth.stepsPage.unset')}</option>
          {STEP_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`breadth.stepsPage.${s}`)}
            </option>
          ))}
        </select>
        <input
          id={`${id}-date`}
          type="text"
          className="step-row__date"
          aria-label={t('breadth.stepsPage.dateLabel', { n })}
          aria-describedby={message || needsDate ? `${id}-msg` : undefined}
          aria-invalid={message ? true : undefined}
          placeholder={t('dates.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitDate}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitDate();
            }
          }}
        />
        <SaveStatus state={save?.state} />
      </div>
      {(message || needsDate) && (
        <p
          id={`${id}-msg`}
          className={message ? 'field__error step-row__msg' : 'field__hint step-row__msg'}
          role="alert"
        >
          {message ?? t('breadth.stepsPage.needsDate')}
        </p>
      )}
    </li>
  );
}
