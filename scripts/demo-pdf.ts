/**
 * `npm run demo:pdf -- out.pdf [--en] [--concept]`: seeds the fictional demo audit in a temporary SQLite
 * database through the real handlers and writes its PDF summary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../db/backend';
import { seedCompletedAuditDemo } from '../db/demoCompletedAudit';
import { reportFileName } from '../shared/report/pdf';
import { reportModelFor, reportPdfFor } from './reportNode';

const args = process.argv.slice(2);
const locale = args.includes('--en') ? 'en' : 'nl';
const signOff = !args.includes('--concept');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-demo-pdf-'));
const backend = openBackend(path.join(dir, 'demo.sqlite'));
try {
  const { auditId, dossierCode } = seedCompletedAuditDemo(backend.db, {
    signOff,
    now: () => new Date('2026-03-19T10:00:00Z'),
  });
  const model = reportModelFor(backend.db, auditId, locale);
  const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? reportFileName(dossierCode, model.auditDate));
  const started = performance.now();
  const bytes = reportPdfFor(backend.db, auditId, { locale });
  const ms = performance.now() - started;
  fs.writeFileSync(out, bytes);
  console.log(`${out}: ${bytes.length} bytes, ${ms.toFixed(0)} ms, fingerprint ${model.fingerprint}`);
} finally {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
