/**
 * The breadth dashboard as a CSV file for Flemish Excel: `;` between fields, a decimal comma, UTF-8 with a byte
 * order mark, CRLF line ends, every field quoted. Text that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so a team or region name can never run as one.
 * Labels come from the translation files in the user's language.
 */
import type { BreadthCell, BreadthDashboard } from './breadthView';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised against formula injection and quoted. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A percentage with one decimal and a decimal comma (66,7). */
export const decimalComma = (n: number): string => n.toFixed(1).replace('.', ',');

const line = (fields: (string | number)[]) => fields.map(csvField).join(';');

/**
 * The file: title, scope and the caution first, then one line per step and quarter (the current quarter last, as
 * "now"), with the percentage and both numbers behind it, or "too few" without numbers.
 */
export function breadthCsv(d: BreadthDashboard, t: Translate, scopeLabel: string): string {
  const cellFields = (c: BreadthCell) =>
    c.tooFew || c.percent === null
      ? [t('breadth.tooFew'), '', '']
      : [decimalComma(c.percent), c.occurs ?? 0, c.counted ?? 0];
  const lines = [
    line([t('breadth.csv.title')]),
    line([t('breadth.scope.label'), scopeLabel]),
    line([t('breadth.caution')]),
    line([t('breadth.csv.minGroup', { count: d.minGroup })]),
    '',
    line([
      t('breadth.csv.step'),
      t('breadth.csv.quarter'),
      t('breadth.csv.percent'),
      t('breadth.csv.occurs'),
      t('breadth.csv.counted'),
    ]),
  ];
  d.rows.forEach((r, i) => {
    const label = `${i + 1}. ${t(`breadth.steps.${r.step}`)}`;
    for (const c of r.cells) lines.push(line([label, c.quarter, ...cellFields(c)]));
    lines.push(line([label, t('breadth.nowQuarter', { quarter: d.nowQuarter }), ...cellFields(r.now)]));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
