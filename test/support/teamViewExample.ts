/**
 * Hand-made team views for the screen's and the PDF's tests (the backend's own tests compute real ones): four
 * principles on 0..10 over four quarters, one quarter with too few audits, questions with and without kappa/ICC
 * and one with too few pairs, action points per quarter, strengths.
 */
import type { PrincipleTrend, QuestionAgreement, Spread, TeamView } from '../../shared/domain/teamView';

export const spread = (audits: number, five: [number, number, number, number, number] | null): Spread =>
  five
    ? {
        values: audits * 2,
        audits,
        tooFew: false,
        min: five[0],
        q1: five[1],
        median: five[2],
        q3: five[3],
        max: five[4],
        mean: five[2] + 0.1,
      }
    : { values: audits, audits, tooFew: true, min: null, q1: null, median: null, q3: null, max: null, mean: null };

export const QUARTERS = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];

const principle = (key: string, nl: string, en: string, base: number): PrincipleTrend => ({
  key,
  title: { nl, en },
  scale: { min: 0, max: 10 },
  overall: spread(23, [base - 3, base - 1, base, base + 1.5, base + 3]),
  agreed: 17,
  perQuarter: [
    { quarter: '2025-Q3', spread: spread(6, [base - 3, base - 1.5, base - 0.5, base + 1, base + 2]) },
    { quarter: '2025-Q4', spread: spread(3, null) },
    { quarter: '2026-Q1', spread: spread(7, [base - 2, base - 1, base, base + 1, base + 2.5]) },
    { quarter: '2026-Q2', spread: spread(7, [base - 1, base, base + 0.5, base + 2, base + 3]) },
  ],
});

const question = (
  key: string,
  principleKey: string | null,
  nl: string,
  pairs: number,
  exact: number,
): QuestionAgreement => {
  const tooFew = pairs < 5;
  const chance = pairs >= 20;
  return {
    key,
    principleKey,
    title: { nl, en: `${nl} (en)` },
    scale: { min: 0, max: 10 },
    pairs,
    tooFew,
    exact: tooFew ? null : exact,
    withinOne: tooFew ? null : Math.min(1, exact + 0.3),
    meanAbsDiff: tooFew ? null : 1.25,
    kappa: chance ? { value: 0.62, low: 0.41, high: 0.8 } : null,
    icc: chance ? { value: 0.58, low: 0.33, high: 0.77 } : null,
  };
};

export function exampleTeamView(over: Partial<TeamView> = {}): TeamView {
  return {
    scope: { from: '2025-07-01', to: '2026-06-30', matrix: 'sofs-default', service: 'OCJ', region: null, team: null },
    minGroup: 5,
    audits: 23,
    tooFew: false,
    quarters: QUARTERS,
    principles: [
      principle('basishouding', 'Krachtgerichte basishouding', 'Strengths-based attitude', 6),
      principle('assessment', 'Assessment en veiligheidsplanning', 'Assessment and safety planning', 5),
      principle('kind', 'Het kind als actieve partner', 'The child as an active partner', 4),
      principle('netwerk', 'Het netwerk als actieve partner', 'The network as an active partner', 5.5),
    ],
    questions: [
      question('b1', 'basishouding', 'Taal van de ouders', 23, 0.43),
      question('b2', 'basishouding', 'Krachten benoemd', 12, 0.5),
      question('a1', 'assessment', 'Driekolommenmodel', 4, 0),
      question('k1', 'kind', 'Stem van het kind', 21, 0.38),
      question('overall', null, 'Het traject als geheel', 22, 0.55),
    ],
    actions: {
      total: 40,
      tooFew: false,
      audits: 23,
      byState: { open: 15, done: 20, dropped: 5 },
      perQuarter: [
        { quarter: '2025-Q3', total: 12, byState: { open: 2, done: 8, dropped: 2 }, audits: 6, tooFew: false },
        { quarter: '2025-Q4', total: 0, byState: { open: 0, done: 0, dropped: 0 }, audits: 3, tooFew: true },
        { quarter: '2026-Q1', total: 14, byState: { open: 5, done: 7, dropped: 2 }, audits: 7, tooFew: false },
        { quarter: '2026-Q2', total: 14, byState: { open: 8, done: 5, dropped: 1 }, audits: 7, tooFew: false },
      ],
    },
    strengths: [
      { text: 'ouders voelen zich gehoord', audits: 9 },
      { text: 'netwerk werd snel betrokken', audits: 6 },
      { text: 'heldere gevaarsboodschap', audits: 2 },
    ],
    ...over,
  };
}
