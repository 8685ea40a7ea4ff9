/** The audit's context: case file, participants, matrix and where the audit stands; a way to the dossier's steps. */
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../shared/domain/model';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { UserText } from '../../components/UserText';
import { shownStatus } from '../../../shared/domain/scoring';
import { roleName } from '../../../shared/i18n/roles';

export function AuditContext({ audit, onOpenSteps }: { audit: AuditDetail; onOpenSteps?: () => void }) {
  const { t, i18n } = useTranslation();
  const cf = audit.caseFileDetail;
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  // Before the reveal, whether someone started scoring is not shown (docs/decisions/0002-blind-scoring.md).
  const shown = shownStatus(audit.status);
  const template = useApi('getTemplate', { id: audit.template.id });
  const rows: [string, string | null][] = [
    [t('caseFile.region'), cf.region],
    [t('caseFile.team'), cf.team],
    [t('caseFile.mainTheme'), cf.mainTheme ? t(`themes.${cf.mainTheme}`) : null],
    [t('caseFile.referralYear'), cf.referralYear?.toString() ?? null],
    [t('caseFile.closureYear'), cf.closureYear?.toString() ?? null],
    [t('caseFile.minorAges'), cf.minorAges],
    [t('caseFile.peopleInvolved'), cf.peopleInvolved],
    [t('caseFile.complicatingFactors'), cf.complicatingFactors],
    [t('caseFile.sofsExperienceYears'), cf.sofsExperienceYears?.toString() ?? null],
  ];
  return (
    <div className="context-card">
      <dl className="context-list">
        <div>
          <dt>{t('audit.date')}</dt>
          <dd>{formatDate(audit.auditDate, lang)}</dd>
        </div>
        <div>
          <dt>{t('caseFile.service')}</dt>
          <dd>{t(`services.${cf.service}`)}</dd>
        </div>
        <div>
          <dt>{t('audit.participants')}</dt>
          <dd>
            <UserText>{audit.consultant.name}</UserText> ({roleName(t, audit, 'consultant')}),{' '}
            <UserText>{audit.reviewer.name}</UserText> (<UserText>{roleName(t, audit, 'reviewer')}</UserText>)
          </dd>
        </div>
        <div>
          <dt>{t('audit.matrix')}</dt>
          <dd>{t('audit.matrixVersion', { name: audit.template.name[lang], version: audit.template.version })}</dd>
        </div>
        <div className="context-list__wide">
          <dt>{t('audit.status')}</dt>
          <dd>
            <span className={`status status--${shown}`}>{t(`status.${shown}`)}</span> {t(`nextStep.${shown}`)}
          </dd>
        </div>
      </dl>
      <details className="context-more">
        <summary>{t('audit.context')}</summary>
        <dl className="context-list">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>
                  <UserText>{v}</UserText>
                </dd>
              </div>
            ))}
        </dl>
        {/* The dossier's safety-plan steps (breadth) sit with its other details, so the audit's own work stays up. */}
        {onOpenSteps && (
          <p className="context-steps">
            <button type="button" className="btn btn--link" onClick={onOpenSteps}>
              {t('breadth.stepsPage.open')}
            </button>
          </p>
        )}
      </details>
      {template.data && (
        <details className="context-more">
          <summary>{t('audit.aboutMatrix')}</summary>
          <p>{template.data.content.source[lang]}</p>
        </details>
      )}
    </div>
  );
}
