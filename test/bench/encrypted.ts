/**
 * `saveEncrypted` in `npm run bench` (issue 13, ADR 0014): saving one rating through the backend on an encrypted
 * file against the same save on a plain file, interleaved in blocks in the same run; and opening an encrypted
 * file (the backend's whole open, and SQLite's open with the key plus a first query).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../db/backend';
import { newDataKey, type DataKey } from '../../db/keys';
import { openSqlite } from '../../db/sqlite';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { ok } from '../support/results';

const WARMUP = 300;
const MEASURED = 3000;
const BLOCK = 100;
const OPENS = 30;

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

export interface EncryptedSaveBench {
  p50_ms: number;
  p99_ms: number;
  plain_p50_ms: number;
  plain_p99_ms: number;
  ratio_p99: number;
  open_backend_p50_ms: number;
  open_sqlite_p50_ms: number;
}

const quiet = (key: DataKey | null) => ({ backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, key });

/** A backend with one audit, and a function that saves the next rating and returns how long it took. */
function saver(backend: Backend): () => number {
  const d = backend.dispatch;
  const c = ok<{ id: number }>(d('createPerson', { name: 'Bench Consulent', role: 'consulent' }));
  const r = ok<{ id: number }>(d('createPerson', { name: 'Bench Reviewer', role: 'teamverantwoordelijke' }));
  const f = ok<{ id: number }>(d('createCaseFile', { dossierCode: 'BENCH-1', service: 'OCJ' }));
  const a = ok<{ id: number; template: { id: number } }>(
    d('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
  );
  const content = ok<{ content: TemplateContent }>(d('getTemplate', { id: a.template.id })).content;
  const keys = allItems(content).map((i) => i.key);
  const rationale = 'We zagen een sterke werkrelatie met de ouders; het netwerk werd betrokken. '.repeat(3);
  let n = 0;
  return () => {
    const i = n++;
    const args = { auditId: a.id, rater: 'consultant', itemKey: keys[i % keys.length], score: i % 11 };
    const t0 = performance.now();
    const res = d('saveRating', { ...args, notApplicable: false, naReason: '', rationale: `${rationale}${i}` });
    const t = performance.now() - t0;
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return t;
  };
}

/** Opening the encrypted file: the backend's whole open (inspection included) and SQLite's open with the key. */
function benchOpen(file: string, key: DataKey): { backend: number; sqlite: number } {
  const viaBackend: number[] = [];
  const viaSqlite: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const t0 = performance.now();
    const b = openBackend(file, quiet(key));
    viaBackend.push(performance.now() - t0);
    if (b.mode !== 'ok') throw new Error(`encrypted file did not open: ${b.startupState().problem}`);
    b.close();
    const t1 = performance.now();
    const db = openSqlite(file, { readonly: true, key });
    db.prepare('SELECT count(*) FROM ratings').pluck().get();
    viaSqlite.push(performance.now() - t1);
    db.close();
  }
  return { backend: percentile(viaBackend, 50), sqlite: percentile(viaSqlite, 50) };
}

export function benchSaveEncrypted(): EncryptedSaveBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bench-encrypted-'));
  const key = newDataKey();
  // The plain file first (no key), then the encrypted one: each connection keeps what it was opened with.
  const plain = openBackend(path.join(dir, 'plain.sqlite'), quiet(null));
  const encryptedFile = path.join(dir, 'encrypted.sqlite');
  const encrypted = openBackend(encryptedFile, quiet(key));
  try {
    const savePlain = saver(plain);
    const saveEncrypted = saver(encrypted);
    for (let i = 0; i < WARMUP; i++) {
      savePlain();
      saveEncrypted();
    }
    const enc: number[] = [];
    const pla: number[] = [];
    for (let done = 0; done < MEASURED; done += BLOCK) {
      for (let i = 0; i < BLOCK; i++) enc.push(saveEncrypted());
      for (let i = 0; i < BLOCK; i++) pla.push(savePlain());
    }
    plain.close();
    encrypted.close();
    const open = benchOpen(encryptedFile, key);
    return {
      p50_ms: round(percentile(enc, 50)),
      p99_ms: round(percentile(enc, 99)),
      plain_p50_ms: round(percentile(pla, 50)),
      plain_p99_ms: round(percentile(pla, 99)),
      ratio_p99: round(percentile(enc, 99) / percentile(pla, 99), 2),
      open_backend_p50_ms: round(open.backend, 2),
      open_sqlite_p50_ms: round(open.sqlite, 2),
    };
  } finally {
    plain.close();
    encrypted.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
