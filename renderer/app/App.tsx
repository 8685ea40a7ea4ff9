/** The app shell: header, navigation and language choice; composes the feature screens. */
import { useTranslation } from 'react-i18next';
import { NewAuditPage } from '../features/audits/NewAuditPage';
import { HomePage } from '../features/audits/HomePage';
import { NewCaseFilePage } from '../features/caseFiles/NewCaseFilePage';
import { BackupPage } from '../features/backup/BackupPage';
import { RecoveryGate } from '../features/recovery/RecoveryGate';
import { setLocale } from '../i18n';
import { AuditPage } from './AuditPage';
import { useNav } from './nav';

export function App() {
  const { t, i18n } = useTranslation();
  const { view, go } = useNav();
  const navItem = (name: 'home' | 'newCaseFile' | 'newAudit' | 'backup', label: string) => (
    <li>
      <button
        type="button"
        className="nav__link"
        aria-current={view.name === name ? 'page' : undefined}
        onClick={() => go({ name })}
      >
        {label}
      </button>
    </li>
  );
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
      <header className="app-header">
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.home')}>
          <ul className="nav">
            {navItem('home', t('nav.home'))}
            {navItem('newCaseFile', t('nav.newCaseFile'))}
            {navItem('newAudit', t('nav.newAudit'))}
            {navItem('backup', t('backup.nav'))}
          </ul>
        </nav>
        <label className="lang">
          <span className="visually-hidden">{t('nav.language')}</span>
          <select
            value={i18n.language === 'en' ? 'en' : 'nl'}
            onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'nl')}
          >
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <RecoveryGate>
          {view.name === 'home' && (
            <HomePage
              onNewCaseFile={() => go({ name: 'newCaseFile' })}
              onNewAudit={() => go({ name: 'newAudit' })}
              onOpenAudit={(auditId) => go({ name: 'audit', auditId })}
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
              caseFileId={view.caseFileId}
              onCreated={(auditId) => go({ name: 'audit', auditId })}
              onNewCaseFile={() => go({ name: 'newCaseFile' })}
              onCancel={() => go({ name: 'home' })}
            />
          )}
          {view.name === 'audit' && <AuditPage key={view.auditId} auditId={view.auditId} />}
          {view.name === 'backup' && <BackupPage onHome={() => go({ name: 'home' })} />}
        </RecoveryGate>
      </main>
    </>
  );
}
