/**
 * Comparing the two perspectives after the reveal: per item both answers and a category, an order that starts
 * appreciatively (shared strengths, then hidden strengths, then the largest differences in perspective, then the rest),
 * the plain matrix order, and a short summary per principle for both raters.
 *
 * The thresholds are stated on a 0–10 scale (the SofS scale question) and scaled by position to other scales.
 */
import type { Rater } from './model';
import type { Rating } from './scoring';
import type { Scale, TemplateContent, TemplateItem } from './template';

/** Points on the 0–10 reference scale the thresholds below are written in. */
export const REFERENCE_SCALE_SPAN = 10;
/** Both raters at 7 or more (on 0–10): a shared strength. */
export const HIGH_SCORE = 7;
/** The reviewer at least this many points (on 0–10) above the consultant's own score: a hidden strength. */
export const HIDDEN_STRENGTH_GAP = 2;
/** At least this many points apart (on 0–10), either way: the perspectives differ. */
export const DIFFERENT_GAP = 2;

export type Category = 'sharedStrength' | 'hiddenStrength' | 'different' | 'other';
export const CATEGORY_ORDER: readonly Category[] = ['sharedStrength', 'hiddenStrength', 'different', 'other'];

/** One rater's answer to one item, reduced to what the comparison needs. */
export type Answer = { kind: 'score'; score: number } | { kind: 'notApplicable'; reason: string } | { kind: 'missing' };

export interface ComparedItem {
  item: TemplateItem;
  /** The principle the item belongs to; null for the overall scale. */
  principleKey: string | null;
  /** Position in matrix order, 0-based. */
  index: number;
  answers: Record<Rater, Answer>;
  ratings: Record<Rater, Rating | undefined>;
  /** reviewer − consultant when both gave a score, else null. */
  difference: number | null;
  category: Category;
}

export function answerOf(r: Rating | undefined): Answer {
  if (!r) return { kind: 'missing' };
  if (r.notApplicable) return { kind: 'notApplicable', reason: r.naReason };
  if (r.score === null) return { kind: 'missing' };
  return { kind: 'score', score: r.score };
}

const scoreOf = (a: Answer): number | null => (a.kind === 'score' ? a.score : null);

/** A number of points on the 0–10 reference scale, expressed on this scale. */
export const onScale = (scale: Scale, points: number): number =>
  (points * (scale.max - scale.min)) / REFERENCE_SCALE_SPAN;

/** The score from which an answer counts as high on this scale (7 on 0–10). */
export const highScore = (scale: Scale): number => scale.min + onScale(scale, HIGH_SCORE);

export function categorize(scale: Scale, consultant: number | null, reviewer: number | null): Category {
  if (consultant === null || reviewer === null) return 'other';
  const high = highScore(scale);
  if (consultant >= high && reviewer >= high) return 'sharedStrength';
  if (reviewer - consultant >= onScale(scale, HIDDEN_STRENGTH_GAP)) return 'hiddenStrength';
  if (Math.abs(reviewer - consultant) >= onScale(scale, DIFFERENT_GAP)) return 'different';
  return 'other';
}

/** Every item of the template (overall last) with both answers, in matrix order. */
export function compareItems(
  template: TemplateContent,
  consultant: readonly Rating[],
  reviewer: readonly Rating[],
): ComparedItem[] {
  const byKey = (list: readonly Rating[]) => new Map(list.map((r) => [r.itemKey, r]));
  const c = byKey(consultant);
  const r = byKey(reviewer);
  const rows: { item: TemplateItem; principleKey: string | null }[] = [
    ...template.principles.flatMap((p) => p.items.map((item) => ({ item, principleKey: p.key }))),
    { item: template.overall, principleKey: null },
  ];
  return rows.map(({ item, principleKey }, index) => {
    const ratings = { consultant: c.get(item.key), reviewer: r.get(item.key) };
    const answers = { consultant: answerOf(ratings.consultant), reviewer: answerOf(ratings.reviewer) };
    const cs = scoreOf(answers.consultant);
    const rs = scoreOf(answers.reviewer);
    return {
      item,
      principleKey,
      index,
      answers,
      ratings,
      difference: cs !== null && rs !== null ? rs - cs : null,
      category: categorize(item.scale, cs, rs),
    };
  });
}

/** Appreciative order: by category; within "different" the largest difference first; ties keep matrix order. */
export function appreciativeOrder(items: readonly ComparedItem[]): ComparedItem[] {
  return [...items].sort((a, b) => {
    const byCategory = CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);
    if (byCategory !== 0) return byCategory;
    if (a.category === 'different') {
      const gap = Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0);
      if (gap !== 0) return gap;
    }
    return a.index - b.index;
  });
}

export function matrixOrder(items: readonly ComparedItem[]): ComparedItem[] {
  return [...items].sort((a, b) => a.index - b.index);
}

export interface RaterSummary {
  /** Mean of the given scores on the principle's scale; null when no item has a score. */
  mean: number | null;
  scored: number;
  notApplicable: number;
  missing: number;
}
export interface PrincipleSummary {
  principleKey: string;
  /** The scale the means are expressed on: that of the principle's first item. */
  scale: Scale;
  items: number;
  raters: Record<Rater, RaterSummary>;
}

function summarize(scale: Scale, items: readonly ComparedItem[], rater: Rater): RaterSummary {
  let sum = 0;
  let scored = 0;
  let notApplicable = 0;
  for (const x of items) {
    const a = x.answers[rater];
    if (a.kind === 'notApplicable') notApplicable++;
    if (a.kind !== 'score') continue;
    // Items of one principle normally share a scale; if not, each score is carried over by its position.
    const s = x.item.scale;
    sum += scale.min + ((a.score - s.min) * (scale.max - scale.min)) / (s.max - s.min);
    scored++;
  }
  return {
    mean: scored > 0 ? sum / scored : null,
    scored,
    notApplicable,
    missing: items.length - scored - notApplicable,
  };
}

/** Per principle, in matrix order: for both raters the mean of the given scores and how many were answered or N/A. */
export function principleSummaries(template: TemplateContent, compared: readonly ComparedItem[]): PrincipleSummary[] {
  return template.principles.map((p) => {
    const items = compared.filter((x) => x.principleKey === p.key);
    const scale = p.items[0]!.scale;
    return {
      principleKey: p.key,
      scale,
      items: items.length,
      raters: { consultant: summarize(scale, items, 'consultant'), reviewer: summarize(scale, items, 'reviewer') },
    };
  });
}
