/**
 * "Are you Noor?": opening a seat, or reopening its submission, is a deliberate step that names the seat's rater and
 * asks for the seat's code where its rater set one. The backend checks the code; the seat opens only after that.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rater } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CodeInput, LostCodeNote, seatCodeProblem } from './SeatCode';

export interface SeatQuestion {
  rater: Rater;
  name: string;
  /** Reopen the seat's submission (otherwise: open the seat to score). */
  reopen: boolean;
  protectedByCode: boolean;
}

function useOpenSeat(auditId: number, question: SeatQuestion | null, onOpen: (r: Rater, code?: string) => void) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A new question starts empty: no code or error of an earlier one stays behind (reset while rendering).
  const [asked, setAsked] = useState(question);
  if (asked !== question) {
    setAsked(question);
    setCode('');
    setError(null);
    setBusy(false);
  }
  const confirm = async () => {
    if (!question || busy) return;
    const typed = code.trim() !== '' ? { code } : {};
    setBusy(true);
    setError(null);
    try {
      const args = { auditId, rater: question.rater, ...typed };
      if (question.reopen) await call('reopenSubmission', args);
      else await call('startScoring', args);
      onOpen(question.rater, typed.code);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { code, setCode, error, busy, confirm };
}

export function SeatDialog({
  auditId,
  question,
  onCancel,
  onOpen,
}: {
  auditId: number;
  question: SeatQuestion | null;
  onCancel: () => void;
  /** The backend accepted: open this seat (with the code that opened it). */
  onOpen: (rater: Rater, code?: string) => void;
}) {
  const { t } = useTranslation();
  const { code, setCode, error, busy, confirm } = useOpenSeat(auditId, question, onOpen);
  const name = question?.name ?? '';
  const problem = seatCodeProblem(error);
  // Also when the seat was protected after this screen was loaded: the backend's refusal asks for the code.
  const askCode = !!question?.protectedByCode || problem !== null;
  return (
    <ConfirmDialog
      open={question !== null}
      title={t('scoring.areYouTitle', { name })}
      confirmLabel={question?.reopen ? t('scoring.reopenConfirm', { name }) : t('scoring.areYouConfirm', { name })}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{question?.reopen ? t('scoring.reopenText', { name }) : t('scoring.areYouText', { name })}</p>
      {askCode && (
        <>
          <CodeInput
            label={t('scoring.codeOf', { name })}
            value={code}
            onChange={setCode}
            onEnter={() => void confirm()}
            error={problem ?? undefined}
          />
          <LostCodeNote />
        </>
      )}
      <ErrorBanner error={problem ? null : error} />
    </ConfirmDialog>
  );
}
