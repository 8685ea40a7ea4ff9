/** One principle of the draft: title and introduction, its questions, and Omhoog, Omlaag, Verwijderen, Vraag toevoegen. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftPrinciple } from '../../../../shared/domain/matrixDraft';
import { matrixProblemText } from '../../../../shared/i18n/matrixProblem';
import { fieldId, useFieldProblems } from './problems';
import { QuestionEditor } from './QuestionEditor';
import { useMatrixEditor } from './store';
import { TextPair } from './TextPair';

function Tools({
  p,
  index,
  count,
  afterRemoveId,
}: {
  p: DraftPrinciple;
  index: number;
  count: number;
  afterRemoveId: string;
}) {
  const { t } = useTranslation();
  const movePrinciple = useMatrixEditor((s) => s.movePrinciple);
  const removePrinciple = useMatrixEditor((s) => s.removePrinciple);
  const requestFocus = useMatrixEditor((s) => s.requestFocus);
  const title = p.title.nl.trim() || t('matrixEditor.untitled');
  const what = t('matrixEditor.principleWhat', { number: index + 1, title });
  const move = (delta: number) => {
    const position = index + delta;
    movePrinciple(p.id, delta);
    const which = delta < 0 ? (position === 0 ? 'down' : 'up') : position === count - 1 ? 'up' : 'down';
    requestFocus(`${p.id}-${which}`, t('matrixEditor.movedPrinciple', { title, position: position + 1, count }));
  };
  return (
    <div className="mx-tools">
      <button
        type="button"
        id={`${p.id}-up`}
        className="btn btn--small"
        disabled={index === 0}
        aria-label={t('matrixEditor.upLabel', { what })}
        onClick={() => move(-1)}
      >
        {t('matrixEditor.up')}
      </button>
      <button
        type="button"
        id={`${p.id}-down`}
        className="btn btn--small"
        disabled={index === count - 1}
        aria-label={t('matrixEditor.downLabel', { what })}
        onClick={() => move(1)}
      >
        {t('matrixEditor.down')}
      </button>
      <button
        type="button"
        className="btn btn--small"
        aria-label={t('matrixEditor.removeLabel', { what })}
        onClick={() => {
          removePrinciple(p.id);
          requestFocus(afterRemoveId, t('matrixEditor.removedPrinciple', { title }));
        }}
      >
        {t('matrixEditor.remove')}
      </button>
    </div>
  );
}

function AddQuestion({
  principleId,
  id,
  number,
  firstField,
}: {
  principleId: string;
  id: string;
  number: number;
  firstField: string;
}) {
  const { t } = useTranslation();
  const addQuestion = useMatrixEditor((s) => s.addQuestion);
  const requestFocus = useMatrixEditor((s) => s.requestFocus);
  return (
    <button
      type="button"
      id={id}
      className="btn"
      aria-label={t('matrixEditor.addQuestionLabel', { number })}
      onClick={() => {
        addQuestion(principleId);
        requestFocus(firstField, t('matrixEditor.addedQuestion'));
      }}
    >
      {t('matrixEditor.addQuestion')}
    </button>
  );
}

export const PrincipleEditor = memo(function PrincipleEditor({
  p,
  index,
  count,
  afterRemoveId,
}: {
  p: DraftPrinciple;
  index: number;
  count: number;
  afterRemoveId: string;
}) {
  const { t } = useTranslation();
  const setPrinciple = useMatrixEditor((s) => s.setPrinciple);
  const path = `principles[${index}]`;
  const itemProblems = useFieldProblems(`${path}.items`);
  const headingId = `${p.id}-heading`;
  const addId = `${p.id}-add`;
  const title = p.title.nl.trim() || t('matrixEditor.untitled');
  return (
    <section className="mx-principle" aria-labelledby={headingId} id={fieldId(path)}>
      <div className="mx-principle__head">
        <h2 id={headingId} tabIndex={-1}>
          {t('matrixEditor.principleHeading', { number: index + 1, title })}
        </h2>
        <Tools p={p} index={index} count={count} afterRemoveId={afterRemoveId} />
      </div>
      <TextPair
        path={`${path}.title`}
        label={t('matrixEditor.principleTitle')}
        value={p.title}
        onChange={(v) => setPrinciple(p.id, { title: v })}
      />
      <TextPair
        path={`${path}.intro`}
        label={t('matrixEditor.principleIntro')}
        value={p.intro}
        multiline
        onChange={(v) => setPrinciple(p.id, { intro: v })}
      />
      <div
        className="mx-questions"
        id={fieldId(`${path}.items`)}
        tabIndex={-1}
        aria-label={t('matrixEditor.questionsHeading')}
      >
        {itemProblems.length > 0 && (
          <p className="field__error">{itemProblems.map((x) => matrixProblemText(t, x.problem)).join(' ')}</p>
        )}
        {p.items.map((q, j) => (
          <QuestionEditor
            key={q.id}
            q={q}
            path={`${path}.items[${j}]`}
            at={{ index: j, count: p.items.length, principleNumber: index + 1 }}
            afterRemoveId={
              p.items[j + 1]
                ? `${p.items[j + 1]!.id}-heading`
                : p.items[j - 1]
                  ? `${p.items[j - 1]!.id}-heading`
                  : addId
            }
          />
        ))}
      </div>
      <AddQuestion
        principleId={p.id}
        id={addId}
        number={index + 1}
        firstField={fieldId(`${path}.items[${p.items.length}].title.nl`)}
      />
    </section>
  );
});
