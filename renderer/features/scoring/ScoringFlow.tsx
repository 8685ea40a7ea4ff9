/**
 * One rater scores the matrix: one principle per step, the overall scale, then a review that shows what is
 * still open before submitting. After submitting, a hand-over screen hides everything for the next rater.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { otherRater, type AuditSummary, type Rater } from '../../../shared/domain/model';
import { isAnswered } from '../../../shared/domain/scoring';
import { pick, type Locale, type TemplateItem } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemCard } from './ItemCard';
import { useScoring } from './store';

interface Props {
  audit: AuditSummary;
  rater: Rater;
  /** Called after submitting or leaving, with the audit as it now stands. */
  onLeave: () => void;
  /** The next rater takes over the laptop. */
  onHandOver: (rater: Rater) => void;
}

export function ScoringFlow({ audit, rater, onLeave, onHandOver }: Props) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const { session, template, drafts, open, flush, clear, lastError } = useScoring();
  const [loadError, setLoadError] = useState<unknown>(null);
  const [step, setStep] = useState(0);
  const [submitted, setSubmitted] = useState<AuditSummary | null>(null);
  const [confirmGaps, setConfirmGaps] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

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

  useEffect(() => heading.current?.focus(), [step, submitted]);

  const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
  const other = rater === 'consultant' ? audit.reviewer : audit.consultant;

  // The hand-over comes first: submitting clears this rater's answers from memory (session included).
  if (submitted) {
    const otherDone = rater === 'consultant' ? submitted.reviewerSubmitted : submitted.consultantSubmitted;
    return (
      <section className="handover" aria-labelledby="handover-title">
        <h1 id="handover-title" tabIndex={-1} ref={heading}>
          {otherDone ? t('scoring.bothDoneTitle') : t('scoring.handOverTitle', { name: other.name })}
        </h1>
        <p className="handover__text">
          {otherDone ? t('scoring.bothDoneText') : t('scoring.handOverText', { name: other.name, me: person.name })}
        </p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onLeave}>
            {t('scoring.toOverview')}
          </button>
          {!otherDone && (
            <button type="button" className="btn btn--primary" onClick={() => onHandOver(otherRater(rater))}>
              {t('scoring.iAm', { name: other.name })}
            </button>
          )}
          {otherDone && (
            <button type="button" className="btn btn--primary" onClick={onLeave}>
              {t('scoring.toReveal')}
            </button>
          )}
        </div>
      </section>
    );
  }

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!session || !template) return <p>{t('common.loading')}</p>;

  const steps: { key: string; title: string; items: TemplateItem[] }[] = [
    ...template.principles.map((p) => ({
      key: p.key,
      title: pick(p.title, locale),
      items: p.items,
      intro: pick(p.intro, locale),
    })),
    { key: 'overall', title: t('scoring.overallStep'), items: [template.overall] },
  ];
  const allItems = steps.flatMap((s) => s.items);
  const answered = allItems.filter((i) => isAnswered(drafts[i.key])).length;
  const reviewStep = steps.length;
  const readOnly = session.submitted;
  const numberOf = new Map(allItems.map((it, i) => [it.key, i + 1]));
  const missing = allItems.filter((i) => !isAnswered(drafts[i.key]));

  const submit = async () => {
    setSubmitError(null);
    await flush();
    try {
      setSubmitted(
        await call('submitRatings', { auditId: audit.id, rater, confirmGaps: missing.length > 0 && confirmGaps }),
      );
      clear();
    } catch (err) {
      setSubmitError(err);
    }
  };

  const current = steps[step];
  return (
    <section className="scoring" aria-labelledby="scoring-title">
      <div className="scoring__bar">
        <p className="scoring__who">
          {t('scoring.scoringAs', { name: person.name, role: t(`roles.${person.role}`) })}
          <button type="button" className="btn btn--link" onClick={onLeave}>
            {t('scoring.pause')}
          </button>
        </p>
        <div className="scoring__progress">
          <label htmlFor="scoring-progress">{t('scoring.progress', { answered, total: allItems.length })}</label>
          <progress id="scoring-progress" max={allItems.length} value={answered} />
        </div>
      </div>
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
                  onClick={() => setStep(i)}
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
      <ErrorBanner error={lastError} />
      {current ? (
        <>
          <h1 id="scoring-title" tabIndex={-1} ref={heading}>
            <span className="muted small">{t('scoring.stepOf', { step: step + 1, total: steps.length + 1 })}</span>
            <br />
            {current.title}
          </h1>
          {step < template.principles.length && (
            <p className="muted">{pick(template.principles[step]!.intro, locale)}</p>
          )}
          {readOnly && <p className="banner banner--info">{t('scoring.submittedReadOnly')}</p>}
          <fieldset disabled={readOnly} className="plain">
            {current.items.map((it) => (
              <ItemCard key={it.key} item={it} index={numberOf.get(it.key)!} locale={locale} />
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="button" className="btn" disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('scoring.previous')}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => setStep(step + 1)}>
              {step === steps.length - 1 ? t('scoring.toReview') : t('scoring.next')}
            </button>
          </div>
        </>
      ) : (
        <>
          <h1 id="scoring-title" tabIndex={-1} ref={heading}>
            {t('scoring.reviewTitle')}
          </h1>
          {missing.length === 0 ? (
            <p className="banner banner--ok">{t('scoring.allAnswered')}</p>
          ) : (
            <div className="banner banner--info">
              <p>{t('scoring.stillOpen', { count: missing.length })}</p>
              <ul>
                {missing.map((m) => {
                  const s = steps.findIndex((st) => st.items.includes(m));
                  return (
                    <li key={m.key}>
                      <button type="button" className="btn btn--link" onClick={() => setStep(s)}>
                        {numberOf.get(m.key)}. {pick(m.title, locale)}
                      </button>
                    </li>
                  );
                })}
              </ul>
              <label className="choice">
                <input type="checkbox" checked={confirmGaps} onChange={(e) => setConfirmGaps(e.target.checked)} />{' '}
                {t('scoring.confirmGaps', { count: missing.length })}
              </label>
            </div>
          )}
          <p className="muted">{t('scoring.submitExplain', { name: other.name })}</p>
          <ErrorBanner error={submitError} />
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setStep(step - 1)}>
              {t('scoring.previous')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={readOnly || (missing.length > 0 && !confirmGaps)}
              onClick={() => void submit()}
            >
              {t('scoring.submit')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
