/**
 * The draft exactly as a rater will see it while scoring: each principle with its introduction, each question
 * rendered by the scoring screen's own item (renderer/components/MatrixItem), numbered through the matrix, the
 * overall scale last. Choices made here stay in this component and are never stored.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewItem, previewText, type MatrixDraft } from '../../../../shared/domain/matrixDraft';
import { pick, type Locale } from '../../../../shared/domain/template';
import { MatrixItem, type ItemDraft } from '../../../components/MatrixItem';

const EMPTY: ItemDraft = { score: null, notApplicable: false, naReason: '', rationale: '' };

export function MatrixDraftPreview({ draft }: { draft: MatrixDraft }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const [answers, setAnswers] = useState<Record<string, ItemDraft>>({});
  const groups = [
    ...draft.principles.map((p) => ({
      id: p.id,
      title: pick(previewText(p.title), locale),
      intro: pick(previewText(p.intro), locale),
      items: p.items,
    })),
    { id: draft.overall.id, title: t('matrixEditor.overallHeading'), intro: null, items: [draft.overall] },
  ];
  let number = 0;
  return (
    <div className="mx-preview scoring">
      <p className="banner banner--info">{t('matrixEditor.previewIntro')}</p>
      {groups.map((g) => (
        <section key={g.id} className="mx-preview__step" aria-labelledby={`${g.id}-preview`}>
          <h2 id={`${g.id}-preview`}>{g.title}</h2>
          {g.intro && <p className="muted">{g.intro}</p>}
          {g.items.map((q) => {
            number += 1;
            return (
              <MatrixItem
                key={q.id}
                item={previewItem(q)}
                index={number}
                locale={locale}
                draft={answers[q.id] ?? EMPTY}
                onChange={(patch) => setAnswers((a) => ({ ...a, [q.id]: { ...(a[q.id] ?? EMPTY), ...patch } }))}
                onNext={() => {}}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
