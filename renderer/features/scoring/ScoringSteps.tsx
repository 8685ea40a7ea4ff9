/** The parts of the scoring screen: who is scoring and how far, the stepper, one step's items and the review. */
import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { isAnswered } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateItem } from '../../../shared/domain/template';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PrincipleHelp } from '../../components/PrincipleHelp';
import { focusScoreIn, ItemCard } from './ItemCard';
import type { Draft } from './store';
import { Sentence, slot } from '../../components/UserText';

export interface Step {
  key: string;
  title: string;
  items: TemplateItem[];
}

export function ScoringBar({
  person,
  roleName,
  answered,
  total,
  protectedByCode,
  onPause,
  onProtect,
}: {
  person: Pick<Person, 'name' | 'role'>;
  /** This participant's role in the audit (shared/i18n/roles.ts). */
  roleName: string;
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
          text={t('scoring.scoringAs', { name: slot('name'), role: slot('role') })}
          user={{ name: person.name, role: roleName }}
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
 * One step under its heading: the principle's intro, how to score by keyboard, its items, the help about the
 * principle, and the way back and forward. The help comes after the items so it adds no Tab stop between the heading
 * and the first score. Enter on an item's score moves to the next item's score; on the step's last item, to the next
 * step (`onNextByKeyboard`, which puts focus on that step's first score).
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
  onNextByKeyboard,
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
  onNextByKeyboard: () => void;
}) {
  const { t } = useTranslation();
  const cards = useRef<HTMLFieldSetElement>(null);
  const after = (i: number) => () => {
    const next = cards.current?.querySelectorAll('article[data-item]')[i + 1];
    if (next) focusScoreIn(next);
    else onNextByKeyboard();
  };
  return (
    <>
      {intro !== null && <p className="muted">{intro}</p>}
      {isFirst && !readOnly && <p className="muted small privacy-hint">{t('privacy.notesOnPdf')}</p>}
      {readOnly ? (
        <p className="banner banner--info">{t('scoring.submittedReadOnly')}</p>
      ) : (
        <p className="muted small scoring__keys">{t('scoring.keysHint')}</p>
      )}
      <fieldset disabled={readOnly} className="plain" ref={cards}>
        {items.map((it, i) => (
          <ItemCard
            key={it.key}
            item={it}
            index={numberOf.get(it.key)!}
            locale={locale}
            onNext={after(i)}
            stepHeadingId={i === 0 ? 'scoring-title' : undefined}
          />
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
  otherSubmitted,
  submitError,
  readOnly,
  onPrevious,
  onSubmit,
  ...open
}: Parameters<typeof StillOpen>[0] & {
  otherName: string;
  /** Whether the other participant has already submitted: then there is nobody left to wait for. */
  otherSubmitted: boolean;
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
        <Sentence
          text={t(otherSubmitted ? 'scoring.submitExplainOtherDone' : 'scoring.submitExplain', { name: slot('name') })}
          user={{ name: otherName }}
        />
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
