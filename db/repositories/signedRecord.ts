/**
 * The signed record of a data file, read only: every audit's status, signatures and recorded reopenings, with its
 * dossier code. Used to show what a restore would put back; works on every schema version (these tables are in v1).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditStatus, Rater } from '../../shared/domain/model';
import type { ReopeningLost, SignatureLost } from '../../shared/domain/storage';

export interface SignedAudit {
  id: number;
  createdAt: string;
  dossierCode: string;
  status: AuditStatus;
  signatures: SignatureLost[];
  reopenings: ReopeningLost[];
}

export function readSignedRecord(db: Database): SignedAudit[] {
  const audits = db
    .prepare<[], { id: number; created_at: string; status: AuditStatus; dossier_code: string }>(
      `SELECT a.id, a.created_at, a.status, cf.dossier_code
       FROM audits a JOIN case_files cf ON cf.id = a.case_file_id ORDER BY a.id`,
    )
    .all();
  const byId = new Map<number, SignedAudit>(
    audits.map((a) => [
      a.id,
      {
        id: a.id,
        createdAt: a.created_at,
        dossierCode: a.dossier_code,
        status: a.status,
        signatures: [],
        reopenings: [],
      },
    ]),
  );
  const signatures = db
    .prepare<[], { audit_id: number; rater: Rater; name: string; signed_at: string }>(
      'SELECT audit_id, rater, name, signed_at FROM sign_offs ORDER BY signed_at, rater',
    )
    .all();
  for (const s of signatures)
    byId.get(s.audit_id)?.signatures.push({ rater: s.rater, name: s.name, signedAt: s.signed_at });
  const reopenings = db
    .prepare<[], { audit_id: number; by_name: string; reopened_at: string }>(
      'SELECT audit_id, by_name, reopened_at FROM reopenings ORDER BY id',
    )
    .all();
  for (const r of reopenings) byId.get(r.audit_id)?.reopenings.push({ byName: r.by_name, reopenedAt: r.reopened_at });
  return [...byId.values()];
}
