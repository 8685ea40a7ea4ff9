/** One matrix item for one rater: the scale question, what to look for, the score, N/A and "why this number?". */
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/model';
import { pick, type Locale, type Scale, type TemplateItem } from '../../../shared/domain/template';
import { SaveStatus } from '../../components/SaveStatus';
import { ScaleInput } from './ScaleInput';
import { EMPTY_DRAFT, useScoring, type Draft } from './store';

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

/** "Not applicable", and when ticked, why not. */
function NotApplicable({
  id,
  draft,
  onChange,
}: {
  id: string;
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="item-card__na">
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.notApplicable}
          onChange={(e) => onChange({ notApplicable: e.target.checked })}
        />{' '}
        {t('scoring.notApplicable')}
      </label>
      {draft.notApplicable && (
        <div className="field">
          <label htmlFor={`${id}-na`}>{t('scoring.naReason')}</label>
          <input
            id={`${id}-na`}
            type="text"
            value={draft.naReason}
            maxLength={LIMITS.naReason}
            onChange={(e) => onChange({ naReason: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}

export function ItemCard({ item, index, locale }: { item: TemplateItem; index: number; locale: Locale }) {
  const { t } = useTranslation();
  const id = useId();
  const draft = useScoring((s) => s.drafts[item.key]) ?? EMPTY_DRAFT;
  const state = useScoring((s) => s.saveState[item.key]);
  const change = useScoring((s) => s.change);
  const score = draft.score;
  const hint = scoreHint(t, score, item.scale);

  return (
    <article className="item-card" aria-labelledby={`${id}-title`} data-item={item.key}>
      <header className="item-card__head">
        <h3 id={`${id}-title`}>
          <span className="item-card__num">{index}.</span> {pick(item.title, locale)}
        </h3>
        <SaveStatus state={state} live />
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
        value={score}
        disabled={draft.notApplicable}
        labelledBy={`${id}-q`}
        onChange={(v) => change(item.key, { score: v })}
      />
      {item.allowNotApplicable && <NotApplicable id={id} draft={draft} onChange={(patch) => change(item.key, patch)} />}
      <div className="field">
        <label htmlFor={`${id}-why`}>{t('scoring.why')}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <textarea
          id={`${id}-why`}
          aria-describedby={`${id}-hint`}
          rows={3}
          value={draft.rationale}
          maxLength={LIMITS.rationale}
          onChange={(e) => change(item.key, { rationale: e.target.value })}
        />
      </div>
    </article>
  );
}
