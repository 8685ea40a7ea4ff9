/**
 * SQL for breadth (DOMAIN.md §6): a dossier's safety-plan steps, the list to fill in, and the dashboard's reference
 * computation (shared/domain/breadthCompute.ts): dossiers grouped by the quarter they started in and their closure
 * year, and steps grouped by step, state, quarter and closure year, summed per quarter in JS. The dashboard itself
 * counts over the backend's summary (db/api/breadthStore.ts, ADR 0019); the tests hold it equal to this query.
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { SafetyPlanStep, StepState } from '../../shared/domain/breadth';
import type { DossierGroup, StepGroup } from '../../shared/domain/breadthCompute';
import type { BreadthCaseFile, BreadthScope, StepEntry } from '../../shared/domain/breadthView';
import type { Service } from '../../shared/domain/model';

interface StepRow {
  step_key: SafetyPlanStep;
  state: StepState;
  happened_on: string | null;
  updated_at: string;
}

/** A day's quarter as one number: year × 4 + quarter − 1 (shared/domain/breadthView.ts quarterIndex). */
const quarterIndex = (day: string) =>
  `(CAST(substr(${day}, 1, 4) AS INTEGER) * 4 + (CAST(substr(${day}, 6, 2) AS INTEGER) - 1) / 3)`;

const SCOPE_WHERE: Record<BreadthScope['kind'], string> = {
  all: '@scope IS NULL',
  service: 'cf.service = @scope',
  region: 'cf.region = @scope',
  team: 'cf.team = @scope',
};
const scopeValue = (scope: BreadthScope) => (scope.kind === 'all' ? null : scope.value);

/** The day a dossier started: its creation, or its earliest step day when that is earlier. */
const START = `min(substr(cf.created_at, 1, 10), coalesce((SELECT min(s.happened_on) FROM safety_plan_steps s
  WHERE s.case_file_id = cf.id AND s.state = 'done'), '9999-12-31'))`;

const dashboardSql = (where: string) => /* sql */ `
  WITH scoped AS MATERIALIZED (
    SELECT cf.id, cf.closure_year AS closure, ${START} AS start FROM case_files cf WHERE ${where}
  )
  SELECT NULL AS step, NULL AS state, ${quarterIndex('start')} AS startQ, closure, count(*) AS n
    FROM scoped GROUP BY startQ, closure
  UNION ALL
  SELECT s.step_key, s.state, ${quarterIndex("CASE s.state WHEN 'done' THEN s.happened_on ELSE sc.start END")},
    sc.closure, count(*)
    FROM scoped sc JOIN safety_plan_steps s ON s.case_file_id = sc.id
    WHERE s.state IN ('done', 'not_applicable')
    GROUP BY 1, 2, 3, 4`;

const listSql = (where: string, count: boolean) => /* sql */ `
  SELECT ${
    count
      ? 'count(*) AS n'
      : `cf.id, cf.dossier_code, cf.service, cf.region, cf.team,
    (SELECT count(*) FROM safety_plan_steps s WHERE s.case_file_id = cf.id) AS filled,
    (SELECT count(*) FROM safety_plan_steps s WHERE s.case_file_id = cf.id AND s.state = 'done') AS done`
  }
  FROM case_files cf
  WHERE ${where} AND (@query = '' OR instr(lower(cf.dossier_code), lower(@query)) > 0)
  ${count ? '' : 'ORDER BY cf.dossier_code COLLATE NOCASE, cf.id LIMIT @limit OFFSET @offset'}`;

type Groups = { step: SafetyPlanStep | null; state: 'done' | 'not_applicable' | null } & DossierGroup;
interface ListRow {
  id: number;
  dossier_code: string;
  service: Service;
  region: string | null;
  team: string | null;
  filled: number;
  done: number;
}

const perScope = <T>(make: (where: string) => T) =>
  Object.fromEntries(Object.entries(SCOPE_WHERE).map(([k, w]) => [k, make(w)])) as Record<BreadthScope['kind'], T>;

export function breadthRepository(db: Database) {
  const steps = db.prepare<[number], StepRow>(
    'SELECT step_key, state, happened_on, updated_at FROM safety_plan_steps WHERE case_file_id = ?',
  );
  const upsert = db.prepare(`INSERT INTO safety_plan_steps (case_file_id, step_key, state, happened_on, updated_at)
    VALUES (@caseFileId, @step, @state, @happenedOn, @now)
    ON CONFLICT (case_file_id, step_key) DO UPDATE SET state = excluded.state, happened_on = excluded.happened_on,
    updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM safety_plan_steps WHERE case_file_id = ? AND step_key = ?');
  const dashboard = perScope((w) => db.prepare<[{ scope: string | null }], Groups>(dashboardSql(w)));
  const list = perScope((w) =>
    db.prepare<[{ scope: string | null; query: string; limit: number; offset: number }], ListRow>(listSql(w, false)),
  );
  const count = perScope((w) => db.prepare<[{ scope: string | null; query: string }], { n: number }>(listSql(w, true)));
  const distinct = (column: string) =>
    db.prepare<[], { v: string }>(
      `SELECT DISTINCT ${column} AS v FROM case_files WHERE ${column} IS NOT NULL ORDER BY ${column} COLLATE NOCASE`,
    );
  const services = distinct('service');
  const regions = distinct('region');
  const teams = distinct('team');
  const firstDay = db.prepare<[], { d: string | null }>(`SELECT min(
    (SELECT min(substr(created_at, 1, 10)) FROM case_files),
    coalesce((SELECT min(happened_on) FROM safety_plan_steps), '9999-12-31')) AS d`);
  const values = (s: Statement<[], { v: string }>) => s.all().map((r) => r.v);

  return {
    steps: (caseFileId: number): Map<SafetyPlanStep, StepEntry> =>
      new Map(
        steps
          .all(caseFileId)
          .map((r) => [
            r.step_key,
            { step: r.step_key, state: r.state, happenedOn: r.happened_on, updatedAt: r.updated_at },
          ]),
      ),
    setStep: (
      s: { caseFileId: number; step: SafetyPlanStep; state: StepState; happenedOn: string | null },
      now: string,
    ) => upsert.run({ ...s, now }),
    clearStep: (caseFileId: number, step: SafetyPlanStep) => remove.run(caseFileId, step),
    dashboardGroups: (scope: BreadthScope): { dossiers: DossierGroup[]; steps: StepGroup[] } => {
      const dossiers: DossierGroup[] = [];
      const stepGroups: StepGroup[] = [];
      for (const g of dashboard[scope.kind].all({ scope: scopeValue(scope) })) {
        const group = { startQ: g.startQ, closure: g.closure, n: g.n };
        if (g.step === null || g.state === null) dossiers.push(group);
        else stepGroups.push({ ...group, step: g.step, state: g.state });
      }
      return { dossiers, steps: stepGroups };
    },
    caseFiles: (scope: BreadthScope, query: string, limit: number, offset: number): BreadthCaseFile[] =>
      list[scope.kind].all({ scope: scopeValue(scope), query, limit, offset }).map((r) => ({
        id: r.id,
        dossierCode: r.dossier_code,
        service: r.service,
        region: r.region,
        team: r.team,
        filled: r.filled,
        done: r.done,
      })),
    caseFileCount: (scope: BreadthScope, query: string): number =>
      count[scope.kind].get({ scope: scopeValue(scope), query })?.n ?? 0,
    options: () => {
      const d = firstDay.get()?.d ?? null;
      return {
        services: values(services) as Service[],
        regions: values(regions),
        teams: values(teams),
        firstDay: d === null || d === '9999-12-31' ? null : d,
      };
    },
  };
}
