/** "Wat goed gaat, in jullie eigen woorden": the phrases most often written as a strength, with in how many audits. */
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../shared/domain/teamView';
import { UserText } from '../../components/UserText';

export function StrengthsSection({ view }: { view: TeamView }) {
  const { t } = useTranslation();
  return (
    <section className="team-section" aria-labelledby="team-strengths-title">
      <h2 id="team-strengths-title">{t('teamView.strengthsTitle')}</h2>
      <p className="team-section__intro">{t('teamView.strengthsIntro')}</p>
      {view.strengths.length === 0 ? (
        <p className="muted">{t('teamView.strengthsNone')}</p>
      ) : (
        <ul className="strengths-list">
          {view.strengths.map((s) => (
            <li key={s.text}>
              <UserText>{s.text}</UserText>{' '}
              <span className="muted small">{t('teamView.strengthAudits', { count: s.audits })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
