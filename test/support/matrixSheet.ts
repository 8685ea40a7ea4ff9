/** Builds matrix spreadsheets with exceljs in tests, as a quality worker would fill them in Excel. */
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | null;
export interface SheetSpec {
  name: string;
  /** the first row holds the headings */
  rows: Cell[][];
}

export const QUESTION_HEADINGS = [
  'Principe',
  'Sleutel',
  'Titel',
  'Vraag',
  'Waar kijk je naar',
  'Anker laag',
  'Anker hoog',
  'Niet van toepassing mogelijk',
  'Vraag (Engels)',
];

const question = (principle: string, key: string, n: number, na = 'nee', en = ''): Cell[] => [
  principle,
  key,
  `Vraag ${n} over ${principle}`,
  `In welke mate zie je ${principle} terug (vraag ${n})?`,
  `Eerste aandachtspunt ${n}\nTweede aandachtspunt ${n}`,
  'Nog niet zichtbaar',
  'Helemaal zichtbaar',
  na,
  en,
];

/** A valid matrix of three principles, each with its own questions, and the overall scale. */
export function threePrinciples(slug = 'eigen-matrix'): SheetSpec[] {
  return [
    {
      name: 'Matrix',
      rows: [
        ['Veld', 'Nederlands', 'Engels'],
        ['Code', slug, null],
        ['Naam', 'Onze eigen matrix', 'Our own matrix'],
        ['Bron', 'Geschreven door de dienst kwaliteit.', null],
      ],
    },
    {
      name: 'Principes',
      rows: [
        ['Sleutel', 'Titel', 'Inleiding', 'Titel (Engels)'],
        ['betrokkenheid', 'Betrokkenheid van het gezin', 'Hoe het gezin meedeed.', 'Family involvement'],
        ['netwerkkracht', 'Kracht van het netwerk', 'Wie rond het kind staat.', null],
        ['helderheid', 'Heldere taal', 'Hoe verstaanbaar we schreven.', null],
      ],
    },
    {
      name: 'Vragen',
      rows: [
        QUESTION_HEADINGS,
        question('betrokkenheid', 'betrokkenheid.stem', 1, 'nee', 'Are the parents heard?'),
        question('betrokkenheid', 'betrokkenheid.keuze', 2, 'ja'),
        question('netwerkkracht', 'netwerkkracht.kring', 3),
        question('helderheid', 'helderheid.woorden', 4),
        question('helderheid', '', 5, 'ja'),
        question('het traject als geheel', 'overall', 6),
      ],
    },
  ];
}

export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A copy of the sheets with one change made to one of them. */
export function edit(sheets: SheetSpec[], name: string, change: (rows: Cell[][]) => void): SheetSpec[] {
  const copy = sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  change(copy.find((s) => s.name === name)!.rows);
  return copy;
}
