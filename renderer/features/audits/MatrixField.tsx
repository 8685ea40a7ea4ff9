/**
 * The matrix to start an audit with (ADR 0016): only shown when there is more than one to choose from, preselected
 * with the default for new audits, with a preview of its questions as a rater will see them. Retired versions are
 * not offered.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateListing } from '../../../shared/domain/model';
import { pick, type Locale } from '../../../shared/domain/template';
import { Field } from '../../components/Field';
import { useApi } from '../../lib/useApi';
import './matrixChoice.css';

interface Props {
  matrices: TemplateListing[];
  value: number | undefined;
  onChange: (id: number) => void;
}

/** The matrices that can be chosen for a new audit, or none when there is nothing to choose. */
export function offeredMatrices(all: TemplateListing[] | undefined): TemplateListing[] {
  const offered = (all ?? []).filter((m) => !m.retired);
  return offered.length > 1 ? offered : [];
}

export function MatrixField({ matrices, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const fallback = (matrices.find((m) => m.isDefault) ?? matrices[0])?.id;
  useEffect(() => {
    if (value === undefined && fallback !== undefined) onChange(fallback);
  }, [value, fallback, onChange]);
  const optionName = (m: TemplateListing) =>
    t('matrixChoice.option', { name: pick(m.name, locale), version: m.version });
  return (
    <>
      <Field label={t('matrixChoice.label')} hint={t('matrixChoice.hint')}>
        <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-testid="matrix-choice">
          {matrices.map((m) => (
            <option key={m.id} value={m.id}>
              {m.isDefault ? t('matrixChoice.defaultMark', { option: optionName(m) }) : optionName(m)}
            </option>
          ))}
        </select>
      </Field>
      {value !== undefined && <MatrixPreview id={value} locale={locale} />}
    </>
  );
}

/** The chosen matrix's principles and questions, in a disclosure that opens with Enter or Space. */
function MatrixPreview({ id, locale }: { id: number; locale: Locale }) {
  const { t } = useTranslation();
  const template = useApi('getTemplate', { id });
  const content = template.data?.id === id ? template.data.content : undefined;
  return (
    <details className="matrix-preview" data-testid="matrix-preview">
      <summary>{t('matrixChoice.preview')}</summary>
      {!content ? (
        <p className="muted">{t('matrixChoice.previewLoading')}</p>
      ) : (
        // Scrolls on its own: focusable, so the keyboard can scroll it too.
        <div className="matrix-preview__body" tabIndex={0} role="region" aria-label={t('matrixChoice.preview')}>
          <p className="muted">{t('matrixChoice.previewIntro')}</p>
          {content.principles.map((p, pi) => (
            <section key={p.key} aria-label={pick(p.title, locale)}>
              <h2 className="matrix-preview__principle">
                {pi + 1}. {pick(p.title, locale)}
              </h2>
              <ol className="matrix-preview__items">
                {p.items.map((item) => (
                  <li key={item.key}>
                    <strong>{pick(item.title, locale)}</strong>
                    <br />
                    {pick(item.question, locale)}
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <h2 className="matrix-preview__principle">{t('matrixChoice.overall')}</h2>
          <p>
            <strong>{pick(content.overall.title, locale)}</strong>
            <br />
            {pick(content.overall.question, locale)}
          </p>
        </div>
      )}
    </details>
  );
}
