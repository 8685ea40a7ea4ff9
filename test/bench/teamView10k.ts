/**
 * `teamView10k`: the team view ("Leren over tijd") over 10,000 completed audits (21 items × 2 raters, agreed
 * scores, strengths notes, action points with follow-ups; test/support/teamViewBulk.ts), through the API. Figures:
 *  - `warm`: getTeamView with the summary in memory, the scope changing every call (all, a region, a team, a
 *    service, one year), p50/p99 — the goal is p99 ≤ 50 ms;
 *  - `raw`: one SQL GROUP BY over the ratings of the same audits (item × consultant score × reviewer score), the
 *    aggregate a view in plain SQL would at least need, measured in the same run; `ratio_p99` = warm / raw;
 *  - `cold`: the first call on a freshly opened backend (summarising every completed audit once);
 *  - `afterFollowUp`: a call right after a follow-up was recorded (the list of completed audits is read again).
 *
 *   npx tsx test/bench/teamView10k.ts [count]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../db/backend';
import type { TeamViewInput } from '../../shared/domain/teamView';
import type { TemplateContent } from '../../shared/domain/template';
import { buildTeamViewAudits } from '../support/teamViewBulk';
import { percentile, round } from './scale';

const ALL: TeamViewInput = {
  from: '2000-01-01',
  to: '2099-12-31',
  matrix: 'sofs-cca-default',
  service: null,
  region: null,
  team: null,
};
const SCOPES: TeamViewInput[] = [
  ALL,
  { ...ALL, region: 'gent' },
  { ...ALL, team: 'Team Noord' },
  { ...ALL, service: 'OCJ' },
  { ...ALL, from: '2023-01-01', to: '2023-12-31' },
];
const RAW = `SELECT c.item_key, c.score, r.score, count(*) FROM audits a
  JOIN ratings c ON c.audit_id = a.id AND c.rater = 'consultant'
  JOIN ratings r ON r.audit_id = a.id AND r.rater = 'reviewer' AND r.item_key = c.item_key
  WHERE a.status = 'completed' AND c.score IS NOT NULL AND r.score IS NOT NULL GROUP BY 1, 2, 3`;

const quiet = (file: string) => openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
const figure = (xs: number[]) => ({ p50_ms: round(percentile(xs, 50)), p99_ms: round(percentile(xs, 99)) });

export function benchTeamView10k(count = 10_000, runs = 200) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-teamview-'));
  const file = path.join(dir, 'casusaudit.sqlite');
  try {
    const build = quiet(file);
    const t = build.db.prepare('SELECT id, content FROM templates WHERE slug = ?').get(ALL.matrix) as {
      id: number;
      content: string;
    };
    buildTeamViewAudits(build.db, count, t.id, JSON.parse(t.content) as TemplateContent);
    const rows = build.db.prepare("SELECT count(*) FROM ratings WHERE rater = 'consultant'").pluck().get() as number;
    build.close();

    const b = quiet(file);
    const view = (scope: TeamViewInput) => {
      const t0 = performance.now();
      const res = b.dispatch('getTeamView', scope);
      const took = performance.now() - t0;
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      return { took, audits: (res.value as { audits: number }).audits };
    };
    const first = view(ALL);
    if (first.audits !== count) throw new Error(`expected ${count} audits in the view, got ${first.audits}`);
    const raw = b.db.prepare(RAW);
    const warm: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      warm.push(view(SCOPES[i % SCOPES.length]!).took);
      if (i % 10 === 0) {
        const t0 = performance.now();
        raw.all();
        base.push(performance.now() - t0);
      }
    }
    const afterFollowUp: number[] = [];
    const action = b.db.prepare('SELECT id, audit_id AS auditId FROM actions ORDER BY id LIMIT 1').get() as {
      id: number;
      auditId: number;
    };
    const record = b.db.prepare(
      "INSERT INTO action_followups (action_id, audit_id, state, recorded_at) VALUES (?, ?, 'done', 'bench')",
    );
    for (let i = 0; i < 10; i++) {
      record.run(action.id, action.auditId);
      afterFollowUp.push(view(ALL).took);
    }
    b.close();
    return {
      audits: count,
      ratingRowsPerRater: rows,
      warm: figure(warm),
      raw: figure(base),
      ratio_p99: round(percentile(warm, 99) / percentile(base, 99), 3),
      cold_ms: round(first.took),
      afterFollowUp: figure(afterFollowUp),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as the bench prints them. */
export function printTeamView10k(r: ReturnType<typeof benchTeamView10k>): void {
  console.log(
    `\nThe team view over ${r.audits} completed audits (getTeamView, scope changing every call) vs one raw SQL GROUP BY over their ratings`,
  );
  console.table({ getTeamView: r.warm, 'raw GROUP BY': r.raw, 'right after a follow-up': r.afterFollowUp });
  console.log(`p99 ratio (getTeamView / raw GROUP BY): ${r.ratio_p99}×; first call (summary built): ${r.cold_ms} ms\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const r = benchTeamView10k(Number(process.argv[2] ?? 10_000));
  printTeamView10k(r);
  console.log(JSON.stringify({ teamView10k: r }));
}
