/**
 * What a matrix slug looks like across its versions, for the team view: principles and items matched by key, each
 * with its title and scale from the newest version that has the key, in the newest version's order (keys only in
 * older versions after them, newest first). A principle's scale is its first item's (as for the agreed score).
 */
import type { LocalizedText, TemplateContent } from '../../shared/domain/template';

export interface LayoutPrinciple {
  key: string;
  title: LocalizedText;
  scale: { min: number; max: number };
}
export interface LayoutItem extends LayoutPrinciple {
  principleKey: string | null;
}
export interface SlugLayout {
  templateIds: Set<number>;
  principles: LayoutPrinciple[];
  items: LayoutItem[];
}

/** `versions`: the slug's templates, newest first. */
export function slugLayout(versions: { id: number; content: TemplateContent }[]): SlugLayout {
  const principles = new Map<string, LayoutPrinciple>();
  const items = new Map<string, LayoutItem>();
  for (const { content } of versions) {
    for (const p of content.principles) {
      const first = p.items[0]!.scale;
      if (!principles.has(p.key))
        principles.set(p.key, { key: p.key, title: p.title, scale: { min: first.min, max: first.max } });
      for (const i of p.items) {
        if (!items.has(i.key))
          items.set(i.key, {
            key: i.key,
            title: i.title,
            scale: { min: i.scale.min, max: i.scale.max },
            principleKey: p.key,
          });
      }
    }
    const o = content.overall;
    if (!items.has(o.key))
      items.set(o.key, {
        key: o.key,
        title: o.title,
        scale: { min: o.scale.min, max: o.scale.max },
        principleKey: null,
      });
  }
  return {
    templateIds: new Set(versions.map((v) => v.id)),
    principles: [...principles.values()],
    items: [...items.values()],
  };
}
