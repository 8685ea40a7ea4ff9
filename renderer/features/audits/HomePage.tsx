/** The start screen: audits, newest first, each with its status and next step; a welcoming empty state. */
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { UserText } from '../../components/UserText';
import type { AuditSummary } from '../../../shared/domain/model';
import { shownStatus } from '../../../shared/domain/scoring';

export interface HomePageProps {
  onNewCaseFile: () => void;
  onNewAudit: () => void;
  onOpenAudit: (auditId: number) => void;
}

export function HomePage({ onNewCaseFile, onNewAudit, onOpenAudit }: HomePageProps) {
  const { t } = useTranslation();
  const { data: audits, error, loading } = useApi('listAudits', {});

  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title" tabIndex={-1}>
          {t('home.title')}
        </h1>
        <div className="page-head__actions">
          <button type="button" className="btn" onClick={onNewCaseFile}>
            {t('nav.newCaseFile')}
          </button>
          <button type="button" className="btn btn--primary" onClick={onNewAudit}>
            {t('home.startAudit')}
          </button>
        </div>
      </div>
      <ErrorBanner error={error} />
      {loading && !audits && <p>{t('common.loading')}</p>}
      {audits && audits.length === 0 && (
        <div className="empty">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          <button type="button" className="btn btn--primary" onClick={onNewCaseFile}>
            {t('home.startCaseFile')}
          </button>
        </div>
      )}
      {audits && audits.length > 0 && (
        <>
          <p className="muted">{t('home.intro')}</p>
          <table className="table audits-table">
            <thead>
              <tr>
                <th scope="col">{t('home.columnDossier')}</th>
                <th scope="col">{t('home.columnDate')}</th>
                <th scope="col">{t('home.columnPeople')}</th>
                <th scope="col">{t('home.columnStatus')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('home.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {audits.map((a) => (
                <AuditRow key={a.id} audit={a} onOpen={() => onOpenAudit(a.id)} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** One audit in the list: dossier, date, the two people, the stage and next step, and the open button. */
function AuditRow({ audit: a, onOpen }: { audit: AuditSummary; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td className="mono nowrap">
        <UserText>{a.caseFile.dossierCode}</UserText>
      </td>
      <td className="nowrap">{formatDate(a.auditDate, i18n.language)}</td>
      <td>
        <UserText>{a.consultant.name}</UserText> · <UserText>{a.reviewer.name}</UserText>
      </td>
      <td>
        {/* Before the reveal, whether someone started scoring is not shown (ADR 0002). */}
        <span className={`status status--${shownStatus(a.status)}`}>{t(`status.${shownStatus(a.status)}`)}</span>
        <div className="muted small">{t(`nextStep.${shownStatus(a.status)}`)}</div>
      </td>
      <td>
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('home.openAudit', { code: a.caseFile.dossierCode })}
          onClick={onOpen}
        >
          {t('home.open')}
        </button>
      </td>
    </tr>
  );
}
