/**
 * A matrix being edited in the app (issue 14 item 2): a stored template as an editable draft, and the draft back in
 * the import form (docs/matrix-format.md), which the same schema as an import validates. Keys are not edited: a
 * kept item keeps its key (scores and notes are stored by it), a new one gets a unique key from its Dutch title
 * when the draft is turned into a matrix file.
 */
import type { MatrixFileInput } from './matrixFile';
import type { LocalizedText, TemplateContent, TemplateItem } from './template';

export interface DraftText {
  nl: string;
  en: string;
}
export interface DraftHint {
  id: string;
  text: DraftText;
}
export interface DraftQuestion {
  id: string;
  /** '' for a new question: made from its title by toMatrixFile. */
  key: string;
  title: DraftText;
  question: DraftText;
  lookFor: DraftHint[];
  minAnchor: DraftText;
  maxAnchor: DraftText;
  /** As typed: a whole number, or empty for the default (0 and 10). */
  min: string;
  max: string;
  allowNotApplicable: boolean;
}
export interface DraftPrinciple {
  id: string;
  key: string;
  title: DraftText;
  intro: DraftText;
  items: DraftQuestion[];
}
export interface MatrixDraft {
  slug: string;
  name: DraftText;
  source: DraftText;
  principles: DraftPrinciple[];
  overall: DraftQuestion;
}

let counter = 0;
/** An id for React and for focus, stable while the draft is edited (never stored). */
export const newDraftId = (): string => `d${++counter}`;

const text = (t: LocalizedText): DraftText => ({ nl: t.nl, en: t.en === t.nl ? '' : t.en });
export const emptyText = (): DraftText => ({ nl: '', en: '' });

function draftQuestion(q: TemplateItem): DraftQuestion {
  return {
    id: newDraftId(),
    key: q.key,
    title: text(q.title),
    question: text(q.question),
    lookFor: q.lookFor.map((l) => ({ id: newDraftId(), text: text(l) })),
    minAnchor: text(q.scale.minAnchor),
    maxAnchor: text(q.scale.maxAnchor),
    min: String(q.scale.min),
    max: String(q.scale.max),
    allowNotApplicable: q.allowNotApplicable,
  };
}

/** A stored matrix as a draft; English equal to the Dutch counts as "not given" (it falls back again on saving). */
export function draftFromTemplate(c: TemplateContent): MatrixDraft {
  return {
    slug: c.slug,
    name: text(c.name),
    source: text(c.source),
    principles: c.principles.map((p) => ({
      id: newDraftId(),
      key: p.key,
      title: text(p.title),
      intro: text(p.intro),
      items: p.items.map(draftQuestion),
    })),
    overall: draftQuestion(c.overall),
  };
}

export const newQuestion = (): DraftQuestion => ({
  id: newDraftId(),
  key: '',
  title: emptyText(),
  question: emptyText(),
  lookFor: [],
  minAnchor: emptyText(),
  maxAnchor: emptyText(),
  min: '0',
  max: '10',
  allowNotApplicable: false,
});

export const newPrinciple = (): DraftPrinciple => ({
  id: newDraftId(),
  key: '',
  title: emptyText(),
  intro: emptyText(),
  items: [newQuestion()],
});

/** Lower-case words joined by dashes, without accents: "Zorg & veiligheid" → "zorg-veiligheid". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** Keys for new principles and questions, unique among all keys of the draft. */
function keyMaker(d: MatrixDraft) {
  const used = new Set([...d.principles.flatMap((p) => [p.key, ...p.items.map((q) => q.key)]), d.overall.key]);
  return (wanted: string): string => {
    let key = wanted;
    for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
    used.add(key);
    return key;
  };
}

const fileText = (t: DraftText) => (t.en.trim() === '' ? { nl: t.nl } : { nl: t.nl, en: t.en });
const number = (s: string): unknown => (s.trim() === '' ? undefined : /^\s*\d+\s*$/.test(s) ? Number(s) : s);

/** The draft in the import form, unvalidated: matrixFileSchema says what is still missing, by path. */
export function toMatrixFile(d: MatrixDraft): MatrixFileInput {
  const unique = keyMaker(d);
  const question = (q: DraftQuestion, principleKey: string) => ({
    key: q.key || unique(`${principleKey}.${slugify(q.title.nl) || 'vraag'}`),
    title: fileText(q.title),
    question: fileText(q.question),
    lookFor: q.lookFor.map((l) => fileText(l.text)),
    scale: {
      min: number(q.min),
      max: number(q.max),
      minAnchor: fileText(q.minAnchor),
      maxAnchor: fileText(q.maxAnchor),
    },
    allowNotApplicable: q.allowNotApplicable,
  });
  return {
    slug: d.slug,
    name: fileText(d.name),
    source: fileText(d.source),
    principles: d.principles.map((p) => {
      const key = p.key || unique(/^[a-z]/.test(slugify(p.title.nl)) ? slugify(p.title.nl) : 'principe');
      return { key, title: fileText(p.title), intro: fileText(p.intro), items: p.items.map((q) => question(q, key)) };
    }),
    overall: question(d.overall, 'overall'),
  } as MatrixFileInput;
}

/** A copy of `list` with the element at `from` moved by `delta` places (unchanged at either end). */
export function moved<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

const shown = (t: DraftText): LocalizedText => ({ nl: t.nl, en: t.en.trim() || t.nl });

/** A draft question as raters will see it (the preview): English falls back to Dutch, an unusable scale to 0–10. */
export function previewItem(q: DraftQuestion): TemplateItem {
  const min = Number(q.min.trim() || 0);
  const max = Number(q.max.trim() || 10);
  const usable = Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max <= 100 && max > min;
  return {
    key: q.id,
    title: shown(q.title),
    question: shown(q.question),
    lookFor: q.lookFor.map((l) => shown(l.text)),
    scale: {
      min: usable ? min : 0,
      max: usable ? max : 10,
      minAnchor: shown(q.minAnchor),
      maxAnchor: shown(q.maxAnchor),
    },
    allowNotApplicable: q.allowNotApplicable,
  };
}

export const previewText = shown;
