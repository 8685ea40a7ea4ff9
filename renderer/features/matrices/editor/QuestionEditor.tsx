/**
 * One question of the draft: its texts, what to look for, both anchors and the scale, whether N/A is allowed, and
 * (inside a principle) Omhoog, Omlaag and Verwijderen. After a move the focus stays on the moved question's button.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { newDraftId, emptyText, type DraftQuestion } from '../../../../shared/domain/matrixDraft';
import { matrixProblemText } from '../../../../shared/i18n/matrixProblem';
import { fieldId, useFieldProblems } from './problems';
import { useMatrixEditor } from './store';
import { TextPair } from './TextPair';

function ScaleEnd({
  path,
  label,
  value,
  onChange,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const problems = useFieldProblems(path);
  return (
    <div className={`field mx-scale-end${problems.length ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        size={4}
        aria-invalid={problems.length ? true : undefined}
        aria-describedby={problems.length ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problems.length > 0 && (
        <p className="field__error" id={`${id}-error`}>
          {problems.map((p) => matrixProblemText(t, p.problem)).join(' ')}
        </p>
      )}
    </div>
  );
}

function LookFor({ q, path }: { q: DraftQuestion; path: string }) {
  const { t } = useTranslation();
  const setQuestion = useMatrixEditor((s) => s.setQuestion);
  const requestFocus = useMatrixEditor((s) => s.requestFocus);
  const problems = useFieldProblems(`${path}.lookFor`);
  const set = (lookFor: DraftQuestion['lookFor']) => setQuestion(q.id, { lookFor });
  return (
    <fieldset className="mx-lookfor">
      <legend>{t('matrixEditor.lookFor')}</legend>
      {problems.length > 0 && (
        <p className="field__error">{problems.map((p) => matrixProblemText(t, p.problem)).join(' ')}</p>
      )}
      {q.lookFor.map((l, k) => (
        <div key={l.id} className="mx-lookfor__point">
          <TextPair
            path={`${path}.lookFor[${k}]`}
            label={t('matrixEditor.lookForPoint', { number: k + 1 })}
            value={l.text}
            onChange={(text) => set(q.lookFor.map((x) => (x.id === l.id ? { ...x, text } : x)))}
          />
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              set(q.lookFor.filter((x) => x.id !== l.id));
              requestFocus(`${q.id}-add-point`);
            }}
          >
            {t('matrixEditor.removeLookFor', { number: k + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        id={`${q.id}-add-point`}
        className="btn btn--small"
        onClick={() => {
          set([...q.lookFor, { id: newDraftId(), text: emptyText() }]);
          requestFocus(fieldId(`${path}.lookFor[${q.lookFor.length}].nl`));
        }}
      >
        {t('matrixEditor.addLookFor')}
      </button>
    </fieldset>
  );
}

export interface Placement {
  /** 0-based place among the principle's questions, and how many there are; absent for the overall scale. */
  index: number;
  count: number;
  principleNumber: number;
}

function Tools({ q, at, afterRemoveId }: { q: DraftQuestion; at: Placement; afterRemoveId: string }) {
  const { t } = useTranslation();
  const moveQuestion = useMatrixEditor((s) => s.moveQuestion);
  const removeQuestion = useMatrixEditor((s) => s.removeQuestion);
  const requestFocus = useMatrixEditor((s) => s.requestFocus);
  const title = q.title.nl.trim() || t('matrixEditor.untitled');
  const what = t('matrixEditor.questionWhat', { number: at.index + 1, title });
  const move = (delta: number) => {
    const position = at.index + delta;
    moveQuestion(q.id, delta);
    const which = delta < 0 ? (position === 0 ? 'down' : 'up') : position === at.count - 1 ? 'up' : 'down';
    const said = t('matrixEditor.movedQuestion', { title, position: position + 1, count: at.count });
    requestFocus(`${q.id}-${which}`, said);
  };
  const remove = () => {
    removeQuestion(q.id);
    requestFocus(afterRemoveId, t('matrixEditor.removedQuestion', { title }));
  };
  return (
    <div className="mx-tools">
      <button
        type="button"
        id={`${q.id}-up`}
        className="btn btn--small"
        disabled={at.index === 0}
        aria-label={t('matrixEditor.upLabel', { what })}
        onClick={() => move(-1)}
      >
        {t('matrixEditor.up')}
      </button>
      <button
        type="button"
        id={`${q.id}-down`}
        className="btn btn--small"
        disabled={at.index === at.count - 1}
        aria-label={t('matrixEditor.downLabel', { what })}
        onClick={() => move(1)}
      >
        {t('matrixEditor.down')}
      </button>
      <button
        type="button"
        className="btn btn--small"
        aria-label={t('matrixEditor.removeLabel', { what })}
        onClick={remove}
      >
        {t('matrixEditor.remove')}
      </button>
    </div>
  );
}

export const QuestionEditor = memo(function QuestionEditor({
  q,
  path,
  at,
  afterRemoveId,
}: {
  q: DraftQuestion;
  path: string;
  at?: Placement;
  /** Where focus goes when this question is removed (the next question's heading, or "Vraag toevoegen"). */
  afterRemoveId?: string;
}) {
  const { t } = useTranslation();
  const setQuestion = useMatrixEditor((s) => s.setQuestion);
  const set = (patch: Partial<DraftQuestion>) => setQuestion(q.id, patch);
  const headingId = `${q.id}-heading`;
  const title = q.title.nl.trim() || t('matrixEditor.untitled');
  return (
    <section className="mx-question" aria-labelledby={headingId} data-question={q.key || q.id} id={fieldId(path)}>
      <div className="mx-question__head">
        <h3 id={headingId} tabIndex={-1}>
          {at ? t('matrixEditor.questionHeading', { number: at.index + 1, title }) : title}
        </h3>
        {at && <Tools q={q} at={at} afterRemoveId={afterRemoveId ?? headingId} />}
      </div>
      <TextPair
        path={`${path}.title`}
        label={t('matrixEditor.questionTitle')}
        value={q.title}
        onChange={(title) => set({ title })}
      />
      <TextPair
        path={`${path}.question`}
        label={t('matrixEditor.question')}
        value={q.question}
        multiline
        onChange={(question) => set({ question })}
      />
      <LookFor q={q} path={path} />
      <TextPair
        path={`${path}.scale.minAnchor`}
        label={t('matrixEditor.minAnchor')}
        value={q.minAnchor}
        onChange={(minAnchor) => set({ minAnchor })}
      />
      <TextPair
        path={`${path}.scale.maxAnchor`}
        label={t('matrixEditor.maxAnchor')}
        value={q.maxAnchor}
        onChange={(maxAnchor) => set({ maxAnchor })}
      />
      <div className="mx-scale">
        <ScaleEnd
          path={`${path}.scale.min`}
          label={t('matrixEditor.scaleMin')}
          value={q.min}
          onChange={(min) => set({ min })}
        />
        <ScaleEnd
          path={`${path}.scale.max`}
          label={t('matrixEditor.scaleMax')}
          value={q.max}
          onChange={(max) => set({ max })}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={q.allowNotApplicable}
          onChange={(e) => set({ allowNotApplicable: e.target.checked })}
        />{' '}
        {t('matrixEditor.allowNa')}
      </label>
    </section>
  );
});
