/** Audit matrix templates: versioned data (principles and items) validated by one schema. */
import { z } from 'zod';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
export const localizedText = (max = 2000) => z.object({ nl: text(max), en: text(max) }).strict();
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

export const scaleSchema = z
  .object({
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(1).max(100),
    minAnchor: localizedText(300),
    maxAnchor: localizedText(300),
  })
  .strict()
  .refine((s) => s.max > s.min, { message: 'scale.max must be greater than scale.min' });
export type Scale = z.infer<typeof scaleSchema>;

const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'keys are lower-case words joined by dots or dashes')
  .max(80);

export const itemSchema = z
  .object({
    key: keySchema,
    title: localizedText(160),
    question: localizedText(600),
    lookFor: z.array(localizedText(400)).max(12),
    scale: scaleSchema,
    allowNotApplicable: z.boolean(),
  })
  .strict();
export type TemplateItem = z.infer<typeof itemSchema>;

export const principleSchema = z
  .object({
    key: keySchema,
    title: localizedText(200),
    intro: localizedText(1000),
    items: z.array(itemSchema).min(1).max(20),
  })
  .strict();
export type TemplatePrinciple = z.infer<typeof principleSchema>;

export const templateContentSchema = z
  .object({
    slug: keySchema,
    version: z.number().int().min(1),
    name: localizedText(200),
    source: localizedText(2000),
    principles: z.array(principleSchema).min(1).max(12),
    overall: itemSchema,
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    for (const key of [...t.principles.flatMap((p) => [p.key, ...p.items.map((i) => i.key)]), t.overall.key]) {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate key ${key}` });
      seen.add(key);
    }
  });
export type TemplateContent = z.infer<typeof templateContentSchema>;

/** Every scorable item of a template in matrix order, the overall scale last. */
export function allItems(t: TemplateContent): TemplateItem[] {
  return [...t.principles.flatMap((p) => p.items), t.overall];
}

// Template content is immutable once parsed, so its item index is built once per content object.
const itemIndex = new WeakMap<TemplateContent, Map<string, TemplateItem>>();

export function findItem(t: TemplateContent, key: string): TemplateItem | undefined {
  let index = itemIndex.get(t);
  if (!index) {
    index = new Map(allItems(t).map((i) => [i.key, i]));
    itemIndex.set(t, index);
  }
  return index.get(key);
}

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.nl;
}
