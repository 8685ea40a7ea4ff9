/**
 * One rater scores the matrix: one principle per step, the overall scale, then a review that shows what is
 * still open before submitting. After submitting, a hand-over screen hides everything for the next rater.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary, Rater } from '../../../shared/domain/model';
import { isAnswered } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { requireStored } from '../../lib/saveQueue';
import { HandOver } from './HandOver';
import { ReviewBody, ScoringBar, ScoringHeading, StepBody, Stepper, type Step } from './ScoringSteps';
import { useScoring } from './store';

interface Props {
  audit: AuditSummary;
  rater: Rater;
  /** Called after submitting or leaving, with the audit as it now stands. */
  onLeave: () => void;
  /** The next rater takes over the laptop. */
  onHandOver: (rater: Rater) => void;
}

/** Opens this rater's session with the audit's template; on leaving, stores what is pending and forgets it. */
function useScoringSession(audit: AuditSummary, rater: Rater) {
  const open = useScoring((s) => s.open);
  const flush = useScoring((s) => s.flush);
  const clear = useScoring((s) => s.clear);
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    clear();
    Promise.all([call('startScoring', { auditId: audit.id, rater }), call('getTemplate', { id: audit.template.id })])
      .then(([s, tpl]) => alive && open(s, tpl.content))
      .catch((err) => alive && setLoadError(err));
    return () => {
      alive = false;
      void flush().then(clear);
    };
  }, [audit.id, audit.template.id, rater, open, clear, flush]);
  return loadError;
}

/** Submitting this rater's answers (with or without confirmed gaps); afterwards they are cleared from memory. */
function useSubmit(auditId: number, rater: Rater) {
  const flush = useScoring((s) => s.flush);
  const clear = useScoring((s) => s.clear);
  const [submitted, setSubmitted] = useState<AuditSummary | null>(null);
  const [confirmGaps, setConfirmGaps] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const submit = async (hasGaps: boolean) => {
    setSubmitError(null);
    try {
      // Only what is stored can be submitted: a change that is not (yet) stored stops it, with the reason.
      requireStored('submit')(await flush());
      setSubmitted(await call('submitRatings', { auditId, rater, confirmGaps: hasGaps && confirmGaps }));
      clear();
    } catch (err) {
      setSubmitError(err);
    }
  };
  return { submitted, confirmGaps, setConfirmGaps, submitError, submit };
}

/** One step per principle, then the overall scale. */
const stepsOf = (t: TFunction, template: TemplateContent, locale: Locale): Step[] => [
  ...template.principles.map((p) => ({
    key: p.key,
    title: pick(p.title, locale),
    items: p.items,
    intro: pick(p.intro, locale),
  })),
  { key: 'overall', title: t('scoring.overallStep'), items: [template.overall] },
];

export function ScoringFlow({ audit, rater, onLeave, onHandOver }: Props) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const { session, template, drafts, lastError } = useScoring();
  const loadError = useScoringSession(audit, rater);
  const [step, setStep] = useState(0);
  const { submitted, confirmGaps, setConfirmGaps, submitError, submit } = useSubmit(audit.id, rater);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [step, submitted]);

  const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
  const other = rater === 'consultant' ? audit.reviewer : audit.consultant;

  // The hand-over comes first: submitting clears this rater's answers from memory (session included).
  if (submitted) {
    return (
      <HandOver
        audit={audit}
        submitted={submitted}
        rater={rater}
        headingRef={heading}
        onLeave={onLeave}
        onHandOver={onHandOver}
      />
    );
  }

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!session || !template) return <p>{t('common.loading')}</p>;

  const steps = stepsOf(t, template, locale);
  const allItems = steps.flatMap((s) => s.items);
  const answered = allItems.filter((i) => isAnswered(drafts[i.key])).length;
  const readOnly = session.submitted;
  const numberOf = new Map(allItems.map((it, i) => [it.key, i + 1]));
  const missing = allItems.filter((i) => !isAnswered(drafts[i.key]));

  const current = steps[step];
  return (
    <section className="scoring" aria-labelledby="scoring-title">
      <ScoringBar person={person} answered={answered} total={allItems.length} onLeave={onLeave} />
      <Stepper steps={steps} step={step} drafts={drafts} onStep={setStep} />
      <ErrorBanner error={lastError} />
      <ScoringHeading headingRef={heading} step={step} total={steps.length + 1} title={current?.title} />
      {current ? (
        <StepBody
          intro={step < template.principles.length ? pick(template.principles[step]!.intro, locale) : null}
          items={current.items}
          numberOf={numberOf}
          readOnly={readOnly}
          locale={locale}
          isFirst={step === 0}
          isLast={step === steps.length - 1}
          onPrevious={() => setStep(step - 1)}
          onNext={() => setStep(step + 1)}
        />
      ) : (
        <ReviewBody
          steps={steps}
          missing={missing}
          numberOf={numberOf}
          locale={locale}
          confirmGaps={confirmGaps}
          onConfirmGaps={setConfirmGaps}
          onStep={setStep}
          otherName={other.name}
          submitError={submitError}
          readOnly={readOnly}
          onPrevious={() => setStep(step - 1)}
          onSubmit={() => void submit(missing.length > 0)}
        />
      )}
    </section>
  );
}
