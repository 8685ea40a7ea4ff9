/**
 * The breadth CSV for Flemish Excel: BOM, `;`, decimal comma, every field quoted, CRLF, labels in the user's
 * language, and hostile scope names (quotes, semicolons, newlines, formulas) neutralised.
 */
import { describe, expect, it } from 'vitest';
import { breadthCsv, csvField, decimalComma } from '../../shared/domain/breadthCsv';
import { breadthRows } from '../../shared/domain/breadthCompute';
import type { BreadthDashboard } from '../../shared/domain/breadthView';
import { translate } from '../../shared/i18n/translate';

const dashboard = (): BreadthDashboard => ({
  scope: { kind: 'team', value: '=HYPERLINK("x")' },
  quarters: ['2025-Q4', '2026-Q1'],
  nowQuarter: '2026-Q2',
  minGroup: 5,
  rows: breadthRows(
    [{ startQ: 2025 * 4, closure: null, n: 6 }],
    [{ step: 'internal_mapping', state: 'done', startQ: 2025 * 4 + 3, closure: null, n: 4 }],
    ['2025-Q4', '2026-Q1'],
    '2026-Q2',
  ),
});

describe('CSV fields', () => {
  it('quotes, doubles quotes and neutralises formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField('regel\nregel')).toBe('"regel\nregel"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvField(12)).toBe('"12"');
    expect(decimalComma(200 / 3)).toBe('66,7');
  });
});

describe('the breadth CSV', () => {
  it('is Dutch by default, with a BOM, semicolons and a decimal comma', () => {
    const csv = breadthCsv(dashboard(), translate('nl'), 'team =HYPERLINK("x");\nB');
    expect(csv.startsWith('\uFEFF"Breedte: stappen van het veiligheidsplan"\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"Voor welke dossiers";"team =HYPERLINK(""x"");\nB"');
    expect(lines[2]).toContain('vertrekpunt voor een gesprek, geen conclusie');
    expect(lines[5]).toBe('"Stap";"Kwartaal";"Percentage";"Dossiers waarin de stap gebeurde";"Dossiers meegeteld"');
    expect(lines[6]).toBe('"1. Interne mapping via Driekolommenmodel, schadematrix";"2025-Q4";"66,7";"4";"6"');
    expect(lines[8]).toBe('"1. Interne mapping via Driekolommenmodel, schadematrix";"Nu (2026-Q2)";"66,7";"4";"6"');
    expect(lines[9]).toBe('"2. Mappen van gesprekken met betrokkenen";"2025-Q4";"0,0";"0";"6"');
    expect(lines).toHaveLength(6 + 13 * 3 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('puts a scope that starts like a formula behind an apostrophe, in English too', () => {
    const csv = breadthCsv(dashboard(), translate('en'), '@SUM(A1)');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"Which case files";"\'@SUM(A1)"');
    expect(lines[6]).toBe('"1. Internal mapping with the three-column model, harm matrix";"2025-Q4";"66,7";"4";"6"');
  });

  it('says too few, without numbers, below the minimum group', () => {
    const d = dashboard();
    d.rows = breadthRows([{ startQ: 2025 * 4, closure: null, n: 4 }], [], d.quarters, d.nowQuarter);
    const lines = breadthCsv(d, translate('nl'), 'x').slice(1).split('\r\n');
    expect(lines[6]).toBe(
      '"1. Interne mapping via Driekolommenmodel, schadematrix";"2025-Q4";"te weinig dossiers om te tonen";"";""',
    );
  });
});
