/** One audit: its context, then what fits its stage (scoring, the side-by-side conversation, the report). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rater } from '../../shared/domain/model';
import { ArchiveControl } from '../features/audits/ArchiveControl';
import { AuditContext } from '../features/audits/AuditContext';
import { RaterSeats } from '../features/scoring/RaterSeats';
import { ScoringFlow } from '../features/scoring/ScoringFlow';
import { ConversationPanel } from '../features/conversation/ConversationPanel';
import { ExportPdfButton } from '../features/report/ExportPdfButton';
import { ErrorBanner } from '../components/ErrorBanner';
import { focusWhenShown } from '../lib/focus';
import { useApi } from '../lib/useApi';
import { useNav } from './nav';
import { Sentence, slot } from '../components/UserText';

export function AuditPage({ auditId }: { auditId: number }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const { data: audit, error, reload } = useApi('getAudit', { id: auditId });
  // The open seat, with the code its rater typed where the seat has one; no seat is open after leaving one.
  const [seat, setSeat] = useState<{ rater: Rater; code?: string } | null>(null);

  if (error) return <ErrorBanner error={error} />;
  if (!audit) return <p>{t('common.loading')}</p>;

  if (seat) {
    return (
      <ScoringFlow
        key={seat.rater}
        audit={audit}
        rater={seat.rater}
        code={seat.code}
        onLeave={() => {
          setSeat(null);
          focusWhenShown('audit-title');
          void reload();
        }}
        onHandOver={(next) => {
          void reload();
          setSeat({ rater: next });
        }}
      />
    );
  }

  return (
    <section aria-labelledby="audit-title">
      <p className="page-links">
        <button type="button" className="btn btn--link" onClick={() => go({ name: 'home' })}>
          ← {t('nav.back')}
        </button>
        <button type="button" className="btn btn--link" onClick={() => go({ name: 'correct', auditId })}>
          {t('correct.open')}
        </button>
      </p>
      <h1 id="audit-title" tabIndex={-1}>
        <Sentence text={t('audit.title', { code: slot('code') })} user={{ code: audit.caseFile.dossierCode }} />
      </h1>
      <AuditContext
        audit={audit}
        onOpenSteps={() =>
          go({ name: 'caseFileSteps', caseFileId: audit.caseFile.id, from: { name: 'audit', auditId } })
        }
      />
      {(audit.status === 'created' || audit.status === 'scoring') && (
        <RaterSeats
          audit={audit}
          onOpen={(rater, code) => setSeat(code === undefined ? { rater } : { rater, code })}
          onChanged={() => void reload()}
        />
      )}
      {(audit.status === 'conversation' || audit.status === 'completed') && <ExportPdfButton audit={audit} />}
      {(audit.status === 'ready' || audit.status === 'conversation' || audit.status === 'completed') && (
        <ConversationPanel key={`${audit.status}-${audit.updatedAt}`} audit={audit} onChanged={() => void reload()} />
      )}
      <ArchiveControl audit={audit} onChanged={() => void reload()} />
    </section>
  );
}
