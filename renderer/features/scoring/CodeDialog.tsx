/**
 * Choosing a personal code for one's own open seat: from the scoring bar ("protect with a code") or when pausing,
 * where it is optional. Typed twice, because nobody can recover it. Saves already made land before it is set.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rater } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CodeInput, LostCodeNote, newCodeProblem } from './SeatCode';
import { useScoring } from './store';

export type CodeDialogMode = 'protect' | 'pause';

function useChooseCode(auditId: number, rater: Rater, mode: CodeDialogMode | null, onDone: () => void) {
  const flush = useScoring((s) => s.flush);
  const protect = useScoring((s) => s.protect);
  const [code, setCode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Each opening starts empty (reset while rendering): no code typed earlier stays behind.
  const [shownFor, setShownFor] = useState(mode);
  if (shownFor !== mode) {
    setShownFor(mode);
    setCode('');
    setRepeat('');
    setProblem(null);
    setError(null);
  }
  const confirm = async () => {
    if (busy) return;
    // Pausing without a code is fine: both fields left empty.
    if (mode === 'pause' && code.trim() === '' && repeat.trim() === '') return onDone();
    const p = newCodeProblem(code, repeat);
    setProblem(p);
    if (p) return;
    setBusy(true);
    setError(null);
    try {
      await flush();
      await call('setSeatCode', { auditId, rater, code });
      protect(code);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { code, setCode, repeat, setRepeat, problem, error, busy, confirm };
}

export function CodeDialog({
  auditId,
  rater,
  name,
  mode,
  onCancel,
  onDone,
}: {
  auditId: number;
  rater: Rater;
  name: string;
  mode: CodeDialogMode | null;
  onCancel: () => void;
  /** The code is set (or, when pausing, none was wanted). */
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const c = useChooseCode(auditId, rater, mode, onDone);
  const pausing = mode === 'pause';
  return (
    <ConfirmDialog
      open={mode !== null}
      title={pausing ? t('scoring.pauseTitle') : t('scoring.protectTitle')}
      confirmLabel={pausing ? t('scoring.pauseConfirm') : t('scoring.protectConfirm')}
      busy={c.busy}
      onConfirm={() => void c.confirm()}
      onCancel={onCancel}
    >
      {pausing && <p>{t('scoring.pauseText', { name })}</p>}
      <p>{pausing ? t('scoring.pauseCodeIntro') : t('scoring.protectText')}</p>
      <CodeInput
        fresh
        label={pausing ? t('scoring.codeOptional') : t('scoring.codeLabel')}
        value={c.code}
        onChange={c.setCode}
        onEnter={() => void c.confirm()}
        error={c.problem === 'seat_code_length' ? c.problem : undefined}
      />
      <CodeInput
        fresh
        label={t('scoring.codeRepeat')}
        value={c.repeat}
        onChange={c.setRepeat}
        onEnter={() => void c.confirm()}
        error={c.problem === 'seat_code_repeat' ? c.problem : undefined}
      />
      <LostCodeNote choosing />
      <ErrorBanner error={c.error} />
    </ConfirmDialog>
  );
}
