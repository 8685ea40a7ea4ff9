/** The parts of the scoring screen: who is scoring and how far, the stepper, one step's items and the review. */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { isAnswered } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateItem } from '../../../shared/domain/template';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PrincipleHelp } from '../../components/PrincipleHelp';
import { ItemCard } from './ItemCard';
import type { Draft } from './store';
import { Sentence, slot } from '../../components/UserText';

export interface Step {
  key: string;
  title: string;
  items: TemplateItem[];
}

export function ScoringBar({
  person,
  answered,
  total,
  protectedByCode,
  onPause,
  onProtect,
}: {
  person: Pick<Person, 'name' | 'role'>;
  answered: number;
  total: number;
  protectedByCode: boolean;
  onPause: () => void;
  /** Choose a personal code for this seat (offered while it has none). */
  onProtect: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="scoring__bar">
      <p className="scoring__who">
        <Sentence
          text={t('scoring.scoringAs', { name: slot('name'), role: t(`roles.${person.role}`) })}
          user={{ name: person.name }}
        />
        <button type="button" className="btn btn--link" onClick={onPause}>
          {t('scoring.pause')}
        </button>
        {protectedByCode ? (
          <span className="muted small"> · {t('scoring.protectedNote')}</span>
        ) : (
          <button type="button" className="btn btn--link" onClick={onProtect}>
            {t('scoring.protect')}
          </button>
        )}
      </p>
      <div className="scoring__progress">
        <label htmlFor="scoring-progress">{t('scoring.progress', { answered, total })}</label>
        <progress id="scoring-progress" max={total} value={answered} />
      </div>
    </div>
  );
}

/** Every step by name with how many of its items are answered, then the review; the current one is marked. */
export function Stepper({
  steps,
  step,
  drafts,
  onStep,
}: {
  steps: Step[];
  step: number;
  drafts: Record<string, Draft>;
  onStep: (step: number) => void;
}) {
  const { t } = useTranslation();
  const reviewStep = steps.length;
  return (
    <nav aria-label={t('scoring.stepsLabel')}>
      <ol className="stepper">
        {[...steps.map((s) => s.title), t('scoring.reviewStep')].map((title, i) => {
          const items = steps[i]?.items ?? [];
          const done = items.filter((it) => isAnswered(drafts[it.key])).length;
          return (
            <li key={title}>
              <button
                type="button"
                className="stepper__btn"
                aria-current={i === step ? 'step' : undefined}
                onClick={() => onStep(i)}
              >
                <span className="stepper__title">{title}</span>
                {i < reviewStep && (
                  <span className="stepper__count">{t('scoring.stepCount', { done, total: items.length })}</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The heading of a step ("step 2 of 7" above its title) or of the review (no title); focused on every step. */
export function ScoringHeading({
  headingRef,
  step,
  total,
  title,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  step: number;
  total: number;
  title: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <h1 id="scoring-title" tabIndex={-1} ref={headingRef}>
      {title !== undefined ? (
        <>
          <span className="muted small">{t('scoring.stepOf', { step: step + 1, total })}</span>
          <br />
          {title}
        </>
      ) : (
        t('scoring.reviewTitle')
      )}
    </h1>
  );
}

/**
 * One step under its heading: the principle's intro, its items, the help about the principle, and the way back and
 * forward. The help comes after the items so it adds no Tab stop between the heading and the first score.
 */
export function StepBody({
  principleKey,
  intro,
  items,
  numberOf,
  readOnly,
  locale,
  isFirst,
  isLast,
  onPrevious,
  onNext,
}: {
  principleKey: string;
  intro: string | null;
  items: TemplateItem[];
  numberOf: Map<string, number>;
  readOnly: boolean;
  locale: Locale;
  isFirst: boolean;
  isLast: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {intro !== null && <p className="muted">{intro}</p>}
      {isFirst && !readOnly && <p className="muted small privacy-hint">{t('privacy.notesOnPdf')}</p>}
      {readOnly && <p className="banner banner--info">{t('scoring.submittedReadOnly')}</p>}
      <fieldset disabled={readOnly} className="plain">
        {items.map((it) => (
          <ItemCard key={it.key} item={it} index={numberOf.get(it.key)!} locale={locale} />
        ))}
      </fieldset>
      <PrincipleHelp principleKey={principleKey} />
      <div className="form-actions">
        <button type="button" className="btn" disabled={isFirst} onClick={onPrevious}>
          {t('scoring.previous')}
        </button>
        <button type="button" className="btn btn--primary" onClick={onNext}>
          {isLast ? t('scoring.toReview') : t('scoring.next')}
        </button>
      </div>
    </>
  );
}

/** What is still open, each with a way back to it, and confirming the gaps before submitting anyway. */
function StillOpen({
  steps,
  missing,
  numberOf,
  locale,
  confirmGaps,
  onConfirmGaps,
  onStep,
}: {
  steps: Step[];
  missing: TemplateItem[];
  numberOf: Map<string, number>;
  locale: Locale;
  confirmGaps: boolean;
  onConfirmGaps: (confirm: boolean) => void;
  onStep: (step: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--info">
      <p>{t('scoring.stillOpen', { count: missing.length })}</p>
      <ul>
        {missing.map((m) => {
          const s = steps.findIndex((st) => st.items.includes(m));
          return (
            <li key={m.key}>
              <button type="button" className="btn btn--link" onClick={() => onStep(s)}>
                {numberOf.get(m.key)}. {pick(m.title, locale)}
              </button>
            </li>
          );
        })}
      </ul>
      <label className="choice">
        <input type="checkbox" checked={confirmGaps} onChange={(e) => onConfirmGaps(e.target.checked)} />{' '}
        {t('scoring.confirmGaps', { count: missing.length })}
      </label>
    </div>
  );
}

/** The review under its heading: what is still open, then submitting. */
export function ReviewBody({
  otherName,
  submitError,
  readOnly,
  onPrevious,
  onSubmit,
  ...open
}: Parameters<typeof StillOpen>[0] & {
  otherName: string;
  submitError: unknown;
  readOnly: boolean;
  onPrevious: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const gaps = open.missing.length > 0;
  return (
    <>
      {gaps ? <StillOpen {...open} /> : <p className="banner banner--ok">{t('scoring.allAnswered')}</p>}
      <p className="muted">
        <Sentence text={t('scoring.submitExplain', { name: slot('name') })} user={{ name: otherName }} />
      </p>
      <ErrorBanner error={submitError} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onPrevious}>
          {t('scoring.previous')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={readOnly || (gaps && !open.confirmGaps)}
          onClick={onSubmit}
        >
          {t('scoring.submit')}
        </button>
      </div>
    </>
  );
}
