/** After submitting: a hand-over screen that shows nothing of this rater's answers to the next rater. */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { otherRater, type AuditSummary, type Rater } from '../../../shared/domain/model';
import { Sentence, slot } from '../../components/UserText';
import { focusWhenShown } from '../../lib/focus';
import { roleName } from '../../../shared/i18n/roles';

export function HandOver({
  audit,
  submitted,
  rater,
  headingRef,
  onLeave,
  onHandOver,
}: {
  audit: AuditSummary;
  /** The audit as it stands after submitting. */
  submitted: AuditSummary;
  rater: Rater;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onLeave: () => void;
  onHandOver: (rater: Rater) => void;
}) {
  const { t } = useTranslation();
  const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
  const other = rater === 'consultant' ? audit.reviewer : audit.consultant;
  const otherDone = rater === 'consultant' ? submitted.reviewerSubmitted : submitted.consultantSubmitted;
  return (
    <section className="handover" aria-labelledby="handover-title">
      <h1 id="handover-title" tabIndex={-1} ref={headingRef}>
        {otherDone ? (
          t('scoring.bothDoneTitle')
        ) : (
          <Sentence text={t('scoring.handOverTitle', { name: slot('name') })} user={{ name: other.name }} />
        )}
      </h1>
      <p className="handover__text">
        {otherDone ? (
          t('scoring.bothDoneText')
        ) : (
          <Sentence
            text={t('scoring.handOverText', { name: slot('name'), me: slot('me'), role: slot('role') })}
            user={{ name: other.name, me: person.name, role: roleName(t, audit, otherRater(rater)) }}
          />
        )}
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onLeave}>
          {t('scoring.toOverview')}
        </button>
        {!otherDone && (
          <button type="button" className="btn btn--primary" onClick={() => onHandOver(otherRater(rater))}>
            <Sentence text={t('scoring.iAm', { name: slot('name') })} user={{ name: other.name }} />
          </button>
        )}
        {otherDone && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              onLeave();
              // The audit page reloads and then shows the reveal: focus goes to its heading.
              focusWhenShown('reveal-title');
            }}
          >
            {t('scoring.toReveal')}
          </button>
        )}
      </div>
    </section>
  );
}
