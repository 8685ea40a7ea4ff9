/**
 * A data file with many audits, built quickly through the API (backend.dispatch: the same validation, handlers
 * and triggers as the app) for end-to-end tests at scale: case files, people and audits with dates over ten years,
 * no answers. The bench's `test/bench/bigFile.ts` builds the heavier file with every answer filled in.
 */
import { openBackend } from '../../db/backend';
import { ok } from './results';

export const MANY_PEOPLE = 12;

/** Audit `i` (from 0): its dossier code, date and participants, so a test can predict what a filter finds. */
export function manyAudit(i: number): { code: string; date: string; consultant: number; reviewer: number } {
  return {
    code: `MANY-${i % 2 ? 'OCJ' : 'SDJ'}-${100000 + i}`,
    date: new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10),
    consultant: 1 + (i % (MANY_PEOPLE - 2)),
    reviewer: i % 2 ? 0 : MANY_PEOPLE - 1,
  };
}

/** The name of person `n` (0-based, as `manyAudit` numbers them). */
export const manyPerson = (n: number) => `Collega ${String.fromCharCode(65 + n)} (fictief)`;

/** Builds `count` audits into a new file `file`. */
export function buildManyAudits(file: string, count: number): void {
  const backend = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  try {
    const d = <T = { id: number }>(op: string, args: unknown) => ok<T>(backend.dispatch(op, args));
    const people = Array.from({ length: MANY_PEOPLE }, (_, n) =>
      d('createPerson', {
        name: manyPerson(n),
        role: n === 0 || n === MANY_PEOPLE - 1 ? 'teamverantwoordelijke' : 'consulent',
      }),
    );
    const batch = backend.db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const a = manyAudit(i);
        const cf = d('createCaseFile', {
          dossierCode: a.code,
          service: i % 2 ? 'OCJ' : 'SDJ',
          region: i % 3 ? 'Gent' : 'Brugge',
        });
        d('createAudit', {
          caseFileId: cf.id,
          consultantId: people[a.consultant]!.id,
          reviewerId: people[a.reviewer]!.id,
          auditDate: a.date,
        });
      }
    });
    for (let from = 0; from < count; from += 500) batch(from, Math.min(count, from + 500));
  } finally {
    backend.close();
  }
}
