/**
 * One matrix item as a rater sees it: the scale question, what to look for, the score, N/A and "why this number?".
 * Presentational: the scoring feature feeds it its store (ItemCard), the matrix editor's preview a local draft, so
 * the preview shows an item exactly as a rater will.
 */
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/domain/model';
import type { Rating } from '../../shared/domain/scoring';
import type { SaveState } from '../lib/saveQueue';
import { pick, type Locale, type Scale, type TemplateItem } from '../../shared/domain/template';
import { SaveStatus } from './SaveStatus';
import { ScaleInput } from './ScaleInput';

/** What a rater has entered for one item (not yet stored). */
export type ItemDraft = Pick<Rating, 'score' | 'notApplicable' | 'naReason' | 'rationale'>;
type Draft = ItemDraft;

/** The question under "why this number?", fitted to the score: why not one lower, what would make it one higher. */
function scoreHint(t: TFunction, score: number | null, scale: Scale): string {
  return score === null
    ? t('scoring.hintEmpty')
    : score >= scale.max
      ? t('scoring.hintTop', { score })
      : score <= scale.min
        ? t('scoring.hintBottom', { higher: score + 1 })
        : t('scoring.hintBoth', { score, lower: score - 1, higher: score + 1 });
}

/**
 * Ticking or unticking "not applicable" keeps what was written: the one box that is shown carries it (the reason
 * why not applicable, or the reason for the number), so no text hides in a box that is no longer on screen.
 */
export function naToggle(draft: Draft, notApplicable: boolean): Partial<Draft> {
  if (notApplicable && draft.naReason === '' && draft.rationale !== '')
    return { notApplicable, naReason: draft.rationale, rationale: '' };
  if (!notApplicable && draft.rationale === '' && draft.naReason !== '')
    return { notApplicable, rationale: draft.naReason, naReason: '' };
  return { notApplicable };
}

/** "Not applicable", and when ticked, the one box that says why not (in place of "why this number?"). */
function NotApplicable({
  id,
  draft,
  onChange,
  onEnter,
}: {
  id: string;
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  onEnter: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="item-card__na">
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.notApplicable}
          onChange={(e) => onChange(naToggle(draft, e.target.checked))}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            onEnter();
          }}
        />{' '}
        {t('scoring.notApplicable')}
      </label>
      {draft.notApplicable && (
        <div className="field">
          <label htmlFor={`${id}-na`}>{t('scoring.naReason')}</label>
          <textarea
            id={`${id}-na`}
            rows={3}
            value={draft.naReason}
            maxLength={LIMITS.naReason}
            onChange={(e) => onChange({ naReason: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}

/** "Why this number?" with a question fitted to the score. */
function Why({
  id,
  hint,
  value,
  onChange,
}: {
  id: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={`${id}-why`}>{t('scoring.why')}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={`${id}-why`}
        aria-describedby={`${id}-hint`}
        rows={3}
        value={value}
        maxLength={LIMITS.rationale}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/**
 * One item. Keyboard: a digit picks the score, Enter moves on (`onNext`), Tab goes from the score to the note, then
 * to "not applicable". While not applicable, its reason is the one box (an older "why" that has text stays shown).
 */
export function MatrixItem({
  item,
  index,
  locale,
  draft,
  saveState,
  onChange,
  onNext,
  stepHeadingId,
}: {
  item: TemplateItem;
  index: number;
  locale: Locale;
  draft: ItemDraft;
  saveState?: SaveState | undefined;
  onChange: (patch: Partial<ItemDraft>) => void;
  onNext: () => void;
  /** For a step's first item: its scale is named with the step too, announced when Enter brings focus there. */
  stepHeadingId?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const patch = onChange;
  const showWhy = !draft.notApplicable || draft.rationale !== '';

  return (
    <article className="item-card" aria-labelledby={`${id}-title`} data-item={item.key}>
      <header className="item-card__head">
        <h3 id={`${id}-title`}>
          <span className="item-card__num">{index}.</span> {pick(item.title, locale)}
        </h3>
        <SaveStatus state={saveState} live />
      </header>
      <p className="item-card__question" id={`${id}-q`}>
        {pick(item.question, locale)}
      </p>
      {item.lookFor.length > 0 && (
        <details className="item-card__lookfor">
          <summary>{t('scoring.lookFor')}</summary>
          <ul>
            {item.lookFor.map((l, i) => (
              <li key={i}>{pick(l, locale)}</li>
            ))}
          </ul>
        </details>
      )}
      <ScaleInput
        name={`score-${item.key}`}
        scale={item.scale}
        minAnchor={pick(item.scale.minAnchor, locale)}
        maxAnchor={pick(item.scale.maxAnchor, locale)}
        value={draft.score}
        disabled={draft.notApplicable}
        labelledBy={[stepHeadingId, `${id}-title`, `${id}-q`].filter(Boolean).join(' ')}
        onChange={(v) => patch({ score: v })}
        onEnter={onNext}
      />
      {showWhy && (
        <Why
          id={id}
          hint={scoreHint(t, draft.score, item.scale)}
          value={draft.rationale}
          onChange={(rationale) => patch({ rationale })}
        />
      )}
      {item.allowNotApplicable && <NotApplicable id={id} draft={draft} onChange={patch} onEnter={onNext} />}
    </article>
  );
}
