/** The app shell: header, navigation and language choice; composes the feature screens. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NewAuditPage } from '../features/audits/NewAuditPage';
import { HomePage } from '../features/audits/HomePage';
import { RetentionPage } from '../features/audits/RetentionPage';
import { NewCaseFilePage } from '../features/caseFiles/NewCaseFilePage';
import { BackupPage } from '../features/backup/BackupPage';
import { ErasedBackups } from '../features/backup/ErasedBackups';
import { RecoveryGate } from '../features/recovery/RecoveryGate';
import { AppHeader } from './AppHeader';
import { AuditPage } from './AuditPage';
import { focusWhenShown } from '../lib/focus';
import { CorrectPage } from './CorrectPage';
import { useNav, type View } from './nav';

/**
 * After each navigation (not on opening the app: the first Tab still reaches the skip link), the new screen starts at
 * the top and focus lands on its h1 once it is shown, after loading if the screen loads first.
 */
function useFocusOnNavigation(view: View) {
  const opened = useRef(view);
  useEffect(() => {
    if (view === opened.current) return;
    window.scrollTo(0, 0);
    return focusWhenShown(() => document.querySelector<HTMLElement>('main h1'));
  }, [view]);
}

export function App() {
  const { t } = useTranslation();
  const { view, go } = useNav();
  useFocusOnNavigation(view);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Move keyboard focus, not only the scroll position, and leave the address alone (no URL routing).
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <RecoveryGate>
          {view.name === 'home' && (
            <HomePage
              onNewCaseFile={() => go({ name: 'newCaseFile' })}
              onNewAudit={() => go({ name: 'newAudit' })}
              onOpenAudit={(auditId) => go({ name: 'audit', auditId })}
              onOpenRetention={() => go({ name: 'retention' })}
            />
          )}
          {view.name === 'newCaseFile' && (
            <NewCaseFilePage
              onCreated={(caseFileId) => go({ name: 'newAudit', caseFileId })}
              onCancel={() => go({ name: 'home' })}
            />
          )}
          {view.name === 'newAudit' && (
            <NewAuditPage
              // A fresh form per start: "Nieuwe audit" after a new case file does not keep that file's choices.
              key={view.caseFileId ?? 'none'}
              caseFileId={view.caseFileId}
              onCreated={(auditId) => go({ name: 'audit', auditId })}
              onNewCaseFile={() => go({ name: 'newCaseFile' })}
              onCancel={() => go({ name: 'home' })}
            />
          )}
          {view.name === 'audit' && <AuditPage key={view.auditId} auditId={view.auditId} />}
          {view.name === 'backup' && (
            <BackupPage onHome={() => go({ name: 'home' })} onOpenRetention={() => go({ name: 'retention' })} />
          )}
          {view.name === 'correct' && (
            <CorrectPage
              auditId={view.auditId}
              onDone={() => go({ name: 'audit', auditId: view.auditId })}
              onErased={(target) => go({ name: 'erased', target })}
            />
          )}
          {view.name === 'erased' && <ErasedBackups target={view.target} onHome={() => go({ name: 'home' })} />}
          {view.name === 'retention' && (
            <RetentionPage
              onBack={() => go({ name: 'backup' })}
              onErased={(target) => go({ name: 'erased', target })}
            />
          )}
        </RecoveryGate>
      </main>
    </>
  );
}
