/**
 * The spreadsheet's sheets and columns (docs/matrix-format.md): Dutch headings, English ones recognised too.
 * The reader finds columns by heading (any order); the writer puts them in this order.
 */

export interface Column {
  id: string;
  nl: string;
  en: string;
  required: boolean;
  width: number;
}

export interface SheetLayout {
  nl: string;
  en: string;
  columns: Column[];
}

const col = (id: string, nl: string, en: string, required: boolean, width = 30): Column => ({
  id,
  nl,
  en,
  required,
  width,
});

export const MATRIX_SHEET: SheetLayout = {
  nl: 'Matrix',
  en: 'Matrix',
  columns: [
    col('field', 'Veld', 'Field', true, 16),
    col('nl', 'Nederlands', 'Dutch', true, 60),
    col('en', 'Engels', 'English', false, 60),
  ],
};

/** The rows of the Matrix sheet, by the word in its first column. */
export const MATRIX_FIELDS = {
  slug: ['code', 'slug'],
  name: ['naam', 'name'],
  source: ['bron', 'source'],
} as const;
export const MATRIX_FIELD_LABELS = { slug: 'Code', name: 'Naam', source: 'Bron' } as const;

export const PRINCIPLES_SHEET: SheetLayout = {
  nl: 'Principes',
  en: 'Principles',
  columns: [
    col('key', 'Sleutel', 'Key', true, 18),
    col('title', 'Titel', 'Title', true, 40),
    col('intro', 'Inleiding', 'Introduction', true, 60),
    col('titleEn', 'Titel (Engels)', 'Title (English)', false, 40),
    col('introEn', 'Inleiding (Engels)', 'Introduction (English)', false, 60),
  ],
};

export const QUESTIONS_SHEET: SheetLayout = {
  nl: 'Vragen',
  en: 'Questions',
  columns: [
    col('principle', 'Principe', 'Principle', true, 18),
    col('key', 'Sleutel', 'Key', false, 24),
    col('title', 'Titel', 'Title', true, 36),
    col('question', 'Vraag', 'Question', true, 60),
    col('lookFor', 'Waar kijk je naar', 'What to look for', false, 60),
    col('minAnchor', 'Anker laag', 'Low anchor', true, 40),
    col('maxAnchor', 'Anker hoog', 'High anchor', true, 40),
    col('allowNotApplicable', 'Niet van toepassing mogelijk', 'Not applicable allowed', true, 14),
    col('min', 'Schaal van', 'Scale from', false, 10),
    col('max', 'Schaal tot', 'Scale to', false, 10),
    col('titleEn', 'Titel (Engels)', 'Title (English)', false, 36),
    col('questionEn', 'Vraag (Engels)', 'Question (English)', false, 60),
    col('lookForEn', 'Waar kijk je naar (Engels)', 'What to look for (English)', false, 60),
    col('minAnchorEn', 'Anker laag (Engels)', 'Low anchor (English)', false, 40),
    col('maxAnchorEn', 'Anker hoog (Engels)', 'High anchor (English)', false, 40),
  ],
};

/** The word in the Principe column for the overall scale, "het traject als geheel" (scored last). */
export const OVERALL_WORDS = ['het traject als geheel', 'geheel', 'overall', 'the work as a whole'];
export const OVERALL_LABEL = 'het traject als geheel';

export const YES_WORDS = ['ja', 'j', 'yes', 'y', 'waar', 'true', 'x'];
export const NO_WORDS = ['nee', 'n', 'neen', 'no', 'onwaar', 'false', ''];

export const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
