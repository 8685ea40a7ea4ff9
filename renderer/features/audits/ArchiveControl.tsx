/**
 * "Naar het archief" / "Uit archief halen" on a completed audit's page (ADR 0012): an archived audit leaves the
 * default home list and is still found by a search. Focus stays on the one button, whose words change.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';

export function ArchiveControl({ audit, onChanged }: { audit: AuditSummary; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  if (audit.status !== 'completed') return null;
  const archived = audit.archivedAt !== null;

  const toggle = async () => {
    if (busy) return; // the button stays enabled, so it keeps the focus
    setBusy(true);
    setError(null);
    try {
      await call(archived ? 'unarchiveAudit' : 'archiveAudit', { auditId: audit.id });
      setNotice(t(archived ? 'retention.unarchivedDone' : 'retention.archivedDone'));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="archive-title" className="archive-control">
      <h2 id="archive-title">{t('retention.archiveTitle')}</h2>
      <p className="muted">
        {archived ? `${t('retention.archivedSince', { date: formatDate(audit.archivedAt, i18n.language) })} ` : ''}
        {t('retention.archiveText')}
      </p>
      <p>
        <button type="button" className="btn" aria-busy={busy} onClick={() => void toggle()}>
          {archived ? t('retention.unarchive') : t('retention.archive')}
        </button>
      </p>
      <p role="status">{notice}</p>
      <ErrorBanner error={error} />
    </section>
  );
}
