/**
 * A fresh backend on a real temporary SQLite file for the team view's tests, with the built-in matrix's template id
 * and content, a writer of completed audits (test/support/teamViewData.ts) and the scope of everything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Backend } from '../../db/backend';
import type { TeamView, TeamViewInput } from '../../shared/domain/teamView';
import type { TemplateContent } from '../../shared/domain/template';
import { ok } from './results';
import { teamViewWriter, type CompletedAuditSpec } from './teamViewData';
import { openQuietBackend } from './testAudit';

export const SLUG = 'sofs-cca-default';
export const ALL: TeamViewInput = {
  from: '2000-01-01',
  to: '2099-12-31',
  matrix: SLUG,
  service: null,
  region: null,
  team: null,
};

export interface TeamViewTest {
  backend: Backend;
  dir: string;
  file: string;
  templateId: number;
  content: TemplateContent;
  people: number[];
  writer: ReturnType<typeof teamViewWriter>;
  /** Writes a completed audit with the built-in matrix and the first two people unless the spec says otherwise. */
  audit: (spec: Partial<CompletedAuditSpec>) => number;
  view: (scope?: Partial<TeamViewInput>) => TeamView;
  close: () => void;
}

export function openTeamViewTest(name: string, peopleNames = ['Charlotte Consulent', 'Rik Reviewer']): TeamViewTest {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `casusaudit-${name}-`));
  const file = path.join(dir, 'casusaudit.sqlite');
  const backend = openQuietBackend(file);
  const t = backend.db.prepare('SELECT id, content FROM templates WHERE slug = ?').get(SLUG) as {
    id: number;
    content: string;
  };
  const content = JSON.parse(t.content) as TemplateContent;
  const writer = teamViewWriter(backend.db);
  const people = peopleNames.map((n, i) => writer.person(n, i % 2 ? 'teamverantwoordelijke' : 'consulent'));
  return {
    backend,
    dir,
    file,
    templateId: t.id,
    content,
    people,
    writer,
    audit: (spec) =>
      writer.write({
        date: '2026-02-15',
        templateId: t.id,
        consultantId: people[0]!,
        reviewerId: people[1]!,
        caseFile: { service: 'OCJ' },
        ratings: {},
        ...spec,
      }),
    view: (scope = {}) => ok<TeamView>(backend.dispatch('getTeamView', { ...ALL, ...scope })),
    close: () => {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
