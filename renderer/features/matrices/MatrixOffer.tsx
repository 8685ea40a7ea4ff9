/**
 * Whether a matrix version is offered for new audits (ADR 0016): the default, offered, or no longer offered
 * (retired: still readable for the audits that use it). "Niet meer aanbieden" / "Weer aanbieden" switch it; the
 * default cannot be retired (choose another default on the backups screen first), so its cell says so instead.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateListing } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

export function MatrixOffer({
  matrix,
  label,
  onChanged,
}: {
  matrix: TemplateListing;
  label: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(matrix.retired ? 'unretireTemplate' : 'retireTemplate', { id: matrix.id });
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (matrix.isDefault) return <span>{t('matrixOffer.default')}</span>;
  return (
    <div className="matrices__offer">
      <span>{matrix.retired ? t('matrixOffer.retired') : t('matrixOffer.offered')}</span>{' '}
      <button
        type="button"
        className="btn btn--small"
        disabled={busy}
        aria-label={t(matrix.retired ? 'matrixOffer.unretireLabel' : 'matrixOffer.retireLabel', { matrix: label })}
        onClick={() => void toggle()}
      >
        {matrix.retired ? t('matrixOffer.unretire') : t('matrixOffer.retire')}
      </button>
      <ErrorBanner error={error} />
    </div>
  );
}
