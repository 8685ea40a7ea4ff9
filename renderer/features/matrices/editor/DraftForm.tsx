/** The draft's fields: name and source, every principle with its questions, and the overall scale last. */
import { useTranslation } from 'react-i18next';
import type { MatrixDraft } from '../../../../shared/domain/matrixDraft';
import { PrincipleEditor } from './PrincipleEditor';
import { QuestionEditor } from './QuestionEditor';
import { useMatrixEditor } from './store';
import { TextPair } from './TextPair';

export function DraftForm({ draft }: { draft: MatrixDraft }) {
  const { t } = useTranslation();
  const setMeta = useMatrixEditor((s) => s.setMeta);
  const addPrinciple = useMatrixEditor((s) => s.addPrinciple);
  const requestFocus = useMatrixEditor((s) => s.requestFocus);
  const ps = draft.principles;
  return (
    <div className="mx-form">
      <section aria-labelledby="mx-about">
        <h2 id="mx-about">{t('matrixEditor.aboutHeading')}</h2>
        <TextPair
          path="name"
          label={t('matrixEditor.name')}
          value={draft.name}
          onChange={(name) => setMeta({ name })}
        />
        <TextPair
          path="source"
          label={t('matrixEditor.source')}
          value={draft.source}
          multiline
          onChange={(source) => setMeta({ source })}
        />
      </section>
      {ps.map((p, i) => (
        <PrincipleEditor
          key={p.id}
          p={p}
          index={i}
          count={ps.length}
          afterRemoveId={
            ps[i + 1] ? `${ps[i + 1]!.id}-heading` : ps[i - 1] ? `${ps[i - 1]!.id}-heading` : 'mx-add-principle'
          }
        />
      ))}
      <button
        type="button"
        id="mx-add-principle"
        className="btn"
        onClick={() => {
          addPrinciple();
          requestFocus(`mx-principles-${ps.length}-title-nl`, t('matrixEditor.addedPrinciple'));
        }}
      >
        {t('matrixEditor.addPrinciple')}
      </button>
      <section className="mx-principle" aria-labelledby="mx-overall">
        <h2 id="mx-overall">{t('matrixEditor.overallHeading')}</h2>
        <p className="muted">{t('matrixEditor.overallIntro')}</p>
        <QuestionEditor q={draft.overall} path="overall" />
      </section>
    </div>
  );
}
