/**
 * `npm run bench`: how long saving one rating takes through the whole backend (argument validation, domain rules,
 * one IMMEDIATE transaction, SQLite commit) against a raw better-sqlite3 prepared upsert of the same row:
 *  - `raw`: the same row of the same `ratings` table in the same database file (so the schema's own lock
 *    triggers and foreign key run too, as they would for any write), autocommit;
 *  - `bare`: a bare copy of the table (no triggers, no foreign key) in a separate file with the same pragmas,
 *    the floor of what SQLite can do; shown for transparency.
 * All three are measured in the same run, interleaved in blocks. Then the PDF benchmark (test/bench/pdf.ts).
 * The last line printed is one JSON object with the numbers.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../db/backend';
import { sql as initialSchema } from '../../db/migrations/001_initial';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { benchPdf } from './pdf';
import { ensureBigFile } from './bigFile';
import { benchListAudits, benchSaveDuringBackup, benchStartup } from './scale';
import { AUDIT_PAGE_SQL } from '../../db/repositories/auditList';
import { ok } from '../support/results';
import { benchListAuditSearch } from './find';
import { benchErase } from './erase';
import { benchSaveEncrypted } from './encrypted';
import { benchTeamView10k, printTeamView10k } from './teamView10k';
import { benchAgreement } from './agreement';
import { benchBreadth } from './breadth10k';

const WARMUP = 300;
const MEASURED = 3000;
const BLOCK = 100;

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

/** The ratings table as migration 001 creates it (read from that migration), minus the foreign key to audits
 * and the lock triggers. */
const RAW_SCHEMA = (() => {
  const table = /CREATE TABLE ratings \([\s\S]*?\) WITHOUT ROWID/.exec(initialSchema)?.[0];
  if (!table) throw new Error('migration 001 no longer creates the ratings table as expected');
  return table.replace(' REFERENCES audits(id)', '');
})();

export interface RatingSaveBench {
  p50_ms: number;
  p99_ms: number;
  raw_p50_ms: number;
  raw_p99_ms: number;
  ratio_p99: number;
  bare_p50_ms: number;
  bare_p99_ms: number;
  ratio_p99_bare: number;
}

