/**
 * "Samen leren" holds two views of learning over time: what the completed audits show (depth) and the safety-plan
 * steps across dossiers (breadth, DOMAIN.md §6). One header item leads there, so the header stays on one row; this
 * second navigation switches between the two.
 */
import { useTranslation } from 'react-i18next';
import { useNav } from './nav';

const TABS = [
  { name: 'teamView', label: 'teamView.tabs.depth' },
  { name: 'breadth', label: 'teamView.tabs.breadth' },
] as const;

export function LearningTabs() {
  const { t } = useTranslation();
  const current = useNav((s) => s.view.name);
  const go = useNav((s) => s.go);
  return (
    <nav className="subnav" aria-label={t('teamView.tabs.label')}>
      <ul className="subnav__list">
        {TABS.map((tab) => (
          <li key={tab.name}>
            <button
              type="button"
              className="subnav__link"
              aria-current={current === tab.name ? 'page' : undefined}
              onClick={() => go({ name: tab.name })}
            >
              {t(tab.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
