/**
 * The team view's scope choices (getTeamViewOptions): the matrices with completed audits (by slug, newest name,
 * count), the services, regions and teams of their case files (each once, whatever its case or spaces), and the
 * first and last audit date. Audits that are not completed offer nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TeamViewOptions } from '../../shared/domain/teamView';
import { ok } from '../support/results';
import { openTeamViewTest, SLUG, type TeamViewTest } from '../support/teamViewTest';

let t: TeamViewTest;
beforeEach(() => {
  t = openTeamViewTest('team-view-options');
});
afterEach(() => t.close());

const options = () => ok<TeamViewOptions>(t.backend.dispatch('getTeamViewOptions', {}));

it('offers nothing on an empty file', () => {
  expect(options()).toEqual({ matrices: [], services: [], regions: [], teams: [], firstDay: null, lastDay: null });
});

it('offers what completed audits use, each region and team once', () => {
  t.audit({ date: '2025-11-03', caseFile: { service: 'SDJ', region: 'Gent', team: 'Team Noord' } });
  t.audit({ date: '2026-03-01', caseFile: { service: 'SDJ', region: ' gent', team: 'team noord ' } });
  t.audit({ date: '2025-10-01', caseFile: { service: 'SDJ', region: 'Brugge', team: null } });
  t.audit({
    date: '2024-01-01',
    caseFile: { service: 'OCJ', region: 'Oostende', team: 'Team Zee' },
    status: 'conversation',
  });
  const o = options();
  expect(o).toEqual({
    matrices: [{ slug: SLUG, name: t.content.name, audits: 3 }],
    services: ['SDJ'],
    regions: ['Brugge', 'Gent'],
    teams: ['Team Noord'],
    firstDay: '2025-10-01',
    lastDay: '2026-03-01',
  });
});
