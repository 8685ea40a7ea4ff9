/**
 * The A4 "Leren over tijd" PDF read back with poppler's pdftotext: page one carries the scope, the period, the number
 * of audits, the caution and the principle charts; then questions (kappa and ICC with "tussen x en y"), actions and
 * strengths; a footer with the date and "pagina x van y" on every page. Hostile region and team names (long, emoji,
 * right-to-left, an invisible override) print as stored or as the visible marker. A view with too few audits says so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTeamPdf, teamPdfFileName } from '../../shared/report/teamPdf';
import { loadReportFonts } from '../../scripts/reportNode';
import { exampleTeamView } from '../support/teamViewExample';

let dir: string;
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-teampdf-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PRINTED = new Date('2026-07-02T09:30:00Z');

/** Each page's text, bidi marks that pdftotext adds around right-to-left runs taken out. */
function pages(bytes: Uint8Array, name: string): string[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .replace(/[\u202A-\u202E]/g, '')
    .split('\f')
    .slice(0, -1);
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('team PDF', () => {
  it('page one has scope, period, count, caution and the principles; then questions, actions, strengths (nl)', () => {
    const view = exampleTeamView();
    const bytes = renderTeamPdf(
      { view, locale: 'nl', matrixName: 'Signs of Safety-matrix' },
      loadReportFonts(),
      PRINTED,
    );
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = pages(bytes, 'nl').map(flat);
    expect(text.length).toBeGreaterThanOrEqual(2);
    const [first, ...rest] = text as [string, ...string[]];
    expect(first).toContain('Leren over tijd');
    expect(first).toContain('Signs of Safety-matrix · OCJ');
    expect(first).toContain('1 juli 2025 tot en met 30 juni 2026');
    expect(first).toMatch(/Afgeronde audits\s+23/);
    expect(first).toContain('Deze cijfers zijn een vertrekpunt voor een gesprek, geen oordeel.');
    for (const p of view.principles) expect(first).toContain(p.title.nl);
    expect(first).toContain('23 audits, waarvan 17 met een gezamenlijke score.');
    expect(first).toContain('K3');
    const after = rest.join(' ');
    expect(after).toContain('Waar onze blikken dichter bij elkaar komen');
    expect(after).toContain('0,62 (tussen 0,41 en 0,80)');
    expect(after).toContain('0,58 (tussen 0,33 en 0,77)');
    expect(after).toContain('43%'.replace('%', '')); // the percentage, whatever space Intl puts before %
    expect(after).toContain('Te weinig audits om te tonen (minstens 5).');
    expect(after).toContain('40 actiepunten: 20 gedaan, 15 nog open, 5 niet meer nodig.');
    expect(after).toContain('ouders voelen zich gehoord');
    expect(after).toContain('in 9 audits');
    text.forEach((p, i) => {
      expect(p).toContain(`pagina ${i + 1} van ${text.length}`);
      expect(p).toContain('gemaakt op 2 juli 2026');
    });
  });

  it('keeps the questions in the matrix order, never sorted by a figure', () => {
    const view = exampleTeamView();
    const text = flat(
      pages(renderTeamPdf({ view, locale: 'nl', matrixName: 'M' }, loadReportFonts(), PRINTED), 'order').join(' '),
    );
    const at = view.questions.map((q) => text.indexOf(q.title.nl));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('prints in English too', () => {
    const bytes = renderTeamPdf(
      { view: exampleTeamView(), locale: 'en', matrixName: 'Matrix' },
      loadReportFonts(),
      PRINTED,
    );
    const text = flat(pages(bytes, 'en').join(' '));
    expect(text).toContain('Learning over time');
    expect(text).toContain('1 July 2025 up to and including 30 June 2026');
    expect(text).toContain('0.62 (between 0.41 and 0.80)');
    expect(text).toContain('Strengths-based attitude');
    expect(text).toMatch(/page 1 of \d/);
  });

  it('prints hostile region, team and matrix names as stored, or as the visible marker', () => {
    const long = 'Regio Oost-Vlaanderen en Vlaams-Brabant samen '.repeat(5).slice(0, 200).trim();
    const view = exampleTeamView();
    view.scope = { ...view.scope, region: long, team: 'Team 🌈 Noord שלום צוות' };
    view.strengths = [{ text: 'om\u202Ekeer naar sterktes', audits: 3 }, ...view.strengths];
    const bytes = renderTeamPdf({ view, locale: 'nl', matrixName: 'Matrix 🙂 v2' }, loadReportFonts(), PRINTED);
    const text = pages(bytes, 'hostile').join(' ');
    expect(flat(text).replace(/ /g, '')).toContain(long.replace(/ /g, ''));
    expect(text).toContain('Team 🌈 Noord שלום צוות');
    expect(text).toContain('Matrix 🙂 v2');
    expect(text).toContain('om⟨U+202E⟩keer naar sterktes');
  });

  it('a view with too few audits says so and shows no figures', () => {
    const view = exampleTeamView({ audits: 3, tooFew: true });
    const text = flat(
      pages(renderTeamPdf({ view, locale: 'nl', matrixName: 'M' }, loadReportFonts(), PRINTED), 'few').join(' '),
    );
    expect(text).toContain('Te weinig audits om te tonen (minstens 5).');
    expect(text).not.toContain('Waar we staan, per principe');
    expect(text).not.toContain('ouders voelen zich gehoord');
  });

  it('names the file after the period', () => {
    expect(teamPdfFileName('2025-07-01', '2026-06-30')).toBe('leren-over-tijd-2025-07-01-2026-06-30.pdf');
  });
});
