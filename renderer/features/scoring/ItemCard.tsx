/** One matrix item for one rater, from the scoring store; its rendering is shared (renderer/components/MatrixItem). */
import { MatrixItem } from '../../components/MatrixItem';
import type { Locale, TemplateItem } from '../../../shared/domain/template';
import { EMPTY_DRAFT, useScoring } from './store';

/** Focus on an item's score (its chosen one, else the first), or on "not applicable" while that is ticked. */
export function firstScoreIn(card: Element | null | undefined): HTMLElement | null {
  const radios = [...(card?.querySelectorAll<HTMLInputElement>('input[type="radio"]:not(:disabled)') ?? [])];
  return radios.find((r) => r.checked) ?? radios[0] ?? card?.querySelector<HTMLElement>('.item-card__na input') ?? null;
}

export function focusScoreIn(card: Element | null | undefined): boolean {
  const target = firstScoreIn(card);
  target?.focus();
  return !!target;
}

/** One item of the rater's own scoring, fed from the scoring store (autosaved). */
export function ItemCard({
  item,
  index,
  locale,
  onNext,
  stepHeadingId,
}: {
  item: TemplateItem;
  index: number;
  locale: Locale;
  onNext: () => void;
  stepHeadingId?: string | undefined;
}) {
  const draft = useScoring((s) => s.drafts[item.key]) ?? EMPTY_DRAFT;
  const state = useScoring((s) => s.saveState[item.key]);
  const change = useScoring((s) => s.change);
  return (
    <MatrixItem
      item={item}
      index={index}
      locale={locale}
      draft={draft}
      saveState={state}
      onChange={(p) => change(item.key, p)}
      onNext={onNext}
      stepHeadingId={stepHeadingId}
    />
  );
}
