/** The one way the team view says a figure is missing: too few audits behind it to show it without naming anyone. */
import { useTranslation } from 'react-i18next';

export function TooFew({ min, wide = false }: { min: number; wide?: boolean }) {
  const { t } = useTranslation();
  return <p className="team-too-few">{t(wide ? 'teamView.tooFewView' : 'teamView.tooFew', { min })}</p>;
}
