/** The app shell: header, navigation and language choice; composes the feature screens. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../features/audits/HomePage';
import { RecoveryGate } from '../features/recovery/RecoveryGate';
import { AppHeader } from './AppHeader';
import { focusWhenShown } from '../lib/focus';
import { useNav, type View } from './nav';
import { LearningTabs } from './LearningTabs';

// The home screen is in the first script; every other screen is loaded when it is first opened, so the app's first
// page has less to read and run (the focus rule below waits for the new screen's heading either way).
const NewAuditPage = lazy(() => import('../features/audits/NewAuditPage').then((m) => ({ default: m.NewAuditPage })));
const RetentionPage = lazy(() =>
  import('../features/audits/RetentionPage').then((m) => ({ default: m.RetentionPage })),
);
const NewCaseFilePage = lazy(() =>
  import('../features/caseFiles/NewCaseFilePage').then((m) => ({ default: m.NewCaseFilePage })),
);
const BackupPage = lazy(() => import('../features/backup/BackupPage').then((m) => ({ default: m.BackupPage })));
const ErasedBackups = lazy(() =>
  import('../features/backup/ErasedBackups').then((m) => ({ default: m.ErasedBackups })),
);
const AuditPage = lazy(() => import('./AuditPage').then((m) => ({ default: m.AuditPage })));
const MatricesPage = lazy(() => import('../features/matrices/MatricesPage').then((m) => ({ default: m.MatricesPage })));
const CorrectPage = lazy(() => import('./CorrectPage').then((m) => ({ default: m.CorrectPage })));
const BreadthPage = lazy(() => import('../features/breadth/BreadthPage').then((m) => ({ default: m.BreadthPage })));
const StepsPage = lazy(() => import('../features/breadth/StepsPage').then((m) => ({ default: m.StepsPage })));
const TeamViewPage = lazy(() => import('../features/teamView/TeamViewPage').then((m) => ({ default: m.TeamViewPage })));

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

function SkipLink({ label }: { label: string }) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // Move keyboard focus, not only the scroll position, and leave the address alone (no URL routing).
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {label}
    </a>
  );
}

export function App() {
  const { t } = useTranslation();
  const { view, go } = useNav();
  useFocusOnNavigation(view);
  return (
    <>
      <SkipLink label={t('app.skipToContent')} />
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <RecoveryGate keyNotice={view.name === 'home'}>
          <Suspense fallback={null}>
            {view.name === 'home' && (
              <HomePage
                onNewCaseFile={() => go({ name: 'newCaseFile' })}
                onNewAudit={() => go({ name: 'newAudit' })}
                onOpenAudit={(auditId) => go({ name: 'audit', auditId })}
                onOpenRetention={() => go({ name: 'retention' })}
                onOpenBackup={() => go({ name: 'backup' })}
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
            {view.name === 'matrices' && <MatricesPage />}
            {(view.name === 'breadth' || view.name === 'teamView') && <LearningTabs />}
            {view.name === 'breadth' && (
              <BreadthPage
                onOpenSteps={(caseFileId) => go({ name: 'caseFileSteps', caseFileId, from: { name: 'breadth' } })}
              />
            )}
            {view.name === 'caseFileSteps' && (
              <StepsPage key={view.caseFileId} caseFileId={view.caseFileId} onBack={() => go(view.from)} />
            )}
            {view.name === 'teamView' && <TeamViewPage />}
          </Suspense>
        </RecoveryGate>
      </main>
    </>
  );
}