export function benchRatingSave(): RatingSaveBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-rating-'));
  const backend = openBackend(path.join(dir, 'app.sqlite'), {
    backups: { intervalMinutes: 0, keep: 5 },
    log: () => {},
  });
  const raw = new Database(path.join(dir, 'raw.sqlite'));
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.exec(RAW_SCHEMA);
    const UPSERT = `INSERT INTO ratings (audit_id, rater, item_key, score, not_applicable, na_reason, rationale, updated_at)
      VALUES (@auditId, @rater, @itemKey, @score, @na, @naReason, @rationale, @updatedAt)
      ON CONFLICT (audit_id, rater, item_key) DO UPDATE SET score = excluded.score, not_applicable = excluded.not_applicable,
      na_reason = excluded.na_reason, rationale = excluded.rationale, updated_at = excluded.updated_at`;
    const bareUpsert = raw.prepare(UPSERT);
    const sameTableUpsert = backend.db.prepare(UPSERT);

    const d = backend.dispatch;
    const c = ok<{ id: number }>(d('createPerson', { name: 'Bench Consulent', role: 'consulent' }));
    const r = ok<{ id: number }>(d('createPerson', { name: 'Bench Reviewer', role: 'teamverantwoordelijke' }));
    const f = ok<{ id: number }>(d('createCaseFile', { dossierCode: 'BENCH-1', service: 'OCJ' }));
    const a = ok<{ id: number; template: { id: number } }>(
      d('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
    );
    const keys = allItems(ok<{ content: TemplateContent }>(d('getTemplate', { id: a.template.id })).content).map(
      (i) => i.key,
    );
    const rationale =
      'We zagen een sterke werkrelatie met de ouders; het netwerk werd betrokken – zie verslag. '.repeat(3);

    let n = 0;
    const next = () => {
      const i = n++;
      return {
        auditId: a.id,
        rater: 'consultant' as const,
        itemKey: keys[i % keys.length]!,
        score: i % 11,
        notApplicable: false,
        naReason: '',
        rationale: `${rationale}${i}`,
      };
    };
    const viaBackend = () => {
      const args = next();
      const t0 = performance.now();
      const res = d('saveRating', args);
      const t = performance.now() - t0;
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      return t;
    };
    const rawVia = (stmt: typeof bareUpsert) => () => {
      const x = next();
      const t0 = performance.now();
      stmt.run({
        auditId: x.auditId,
        rater: x.rater,
        itemKey: x.itemKey,
        score: x.score,
        na: 0,
        naReason: '',
        rationale: x.rationale,
        updatedAt: new Date().toISOString(),
      });
      return performance.now() - t0;
    };
    const viaRaw = rawVia(sameTableUpsert);
    const viaBare = rawVia(bareUpsert);

    for (let i = 0; i < WARMUP; i++) {
      viaBackend();
      viaRaw();
      viaBare();
    }
    const ours: number[] = [];
    const base: number[] = [];
    const bare: number[] = [];
    for (let done = 0; done < MEASURED; done += BLOCK) {
      for (let i = 0; i < BLOCK; i++) ours.push(viaBackend());
      for (let i = 0; i < BLOCK; i++) base.push(viaRaw());
      for (let i = 0; i < BLOCK; i++) bare.push(viaBare());
    }
    // The saves really landed: every item has a row for the consultant.
    const stored = backend.db.prepare('SELECT count(*) FROM ratings WHERE audit_id = ?').pluck().get(a.id) as number;
    if (stored !== keys.length) throw new Error(`expected ${keys.length} rows, found ${stored}`);

    const p99 = percentile(ours, 99);
    const rawP99 = percentile(base, 99);
    const bareP99 = percentile(bare, 99);
    return {
      p50_ms: round(percentile(ours, 50)),
      p99_ms: round(p99),
      raw_p50_ms: round(percentile(base, 50)),
      raw_p99_ms: round(rawP99),
      ratio_p99: round(p99 / rawP99, 2),
      bare_p50_ms: round(percentile(bare, 50)),
      bare_p99_ms: round(bareP99),
      ratio_p99_bare: round(p99 / bareP99, 2),
    };
  } finally {
    raw.close();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const ratingSave = benchRatingSave();
  console.log(`\nSaving one rating (${WARMUP} warm-up + ${MEASURED} measured each, interleaved in blocks of ${BLOCK})`);
  console.table({
    'backend.dispatch(saveRating)': { p50_ms: ratingSave.p50_ms, p99_ms: ratingSave.p99_ms },
    'raw upsert, same row, same table': { p50_ms: ratingSave.raw_p50_ms, p99_ms: ratingSave.raw_p99_ms },
    'raw upsert, bare table (no triggers/FK)': { p50_ms: ratingSave.bare_p50_ms, p99_ms: ratingSave.bare_p99_ms },
  });
  console.log(
    `p99 ratio (backend / raw same table): ${ratingSave.ratio_p99}×   (backend / bare table: ${ratingSave.ratio_p99_bare}×)`,
  );

  const pdf = await benchPdf();
  console.log(`\nPDF summary (${pdf.runs} runs, interleaved with a plain jsPDF + autotable baseline)`);
  console.table({
    'report PDF': { p50_ms: pdf.p50_ms, bytes: pdf.bytes, pages: pdf.pages },
    'baseline PDF': { p50_ms: pdf.baseline_p50_ms, bytes: pdf.baseline_bytes, pages: pdf.baseline_pages },
  });
  console.log(`p50 ratio (report / baseline): ${pdf.ratio}×\n`);
  const scale = await benchScale();
  const saveEncrypted = benchSaveEncrypted();
  console.log('Saving one rating on an encrypted file vs a plain one (same run, interleaved); opening it (p50)');
  console.table({ saveEncrypted });
  const agreement = benchAgreement();
  console.log('Agreement figures of one matrix (40 questions x 500 pairs): from tables vs from pairs vs plain figures');
  console.table({ agreement });
  const breadth10k = benchBreadth();
  console.log(
    'The breadth dashboard at 10,000 dossiers (four scopes, four quarters) vs one raw aggregate of the steps',
  );
  console.table({ breadth10k });
  const teamView10k = benchTeamView10k();
  printTeamView10k(teamView10k);
  console.log(JSON.stringify({ ratingSave, pdf, ...scale, saveEncrypted, agreement, breadth10k, teamView10k }));
}

/** The scale figures on a file of 10,000 audits built through the API (once, kept in the temporary folder). */
async function benchScale() {
  const big = ensureBigFile(10_000, (m) => console.log(m));
  const listAudits10k = benchListAudits(big, 'listAuditPage', { limit: 50 }, AUDIT_PAGE_SQL, [51]);
  console.log('\nThe home list at 10,000 audits: first page (50) through the API vs the same select raw');
  console.table({ listAuditPage: listAudits10k });
  const startup10k = benchStartup(big);
  console.log(
    'Startup at 10,000 audits (open + startup state after a clean close, and the first time; startup state alone), with a backup beside it',
  );
  console.table({ startup10k });
  const saveDuringBackup10k = await benchSaveDuringBackup(big);
  console.log(
    'Rating saves due every 2 ms (latency from when due) without a backup, during a manual, during a scheduled',
  );
  console.table({
    baseline: saveDuringBackup10k.baseline,
    manual: saveDuringBackup10k.manual,
    scheduled: saveDuringBackup10k.scheduled,
  });
  console.log(
    `p99 ratio to the baseline: manual ${saveDuringBackup10k.ratio_p99_manual}×, scheduled ${saveDuringBackup10k.ratio_p99_scheduled}×\n`,
  );
  const listAuditSearch10k = benchListAuditSearch(big);
  console.log('Searching the home list at 10,000 audits: a name, one dossier code, and no search (first page, API)');
  console.table(listAuditSearch10k);
  const erase = benchErase(big);
  console.log(
    'Erasing one audit at 10,000 audits (eraseAudit: secure_delete, WAL checkpoint) vs the same deletes raw, without either',
  );
  console.table({ erase });
  return { listAudits10k, startup10k, saveDuringBackup10k, listAuditSearch10k, erase };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
