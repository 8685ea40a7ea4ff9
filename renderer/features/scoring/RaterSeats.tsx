/** Who scores now: both raters with where they stand; nothing of anyone's answers is shown here. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATERS, type AuditSummary, type Rater } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Sentence, slot, UserText } from '../../components/UserText';

export function RaterSeats({
  audit,
  onStart,
  onChanged,
}: {
  audit: AuditSummary;
  onStart: (r: Rater) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const reopen = async (rater: Rater) => {
    try {
      await call('reopenSubmission', { auditId: audit.id, rater });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="seats-title">
      <h2 id="seats-title">{t('scoring.whoScores')}</h2>
      <p className="muted">{t('scoring.blindExplain')}</p>
      <ErrorBanner error={error} />
      <div className="seats">
        {RATERS.map((rater) => {
          const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
          const done = rater === 'consultant' ? audit.consultantSubmitted : audit.reviewerSubmitted;
          const otherDone = rater === 'consultant' ? audit.reviewerSubmitted : audit.consultantSubmitted;
          return (
            <div className="seat" key={rater}>
              <p className="seat__role">{t(`raters.${rater}`)}</p>
              <p className="seat__name">
                <UserText>{person.name}</UserText>
              </p>
              <p className="muted small">{t(`roles.${person.role}`)}</p>
              <p className={`seat__state${done ? ' is-done' : ''}`}>
                {done ? t('scoring.submittedState') : t('scoring.notSubmittedState')}
              </p>
              {!done && (
                <button type="button" className="btn btn--primary" onClick={() => onStart(rater)}>
                  <Sentence text={t('scoring.startAs', { name: slot('name') })} user={{ name: person.name }} />
                </button>
              )}
              {done && !otherDone && (
                <button type="button" className="btn" onClick={() => void reopen(rater)}>
                  {t('scoring.reopenOwn')}
                </button>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
