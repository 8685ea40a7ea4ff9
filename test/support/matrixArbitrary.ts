/**
 * fast-check arbitraries for VALID matrices (templateContentSchema): 1–8 principles with 1–12 questions each, texts
 * from a word pool with accents, emoji and right-to-left words, sometimes as long as the schema allows, N/A allowed
 * or not, scales from 0–1 to 0–100. Keys are unique by construction.
 */
import fc from 'fast-check';
import type { LocalizedText, TemplateContent, TemplateItem } from '../../shared/domain/template';

const WORDS = [
  'veiligheid',
  'samenwerking',
  'één',
  'coördinatie',
  'ouders',
  'netwerk',
  'kind',
  'straße',
  'façade',
  'ça',
  'naïef',
  'Zoë',
  'd’r',
  '😀',
  '👍🏽',
  '🎉',
  'שלום',
  'مرحبا',
  'ÅÄÖ',
  'señor',
  'Kinderbeschermingsdossieronderzoek',
  'x',
];

/** Words joined by spaces, cut (at a code point) to at most `max` UTF-16 units; never empty, never padded. */
function textOf(max: number): fc.Arbitrary<string> {
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 });
  const long = fc.constantFrom(...WORDS).map((w) =>
    Array(Math.ceil(max / (w.length + 1)) + 1)
      .fill(w)
      .join(' '),
  );
  return fc.oneof({ weight: 4, arbitrary: words.map((w) => w.join(' ')) }, { weight: 1, arbitrary: long }).map((s) => {
    let out = '';
    for (const ch of s) {
      if (out.length + ch.length > max) break;
      out += ch;
    }
    return out.trim() || 'x';
  });
}

/** A text in both languages; `tag` (ASCII) starts it so each one can be found back. */
const localized = (max: number, tag = ''): fc.Arbitrary<LocalizedText> =>
  fc.record({ nl: textOf(max - tag.length - 1), en: textOf(max - tag.length - 1) }).map(({ nl, en }) => ({
    nl: tag ? `${tag} ${nl}` : nl,
    en: tag ? `${tag} ${en}` : en,
  }));

const scale = fc
  .oneof(
    fc.constant({ min: 0, max: 10 }),
    fc
      .record({ min: fc.integer({ min: 0, max: 99 }), span: fc.integer({ min: 1, max: 100 }) })
      .map(({ min, span }) => ({
        min,
        max: Math.min(100, min + span),
      })),
  )
  .chain(({ min, max }) =>
    fc.record({ minAnchor: localized(300), maxAnchor: localized(300) }).map((a) => ({ min, max, ...a })),
  );

const item = (key: string, tag: string): fc.Arbitrary<TemplateItem> =>
  fc.record({
    key: fc.constant(key),
    title: localized(160, tag),
    question: localized(600),
    lookFor: fc.array(localized(400), { maxLength: 3 }),
    scale,
    allowNotApplicable: fc.boolean(),
  });

export const matrixArbitrary: fc.Arbitrary<TemplateContent> = fc
  .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 })
  .chain((sizes) =>
    fc.record({
      slug: fc.constant('eigenschaal'),
      version: fc.constant(1),
      name: localized(200, 'Matrix'),
      source: localized(2000),
      principles: fc.tuple(
        ...sizes.map((n, p) =>
          fc.record({
            key: fc.constant(`p${p}`),
            title: localized(200, `P${p}`),
            intro: localized(1000),
            items: fc.tuple(...Array.from({ length: n }, (_, i) => item(`p${p}.v${i}`, `V${p}x${i}`))),
          }),
        ),
      ),
      overall: item('geheel', 'Geheel'),
    }),
  );
