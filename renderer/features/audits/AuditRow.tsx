/** One audit in the home list: dossier, date, the two people, the stage and the next step with who acts. */
import { useTranslation } from 'react-i18next';
import { Sentence, slot, UserText } from '../../components/UserText';
import { formatDate } from '../../lib/format';
import { nextStepOf, type AuditListItem } from '../../../shared/domain/auditList';
import { shownStatus } from '../../../shared/domain/scoring';

export function AuditRow({ audit: a, onOpen }: { audit: AuditListItem; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td className="mono nowrap">
        <UserText>{a.dossierCode}</UserText>
      </td>
      <td className="nowrap">{formatDate(a.auditDate, i18n.language)}</td>
      <td>
        <UserText>{a.consultant.name}</UserText> · <UserText>{a.reviewer.name}</UserText>
      </td>
      <td>
        {/* Before the reveal, whether someone started scoring is not shown (ADR 0002). */}
        <span className={`status status--${shownStatus(a.status)}`}>{t(`status.${shownStatus(a.status)}`)}</span>
        <NextStep audit={a} />
        {a.archived && <div className="muted small">{t('retention.archivedTag')}</div>}
      </td>
      <td>
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('home.openAudit', { code: a.dossierCode })}
          onClick={onOpen}
        >
          {t('home.open')}
        </button>
      </td>
    </tr>
  );
}

/** "Wacht op Karel: scoren": the step in words with the names of who acts, each name isolated. */
function NextStep({ audit: a }: { audit: AuditListItem }) {
  const { t } = useTranslation();
  const { step, who } = nextStepOf(a);
  const names = { consultant: a.consultant.name, reviewer: a.reviewer.name };
  const whom =
    who.length === 2 ? t('homeFind.and', { first: slot('consultant'), second: slot('reviewer') }) : slot(who[0] ?? '');
  return (
    <div className="muted small audits-table__next">
      <Sentence
        text={step === 'completed' ? t('nextStep.completed') : t(`homeFind.next.${step}`, { who: whom })}
        user={names}
      />
    </div>
  );
}
