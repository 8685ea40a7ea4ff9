/**
 * One rater scores the matrix: one principle per step, the overall scale, then a review that shows what is
 * still open before submitting. After submitting, a hand-over screen hides everything for the next rater.
 * A seat protected by a personal code opens only once the backend accepted the code (the gate before it).
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary, Rater } from '../../../shared/domain/model';
import { isAnswered } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateContent } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFocusOnShow } from '../../lib/focus';
import { requireStored } from '../../lib/saveQueue';
import { CodeDialog, type CodeDialogMode } from './CodeDialog';
import { HandOver } from './HandOver';
import { CodeGate, seatCodeProblem } from './SeatCode';
import { ReviewBody, ScoringBar, ScoringHeading, StepBody, Stepper, type Step } from './ScoringSteps';
import { useScoring } from './store';
import { firstScoreIn } from './ItemCard';
import { roleName as roleNameOf } from '../../../shared/i18n/roles';

interface Props {
  audit: AuditSummary;
  rater: Rater;
  /** The seat's personal code, where the seat dialog already had it accepted. */
  code?: string | undefined;
  /** Called after pausing or leaving: back to the seats. */
  onLeave: () => void;
  /** The next rater takes over the laptop. */
  onHandOver: (rater: Rater) => void;
}

/** A code typed at the gate; `attempt` makes the same code typed again count as a new try. */
interface Typed {
  code: string | undefined;
  attempt: number;
}

/** Opens this rater's session with the audit's template; on leaving, stores what is pending and forgets it. */
function useScoringSession(audit: AuditSummary, rater: Rater, typed: Typed) {
  const open = useScoring((s) => s.open);
  const flush = useScoring((s) => s.flush);
  const clear = useScoring((s) => s.clear);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { code, attempt } = typed;
  useEffect(() => {
    let alive = true;
    clear();
    const withCode = code === undefined ? {} : { code };
    Promise.all([
      call('startScoring', { auditId: audit.id, rater, ...withCode }),
      call('getTemplate', { id: audit.template.id }),
    ])
      .then(([s, tpl]) => alive && open(s, tpl.content, code ?? null))
      .catch((err) => alive && setLoadError(err));
    return () => {
      alive = false;
      void flush().then(clear);
    };
  }, [audit.id, audit.template.id, rater, code, attempt, open, clear, flush]);
  return { loadError, setLoadError };
}

/** The session, opened with the seat's code; while the backend wants a (right) code, the gate asking for it. */
function useSeatOpening(audit: AuditSummary, rater: Rater, code: string | undefined, onLeave: () => void) {
  const [typed, setTyped] = useState<Typed>({ code, attempt: 0 });
  const { loadError, setLoadError } = useScoringSession(audit, rater, typed);
  if (!seatCodeProblem(loadError)) return { loadError, gate: null };
  const onCode = (c: string) => {
    setLoadError(null);
    setTyped((x) => ({ code: c, attempt: x.attempt + 1 }));
  };
  const name = rater === 'consultant' ? audit.consultant.name : audit.reviewer.name;
  // The first refusal only says that a code is needed; a refused code says so.
  const shown = typed.code === undefined ? null : loadError;
  return { loadError, gate: <CodeGate name={name} error={shown} onCode={onCode} onBack={onLeave} /> };
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
      const code = useScoring.getState().code;
      const args = { auditId, rater, confirmGaps: hasGaps && confirmGaps, ...(code === null ? {} : { code }) };
      setSubmitted(await call('submitRatings', args));
      clear();
    } catch (err) {
      setSubmitError(err);
    }
  };
  return { submitted, confirmGaps, setConfirmGaps, submitError, submit };
}

/**
 * Focus through the one helper: once loaded, on every step and on the hand-over, the new heading (the code gate
 * focuses its own field); after Enter on a step's last score, the next step's first score instead, to go on typing
 * (that scale is named by the step's heading, so the new step is announced). Returns the ways to change step.
 */
function useStepFocus(heading: RefObject<HTMLHeadingElement | null>, submitted: unknown, gate: unknown) {
  const [step, setStep] = useState(0);
  const body = useRef<HTMLElement>(null);
  const scoreFirstAt = useRef<number | null>(null);
  useFocusOnShow(
    () => {
      if (scoreFirstAt.current !== step) return heading.current;
      return firstScoreIn(body.current?.querySelector('article[data-item]'));
    },
    `${step}:${submitted ? 'handover' : 'scoring'}:${gate ? 'gate' : 'open'}`,
    !gate,
  );
  const goTo = (next: number, scoreFirst = false) => {
    scoreFirstAt.current = scoreFirst ? next : null;
    setStep(next);
  };
  return { step, body, goTo };
}

