/**
 * Comparing the two perspectives after the reveal: per item both scores and a category, and an order that starts
 * appreciatively (shared strengths, then hidden strengths, then the largest differences in perspective, then the rest).
 */
import type { Rating } from './scoring';
import { allItems, type Scale, type TemplateContent, type TemplateItem } from './template';

/** On a 0–10 scale: both at 7 or more is a shared strength. Scaled to other scales by position. */
export const HIGH_SCORE_SHARE = 0.7;
/** The reviewer at least this many points (on 0–10) above the consultant's own score: a hidden strength. */
export const HIDDEN_STRENGTH_GAP = 2;
/** At least this many points apart (on 0–10): the perspectives differ. */
export const DIFFERENT_GAP = 2;

export type Category = 'sharedStrength' | 'hiddenStrength' | 'different' | 'other';
export const CATEGORY_ORDER: readonly Category[] = ['sharedStrength', 'hiddenStrength', 'different', 'other'];

export interface ComparedItem {
  item: TemplateItem;
  /** position in matrix order, 0-based */
  index: number;
  consultant: Rating | undefined;
  reviewer: Rating | undefined;
  /** reviewer − consultant when both gave a score, else null */
  difference: number | null;
  category: Category;
}

const scoreOf = (r: Rating | undefined): number | null => (r && !r.notApplicable && r.score !== null ? r.score : null);
/** A gap of `points` on a 0–10 scale, expressed on this item's scale. */
const scaled = (scale: Scale, points: number) => (points * (scale.max - scale.min)) / 10;

export function categorize(scale: Scale, consultant: number | null, reviewer: number | null): Category {
  if (consultant === null || reviewer === null) return 'other';
  const high = scale.min + HIGH_SCORE_SHARE * (scale.max - scale.min);
  if (consultant >= high && reviewer >= high) return 'sharedStrength';
  if (reviewer - consultant >= scaled(scale, HIDDEN_STRENGTH_GAP)) return 'hiddenStrength';
  if (Math.abs(reviewer - consultant) >= scaled(scale, DIFFERENT_GAP)) return 'different';
  return 'other';
}

export function compareItems(template: TemplateContent, consultant: Rating[], reviewer: Rating[]): ComparedItem[] {
  const c = new Map(consultant.map((r) => [r.itemKey, r]));
  const r = new Map(reviewer.map((x) => [x.itemKey, x]));
  return allItems(template).map((item, index) => {
    const cs = scoreOf(c.get(item.key));
    const rs = scoreOf(r.get(item.key));
    return {
      item,
      index,
      consultant: c.get(item.key),
      reviewer: r.get(item.key),
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
