/**
 * The matrix as a spreadsheet (docs/matrix-format.md): sheets Matrix, Principes and Vragen become the JSON form,
 * which the same schema validates; every problem is reported at its sheet, row and column.
 */
import ExcelJS from 'exceljs';
import { matrixFileSchema, type MatrixProblem, type MatrixProblemPlace } from '../../shared/domain/matrixFile';
import { pathProblems, type Path } from '../../shared/domain/matrixIssues';
import type { MatrixRead } from './json';
import {
  MATRIX_FIELDS,
  MATRIX_SHEET,
  NO_WORDS,
  normalise,
  OVERALL_WORDS,
  PRINCIPLES_SHEET,
  QUESTIONS_SHEET,
  YES_WORDS,
} from './layout';
import { findSheet, readSheet, type Place, type SheetRow } from './sheets';

const MAX_PROBLEMS = 50;
type Raw = Record<string, unknown>;

/** Where each value of the JSON form came from, by its path ("principles.0.items.1.question.nl"). */
class Places {
  private readonly map = new Map<string, { sheet: string } & Partial<Place>>();
  set(path: Path, place: { sheet: string } & Partial<Place>) {
    this.map.set(path.join('.'), place);
  }
  /** The place of a path, or of its nearest parent that has one. */
  find(path: Path): MatrixProblemPlace {
    for (let n = path.length; n >= 0; n--) {
      const p = this.map.get(path.slice(0, n).join('.'));
      if (p) return { kind: 'sheet', ...p };
    }
    return { kind: 'file' };
  }
}

const sheetPlace = (p: Place): MatrixProblemPlace => ({ kind: 'sheet', ...p });

/** Dutch text (as is, so an empty cell is reported as required) with English only when given. */
function localized(row: SheetRow, places: Places, path: Path, id: string, enId: string): Raw {
  places.set([...path, 'nl'], row.place(id));
  places.set([...path, 'en'], row.place(enId));
  places.set(path, row.place(id));
  const en = row.text(enId);
  return { nl: row.text(id), ...(en ? { en } : {}) };
}

function readMatrixSheet(rows: SheetRow[], sheet: string, places: Places): Raw {
  const out: Raw = {};
  for (const field of Object.keys(MATRIX_FIELDS)) places.set([field], { sheet });
  for (const row of rows) {
    const field = normalise(row.text('field'));
    const name = (Object.keys(MATRIX_FIELDS) as (keyof typeof MATRIX_FIELDS)[]).find((k) =>
      (MATRIX_FIELDS[k] as readonly string[]).includes(field),
    );
    if (!name) continue;
    if (name === 'slug') {
      out.slug = row.text('nl');
      places.set(['slug'], row.place('nl'));
    } else out[name] = localized(row, places, [name], 'nl', 'en');
  }
  return out;
}

interface Built {
  raw: Raw;
  problems: MatrixProblem[];
}

function yesNo(row: SheetRow, problems: MatrixProblem[]): boolean {
  const word = normalise(row.text('allowNotApplicable'));
  if (YES_WORDS.includes(word)) return true;
  if (!NO_WORDS.includes(word))
    problems.push({
      place: sheetPlace(row.place('allowNotApplicable')),
      code: 'not_yes_no',
      params: { value: word.slice(0, 40) },
    });
  return false;
}

function number(row: SheetRow, id: string, problems: MatrixProblem[]): number | undefined {
  const raw = row.raw(id);
  if (typeof raw === 'number') return raw;
  const text = row.text(id);
  if (text === '') return undefined;
  if (/^-?\d+$/.test(text)) return Number(text);
  problems.push({ place: sheetPlace(row.place(id)), code: 'not_a_number', params: { value: text.slice(0, 40) } });
  return undefined;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((l) => l !== '');
}