/** The bar above the steps, with pausing and choosing a personal code (in a dialog, optional when pausing). */
function SeatBar({
  audit,
  rater,
  answered,
  total,
  readOnly,
  onLeave,
}: {
  audit: AuditSummary;
  rater: Rater;
  answered: number;
  total: number;
  readOnly: boolean;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
  const protectedByCode = useScoring((s) => s.protectedByCode);
  const [codeDialog, setCodeDialog] = useState<CodeDialogMode | null>(null);
  return (
    <>
      <ScoringBar
        person={person}
        roleName={roleNameOf(t, audit, rater)}
        answered={answered}
        total={total}
        protectedByCode={protectedByCode}
        onPause={() => (protectedByCode || readOnly ? onLeave() : setCodeDialog('pause'))}
        onProtect={() => setCodeDialog('protect')}
      />
      <CodeDialog
        auditId={audit.id}
        rater={rater}
        name={person.name}
        mode={codeDialog}
        onCancel={() => setCodeDialog(null)}
        onDone={() => (codeDialog === 'pause' ? onLeave() : setCodeDialog(null))}
      />
    </>
  );
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

/** The steps with every item numbered, and which items are still open. */
function progressOf(steps: Step[], drafts: ReturnType<typeof useScoring.getState>['drafts']) {
  const allItems = steps.flatMap((s) => s.items);
  const numberOf = new Map(allItems.map((it, i) => [it.key, i + 1]));
  return { steps, allItems, numberOf, missing: allItems.filter((i) => !isAnswered(drafts[i.key])) };
}

export function ScoringFlow({ audit, rater, code, onLeave, onHandOver }: Props) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const { session, template, drafts, lastError } = useScoring();
  const other = rater === 'consultant' ? audit.reviewer : audit.consultant;
  const { loadError, gate } = useSeatOpening(audit, rater, code, onLeave);
  const { submitted, confirmGaps, setConfirmGaps, submitError, submit } = useSubmit(audit.id, rater);
  const heading = useRef<HTMLHeadingElement>(null);
  const { step, body, goTo } = useStepFocus(heading, submitted, gate);

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

  if (gate) return gate;
  if (loadError) return <ErrorBanner error={loadError} />;
  if (!session || !template) return <p>{t('common.loading')}</p>;

  const { steps, allItems, numberOf, missing } = progressOf(stepsOf(t, template, locale), drafts);
  const readOnly = session.submitted;

  const current = steps[step];
  return (
    <section className="scoring" aria-labelledby="scoring-title" ref={body}>
      <SeatBar
        audit={audit}
        rater={rater}
        answered={allItems.length - missing.length}
        total={allItems.length}
        readOnly={readOnly}
        onLeave={onLeave}
      />
      <Stepper steps={steps} step={step} drafts={drafts} onStep={(n) => goTo(n)} />
      <ErrorBanner error={lastError} />
      <ScoringHeading headingRef={heading} step={step} total={steps.length + 1} title={current?.title} />
      {current ? (
        <StepBody
          principleKey={current.key}
          intro={step < template.principles.length ? pick(template.principles[step]!.intro, locale) : null}
          items={current.items}
          numberOf={numberOf}
          readOnly={readOnly}
          locale={locale}
          isFirst={step === 0}
          isLast={step === steps.length - 1}
          onPrevious={() => goTo(step - 1)}
          onNext={() => goTo(step + 1)}
          onNextByKeyboard={() => goTo(step + 1, true)}
        />
      ) : (
        <ReviewBody
          steps={steps}
          missing={missing}
          numberOf={numberOf}
          locale={locale}
          confirmGaps={confirmGaps}
          onConfirmGaps={setConfirmGaps}
          onStep={(n) => goTo(n)}
          otherName={other.name}
          otherSubmitted={rater === 'consultant' ? audit.reviewerSubmitted : audit.consultantSubmitted}
          submitError={submitError}
          readOnly={readOnly}
          onPrevious={() => goTo(step - 1)}
          onSubmit={() => void submit(missing.length > 0)}
        />
      )}
    </section>
  );
}
