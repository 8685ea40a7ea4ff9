/**
 * A short, closed-by-default explanation of one principle: what it means in Signs of Safety practice and the practice
 * tools it refers to (help.*.json, keyed by the default matrix's principle keys). Renders nothing for a principle
 * without help text, such as one of an organisation's own matrix.
 */
import { useTranslation } from 'react-i18next';
import './PrincipleHelp.css';

interface Tool {
  name: string;
  text: string;
}

export function PrincipleHelp({ principleKey }: { principleKey: string }) {
  const { t, i18n } = useTranslation();
  const base = `help.principles.${principleKey}`;
  const meaning: unknown = t(`${base}.meaning`, { defaultValue: '' });
  if (!i18n.exists(`${base}.meaning`) || typeof meaning !== 'string' || meaning === '') return null;
  const raw: unknown = t(`${base}.tools`, { returnObjects: true, defaultValue: [] });
  const tools = Array.isArray(raw) ? (raw as Tool[]) : [];
  return (
    <details className="principle-help">
      <summary>{t('help.summary')}</summary>
      <div className="principle-help__body">
        <p>{meaning}</p>
        {tools.length > 0 && (
          <>
            <p className="principle-help__tools-title">{t('help.toolsTitle')}</p>
            <ul className="principle-help__tools">
              {tools.map((tool) => (
                <li key={tool.name}>
                  <strong>{tool.name}</strong>: {tool.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