function question(row: SheetRow, key: string, path: Path, places: Places, problems: MatrixProblem[]): Raw {
  places.set(path, { sheet: row.place('title').sheet, row: row.row });
  places.set([...path, 'key'], row.place('key'));
  const lookNl = lines(row.text('lookFor'));
  const lookEn = lines(row.text('lookForEn'));
  if (lookEn.length > 0 && lookEn.length !== lookNl.length)
    problems.push({
      place: sheetPlace(row.place('lookForEn')),
      code: 'look_for_count',
      params: { nl: lookNl.length, en: lookEn.length },
    });
  places.set([...path, 'lookFor'], row.place('lookFor'));
  const min = number(row, 'min', problems);
  const max = number(row, 'max', problems);
  places.set([...path, 'scale', 'min'], row.place('min'));
  places.set([...path, 'scale', 'max'], row.place('max'));
  places.set([...path, 'allowNotApplicable'], row.place('allowNotApplicable'));
  return {
    key,
    title: localized(row, places, [...path, 'title'], 'title', 'titleEn'),
    question: localized(row, places, [...path, 'question'], 'question', 'questionEn'),
    lookFor: lookNl.map((nl, i) => (lookEn.length === lookNl.length ? { nl, en: lookEn[i] } : { nl })),
    scale: {
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      minAnchor: localized(row, places, [...path, 'scale', 'minAnchor'], 'minAnchor', 'minAnchorEn'),
      maxAnchor: localized(row, places, [...path, 'scale', 'maxAnchor'], 'maxAnchor', 'maxAnchorEn'),
    },
    allowNotApplicable: yesNo(row, problems),
  };
}

function build(
  matrixSheet: string,
  matrixRows: SheetRow[],
  principleRows: SheetRow[],
  questionRows: SheetRow[],
  sheet: string,
  places: Places,
): Built {
  const problems: MatrixProblem[] = [];
  const raw = readMatrixSheet(matrixRows, matrixSheet, places);
  const principles = principleRows.map((row, i) => {
    places.set(['principles', i], { sheet: row.place('key').sheet, row: row.row });
    places.set(['principles', i, 'key'], row.place('key'));
    places.set(['principles', i, 'items'], { sheet: row.place('key').sheet, row: row.row });
    return {
      key: row.text('key'),
      title: localized(row, places, ['principles', i, 'title'], 'title', 'titleEn'),
      intro: localized(row, places, ['principles', i, 'intro'], 'intro', 'introEn'),
      items: [] as Raw[],
    };
  });
  let overall: Raw | undefined;
  for (const row of questionRows) {
    const owner = normalise(row.text('principle'));
    if (OVERALL_WORDS.includes(owner)) {
      if (overall) problems.push({ place: sheetPlace(row.place('principle')), code: 'two_overall' });
      else overall = question(row, row.text('key') || 'overall', ['overall'], places, problems);
      continue;
    }
    const i = principles.findIndex((p) => normalise(p.key) === owner);
    const p = principles[i];
    if (!p) {
      problems.push({
        place: sheetPlace(row.place('principle')),
        code: 'unknown_principle',
        params: { value: owner.slice(0, 40) },
      });
      continue;
    }
    const path = ['principles', i, 'items', p.items.length];
    p.items.push(question(row, row.text('key') || `${p.key}.${p.items.length + 1}`, path, places, problems));
  }
  if (!overall) problems.push({ place: { kind: 'sheet', sheet }, code: 'no_overall' });
  return { raw: { ...raw, principles, ...(overall ? { overall } : {}) }, problems };
}

export async function readMatrixXlsx(bytes: Uint8Array): Promise<MatrixRead> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problems: [{ place: { kind: 'file' }, code: 'not_a_spreadsheet' }] };
  }
  const sheets = [MATRIX_SHEET, PRINCIPLES_SHEET, QUESTIONS_SHEET].map((layout) => ({
    layout,
    ws: findSheet(wb, layout),
  }));
  const missing: MatrixProblem[] = sheets
    .filter((s) => !s.ws)
    .map((s) => ({
      place: { kind: 'sheet', sheet: s.layout.nl },
      code: 'missing_sheet',
      params: { sheet: s.layout.nl },
    }));
  if (missing.length > 0) return { ok: false, problems: missing };
  const read = sheets.map((s) => readSheet(s.ws!, s.layout));
  const headed = read.flatMap((r) => (r.ok ? [] : r.problems));
  if (headed.length > 0) return { ok: false, problems: headed };
  const [m, p, q] = read.map((r) => (r.ok ? r.rows : []));
  const places = new Places();
  const built = build(sheets[0]!.ws!.name, m!, p!, q!, sheets[2]!.ws!.name, places);
  const parsed = matrixFileSchema.safeParse(built.raw);
  const noOverall = built.problems.some((x) => x.code === 'no_overall');
  const schemaProblems = parsed.success
    ? []
    : pathProblems(parsed.error)
        .filter((x) => !(noOverall && x.path[0] === 'overall'))
        .map(({ path, code, params }) => ({
          place: places.find(path),
          code,
          ...(params ? { params } : {}),
        }));
  const problems = [...built.problems, ...schemaProblems];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, file: parsed.data };
}
