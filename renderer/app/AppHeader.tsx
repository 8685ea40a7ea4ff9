/** The app header: brand, the main navigation and the language choice. */
import { useTranslation } from 'react-i18next';
import { setLocale } from '../i18n';
import { useNav } from './nav';

type NavName = 'home' | 'newCaseFile' | 'newAudit' | 'backup' | 'matrices' | 'teamView';

/** Views shown as part of a header item (the learning item holds both learning views, renderer/app/LearningTabs). */
const PART_OF: Partial<Record<string, NavName>> = { breadth: 'teamView' };

function NavItem({ name, label }: { name: NavName; label: string }) {
  const current = useNav((s) => s.view.name);
  const go = useNav((s) => s.go);
  return (
    <li>
      <button
        type="button"
        className="nav__link"
        aria-current={current === name || PART_OF[current] === name ? 'page' : undefined}
        onClick={() => go({ name })}
      >
        {label}
      </button>
    </li>
  );
}

export function AppHeader() {
  const { t, i18n } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.home')}>
        <ul className="nav">
          <NavItem name="home" label={t('nav.home')} />
          <NavItem name="newCaseFile" label={t('nav.newCaseFile')} />
          <NavItem name="newAudit" label={t('nav.newAudit')} />
          <NavItem name="backup" label={t('backup.nav')} />
          <NavItem name="matrices" label={t('matrix.nav')} />
          <NavItem name="teamView" label={t('teamView.nav')} />
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
  );
}
