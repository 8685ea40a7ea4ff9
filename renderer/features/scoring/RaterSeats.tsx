/**
 * Who scores now: both raters with where they stand; nothing of anyone's answers is shown here. No seat opens with
 * one click: opening or reopening a seat names its rater ("Are you Noor?") and asks for the seat's code if it has one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATERS, type AuditSummary, type Rater } from '../../../shared/domain/model';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Sentence, slot, UserText } from '../../components/UserText';
import { useApi } from '../../lib/useApi';
import { SeatDialog, type SeatQuestion } from './SeatDialog';
import './seats.css';
import { roleTitle } from '../../../shared/i18n/roles';

export function RaterSeats({
  audit,
  onOpen,
  onChanged,
}: {
  audit: AuditSummary;
  /** Open this rater's seat, with the code that the backend accepted for it. */
  onOpen: (r: Rater, code?: string) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { data: seats, error } = useApi('getSeats', { auditId: audit.id });
  const [question, setQuestion] = useState<SeatQuestion | null>(null);
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
          const protectedByCode = seats?.[rater].protectedByCode ?? false;
          const ask = (reopen: boolean) => setQuestion({ rater, name: person.name, reopen, protectedByCode });
          return (
            <div className="seat" key={rater}>
              <p className="seat__role">
                <UserText>{roleTitle(t, audit, rater)}</UserText>
              </p>
              <p className="seat__name">
                <UserText>{person.name}</UserText>
              </p>
              <p className={`seat__state${done ? ' is-done' : ''}`}>
                {done ? t('scoring.submittedState') : t('scoring.notSubmittedState')}
              </p>
              {protectedByCode && <p className="seat__lock">{t('scoring.seatProtected')}</p>}
              {!done && (
                <button type="button" className="btn btn--primary" disabled={!seats} onClick={() => ask(false)}>
                  <Sentence text={t('scoring.startAs', { name: slot('name') })} user={{ name: person.name }} />
                </button>
              )}
              {done && !otherDone && (
                <button type="button" className="btn" disabled={!seats} onClick={() => ask(true)}>
                  {t('scoring.reopenAs', { name: person.name })}
                </button>
              )}
            </div>
          );
        })}
      </div>
      <SeatDialog
        auditId={audit.id}
        question={question}
        onCancel={() => setQuestion(null)}
        onOpen={(rater, code) => {
          if (question?.reopen) onChanged();
          onOpen(rater, code);
        }}
      />
    </section>
  );
}
