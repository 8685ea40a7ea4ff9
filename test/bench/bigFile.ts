/**
 * A data file with many audits, built through the API (backend.dispatch: the same validation, handlers and
 * triggers as the app), for the scale figures of `npm run bench` and for looking at the home screen at 10,000
 * audits. Every audit has both raters' answers with a "why" on each item; a quarter is still being scored, a
 * quarter is in the conversation with notes and agreed scores, and a quarter is signed off by both.
 *
 * The bulk path: calls are grouped into one outer transaction per batch of audits (better-sqlite3 nests the
 * handlers' own transactions as savepoints), so building 10,000 audits takes minutes, not an hour of commits.
 * The file is built once and reused (`ensureBigFile` keeps it under /tmp by its audit count).
 *
 *   npx tsx test/bench/bigFile.ts 10000 /tmp/casusaudit-10k.sqlite
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../db/backend';
import { closeDatabase, migrate } from '../../db/connection';
import { LATEST_VERSION } from '../../db/migrations/index';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { ok } from '../support/results';

const WHY =
  'In het verslag van het huisbezoek staat hoe mama het zelf verwoordde; het netwerk werd mee betrokken en de ' +
  'school gaf aan wat ze zag veranderen. We keken samen naar de Drie huizen van de oudste en wat de kinderen zelf ' +
  'zeiden over veiligheid thuis. ';

/** Builds `count` audits into `file` (which must not exist yet). Returns the file's size in bytes. */
export function buildBigFile(file: string, count: number, progress: (done: number) => void = () => {}): number {
  const backend = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  try {
    const d = (op: string, args: unknown) => ok(backend.dispatch(op, args));
    const people = Array.from({ length: 24 }, (_, i) =>
      d('createPerson', {
        name: `Collega ${String.fromCharCode(65 + i)} (fictief)`,
        role: i % 4 === 0 ? 'teamverantwoordelijke' : 'consulent',
      }),
    ) as { id: number }[];
    let items: ReturnType<typeof allItems> | null = null;
    const batch = backend.db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const f = d('createCaseFile', { dossierCode: `SCALE-${i % 2 ? 'OCJ' : 'SDJ'}-${100000 + i}`, service: 'OCJ' });
        const day = new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
        const a = d('createAudit', {
          caseFileId: f.id,
          consultantId: people[1 + (i % 18)]!.id,
          reviewerId: people[(i % 6) * 4]!.id,
          auditDate: day,
        }) as { id: number; template: { id: number } };
        items ??= allItems((d('getTemplate', { id: a.template.id }) as { content: TemplateContent }).content);
        scoreAudit(d, a.id, items, i);
      }
    });
    for (let from = 0; from < count; from += 100) {
      batch(from, Math.min(count, from + 100));
      progress(Math.min(count, from + 100));
    }
  } finally {
    backend.close();
  }
  return fs.statSync(file).size;
}

type Call = (op: string, args: unknown) => unknown;

/** Stage by i % 4: 0 not started, 1 both scoring, 2 in the conversation, 3 signed off by both. */
function scoreAudit(d: Call, auditId: number, items: ReturnType<typeof allItems>, i: number): void {
  const stage = i % 4;
  if (stage === 0) return;
  for (const rater of ['consultant', 'reviewer'] as const) {
    items.forEach((item, k) =>
      d('saveRating', {
        auditId,
        rater,
        itemKey: item.key,
        score: (i + k + (rater === 'reviewer' ? 1 : 0)) % 11,
        notApplicable: false,
        naReason: '',
        rationale: `${WHY}${WHY}${i}-${k}`,
      }),
    );
    if (stage >= 2) d('submitRatings', { auditId, rater, confirmGaps: true });
  }
  if (stage < 2) return;
  d('reveal', { auditId });
  d('saveNote', { auditId, scope: 'audit', column: 'strengths', text: `${WHY}${i}` });
  if (stage < 3) return;
  d('signOff', { auditId, rater: 'consultant', name: 'Collega B (fictief)' });
  d('signOff', { auditId, rater: 'reviewer', name: 'Collega A (fictief)' });
}

/** The file with `count` audits under the temporary folder, built the first time it is asked for. */
function ensureBuilt(file: string, count: number, log: (msg: string) => void): void {
  // A -wal with content would hold pages the copies (main file only) miss; an empty one is harmless.
  if (fs.existsSync(file) && (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) === 0) return;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`, `${building}.lock`]) fs.rmSync(f, { force: true });
  log(`building ${count} audits into ${file} (once; reused afterwards)…`);
  buildBigFile(building, count, (n) => n % 1000 === 0 && log(`  ${n}`));
  for (const f of [`${building}.lock`, `${building}.clean-close.json`]) fs.rmSync(f, { force: true });
  fs.renameSync(building, file);
}

/** The schema version (user_version, bytes 60–63 of the header): read without SQLite, which would add side files. */
const versionOf = (file: string) => {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    fs.readSync(fd, header, 0, 100, 0);
    return header.readUInt32BE(60);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * The file with `count` audits at this schema version: the shared file under the temporary folder (built once), or,
 * when that one has an older schema, a migrated copy of it beside it (made once; the shared file is left as it is,
 * for branches at its version). A file from a newer schema is not used: one at this version is built.
 */
export function ensureBigFile(count: number, log: (msg: string) => void = () => {}): string {
  const shared = path.join(os.tmpdir(), `casusaudit-scale-${count}.sqlite`);
  ensureBuilt(shared, count, log);
  const version = versionOf(shared);
  if (version === LATEST_VERSION) return shared;
  const current = path.join(os.tmpdir(), `casusaudit-scale-${count}-v${LATEST_VERSION}.sqlite`);
  if (version > LATEST_VERSION) {
    ensureBuilt(current, count, log);
    return current;
  }
  if (fs.existsSync(current)) return current;
  log(`migrating a copy of ${shared} (schema ${version}) to ${LATEST_VERSION} (once)…`);
  const work = `${current}.migrating`;
  fs.copyFileSync(shared, work);
  const db = new Database(work);
  try {
    migrate(db, version);
  } finally {
    closeDatabase(db);
  }
  fs.renameSync(work, current);
  return current;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const count = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3];
  if (out) {
    const t0 = performance.now();
    const bytes = buildBigFile(out, count, (n) => n % 1000 === 0 && console.log(n));
    console.log(`${count} audits, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } else console.log(ensureBigFile(count, console.log));
}
