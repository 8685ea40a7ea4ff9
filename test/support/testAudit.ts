/** A fresh backend on a real temporary SQLite file with one audit ready to score: two people and a case file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../db/backend';
import type { DataKey } from '../../db/keys';
import type { TemplateContent } from '../../shared/domain/template';
import { ok } from './results';

export interface TestAudit {
  backend: Backend;
  dir: string;
  file: string;
  auditId: number;
  content: TemplateContent;
}

/** Opens (or reopens) the backend on `file` without automatic backups or logging. */
export const openQuietBackend = (file: string, key: DataKey | null = null): Backend =>
  openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {}, key });

export function createTestAudit(name: string, dossierCode: string, key: DataKey | null = null): TestAudit {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `casusaudit-${name}-`));
  const file = path.join(dir, 'casusaudit.sqlite');
  const backend = openQuietBackend(file, key);
  const call = (op: string, args: unknown) => backend.dispatch(op, args);
  const c = ok<{ id: number }>(call('createPerson', { name: 'Charlotte Consulent', role: 'consulent' }));
  const r = ok<{ id: number }>(call('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }));
  const f = ok<{ id: number }>(call('createCaseFile', { dossierCode, service: 'OCJ' }));
  const a = ok<{ id: number; template: { id: number } }>(
    call('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
  );
  const content = ok<{ content: TemplateContent }>(call('getTemplate', { id: a.template.id })).content;
  return { backend, dir, file, auditId: a.id, content };
}
