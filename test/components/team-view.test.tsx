/**
 * The team view's pieces with hand-made views: each principle chart and its table carry the same numbers, a figure
 * with too few audits says so instead of drawing, questions keep the matrix order, the action bars match their
 * table, and the page asks for the scope chosen and announces the number of audits. No person appears anywhere.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../shared/api/contract';
import type { TeamView, TeamViewInput, TeamViewOptions } from '../../shared/domain/teamView';
import i18n from '../../renderer/i18n';
import { setTransport } from '../../renderer/api/client';
import { PrinciplesSection } from '../../renderer/features/teamView/PrinciplesSection';
import { QuestionsSection } from '../../renderer/features/teamView/QuestionsSection';
import { ActionsSection } from '../../renderer/features/teamView/ActionsSection';
import { TeamViewPage } from '../../renderer/features/teamView/TeamViewPage';
import { exampleTeamView, spread } from '../support/teamViewExample';

afterEach(() => void i18n.changeLanguage('nl'));

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());

describe('principles', () => {
  it('draws each quarter where the table says: median dot, middle-half band, lowest-to-highest whisker', () => {
    const view = exampleTeamView();
    const { container } = render(<PrinciplesSection view={view} locale="nl" />);
    const card = container.querySelector<HTMLElement>('[data-principle="kind"]')!;
    const svg = card.querySelector('svg[role="img"]')!;
    const rows = [...card.querySelectorAll('tbody tr')].map((r) => cells(r as HTMLElement));
    // Chart geometry: the viewBox's plot runs from y=10 (scale max) to y=120 (scale min) on 0..10.
    const value = (y: number) => 10 - ((y - 10) / 110) * 10;
    const dots = [...svg.querySelectorAll('circle')].map((c) => value(Number(c.getAttribute('cy'))));
    const bands = [...svg.querySelectorAll('rect')].map((r) => {
      const y = Number(r.getAttribute('y'));
      return [value(y + Number(r.getAttribute('height'))), value(y)];
    });
    const shown = rows.filter((r) => r[2] !== 'te weinig' && r[0] !== 'Hele periode');
    expect(shown).toHaveLength(3);
    expect(dots).toHaveLength(3);
    shown.forEach((r, i) => {
      const [, , , q1, median, q3] = r.map((c) => Number(c.replace(',', '.')));
      expect(dots[i]).toBeCloseTo(median!, 5);
      expect(bands[i]![0]).toBeCloseTo(q1!, 5);
      expect(bands[i]![1]).toBeCloseTo(q3!, 5);
    });
    expect(rows[1]).toEqual(['K4 2025', '3', 'te weinig']);
    expect(rows[4]).toEqual(['Hele periode', '23', '1', '3', '4', '5,5', '7']);
    // The image's words carry the same numbers as the table.
    const label = svg.getAttribute('aria-label')!;
    expect(label).toContain('Het kind als actieve partner per kwartaal, op een schaal van 0 tot 10.');
    expect(label).toContain('K3 2025: mediaan 3,5, middelste helft tussen 2,5 en 5.');
    expect(label).toContain('K4 2025: te weinig audits.');
  });

  it('a principle with too few audits says so and draws nothing', () => {
    const view = exampleTeamView();
    view.principles[0] = { ...view.principles[0]!, overall: spread(4, null), perQuarter: [] };
    const { container } = render(<PrinciplesSection view={view} locale="nl" />);
    const card = container.querySelector<HTMLElement>('[data-principle="basishouding"]')!;
    expect(card.textContent).toContain('Te weinig audits om te tonen (minstens 5).');
    expect(card.querySelector('svg, table')).toBeNull();
  });

  it('the table is there on request, behind "Toon als tabel"', () => {
    render(<PrinciplesSection view={exampleTeamView()} locale="nl" />);
    const summaries = screen.getAllByText('Toon als tabel');
    expect(summaries).toHaveLength(4);
    expect(summaries[0]!.tagName).toBe('SUMMARY');
    expect((summaries[0]!.parentElement as HTMLDetailsElement).open).toBe(false);
  });
});

describe('questions', () => {
  it('keeps the matrix order, explains kappa and ICC, writes the interval as "tussen x en y"', () => {
    const view = exampleTeamView();
    const { container } = render(<QuestionsSection view={view} locale="nl" />);
    const rows = [...container.querySelectorAll<HTMLElement>('tr[data-question]')];
    expect(rows.map((r) => r.dataset.question)).toEqual(view.questions.map((q) => q.key));
    expect(cells(rows[0]!)).toEqual([
      'Taal van de ouders',
      '23',
      '43%',
      '73%',
      '1,3',
      '0,62 (tussen 0,41 en 0,80)',
      '0,58 (tussen 0,33 en 0,77)',
    ]);
    expect(cells(rows[1]!).slice(5)).toEqual(['nog niet', 'nog niet']);
    expect(cells(rows[2]!)).toEqual(['Driekolommenmodel', '4', 'Te weinig audits om te tonen (minstens 5).']);
    expect(container.textContent).toContain('Gewogen kappa: hoe goed jullie scores overeenkomen');
    expect(container.textContent).toContain('ICC: welk deel van de verschillen');
  });
});

describe('actions', () => {
  it('the stacked bars have the widths of the table numbers; a quarter with too few audits is not drawn', () => {
    const view = exampleTeamView();
    const { container } = render(<ActionsSection view={view} locale="nl" />);
    expect(container.textContent).toContain('40 actiepunten: 20 gedaan, 15 nog open, 5 niet meer nodig.');
    const bars = [...container.querySelectorAll('svg.actions-chart > g')];
    expect(bars).toHaveLength(4);
    const widths = bars.map((g) => [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width'))));
    const unit = widths[0]![0]! / 8;
    expect(widths[0]!.map((w) => w / unit)).toEqual([8, 2, 2]);
    expect(widths[1]!.every((w) => w === 0)).toBe(true);
    expect(bars[1]!.textContent).toContain('te weinig');
    expect(widths[3]!.map((w) => Math.round(w / unit))).toEqual([5, 8, 1]);
    const tableRows = [...container.querySelectorAll<HTMLElement>('details tbody tr')].map(cells);
    expect(tableRows[0]).toEqual(['K3 2025', '8', '2', '2', '12']);
    expect(tableRows[1]).toEqual(['K4 2025', 'te weinig']);
    expect(tableRows[4]).toEqual(['Hele periode', '20', '15', '5', '40']);
  });
});

describe('the page', () => {
  const OPTIONS: TeamViewOptions = {
    matrices: [
      { slug: 'small', name: { nl: 'Kleine matrix', en: 'Small matrix' }, audits: 2 },
      { slug: 'sofs-default', name: { nl: 'Signs of Safety', en: 'Signs of Safety' }, audits: 30 },
    ],
    services: ['OCJ'],
    regions: ['Gent', 'Antwerpen'],
    teams: ['Team Noord'],
    firstDay: '2025-01-10',
    lastDay: '2026-05-20',
  };
  function fakeApi(answer: (input: TeamViewInput) => TeamView) {
    const asked: TeamViewInput[] = [];
    setTransport({
      getTeamViewOptions: async () => ({ ok: true, value: OPTIONS }),
      getTeamView: async (input: TeamViewInput) => (asked.push(input), { ok: true, value: answer(input) }),
    } as unknown as Api);
    return asked;
  }

  it('asks for the matrix with the most audits, then for the scope chosen; announces the count; too few says so', async () => {
    const asked = fakeApi((input) =>
      input.region === 'Gent'
        ? exampleTeamView({ scope: input, audits: 3, tooFew: true })
        : exampleTeamView({ scope: input }),
    );
    render(<TeamViewPage />);
    const count = () => document.querySelector('.team-count')!.textContent;
    await waitFor(() => expect(count()).toBe('23 afgeronde audits in deze keuze.'));
    expect(asked[0]!.matrix).toBe('sofs-default');
    expect(screen.getAllByRole('img').length).toBeGreaterThan(0);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Regio'), 'Gent');
    await waitFor(() => expect(count()).toBe('3 afgeronde audits in deze keuze.'));
    expect(asked.at(-1)).toMatchObject({ region: 'Gent', matrix: 'sofs-default', service: null, team: null });
    expect(screen.getByText(/Te weinig audits om te tonen \(minstens 5\)/)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('own dates: typed as dd/mm/jjjj, a reversed period is not asked for and says why', async () => {
    const asked = fakeApi((input) => exampleTeamView({ scope: input }));
    render(<TeamViewPage />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Periode'), 'own');
    await user.type(screen.getByLabelText('Van'), '01/03/2026');
    await user.type(screen.getByLabelText('Tot en met'), '01/02/2026');
    await waitFor(() => expect(within(document.body).getByRole('alert').textContent).toMatch(/einddatum/));
    const before = asked.length;
    await user.clear(screen.getByLabelText('Tot en met'));
    await user.type(screen.getByLabelText('Tot en met'), '31/03/2026');
    await waitFor(() => expect(asked.length).toBeGreaterThan(before));
    expect(asked.at(-1)).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
  });
});
