/**
 * SQL for erasing: what an erasure takes, the erasure record, and the deletes. The rows that belong to an audit are
 * found in every table with an `audit_id` column, so a table added later is erased with its audit too.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ErasureKind, ErasureTarget } from '../../shared/domain/erasure';
import { redactHistory } from './restoreHistory';

export interface AuditToErase {
  id: number;
  createdAt: string;
  status: string;
  dossierCode: string;
}

/** The tables (besides `owner`) whose rows belong to one row of it, by their `column`. */
function tablesWith(db: Database, column: string, owner: string): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const has = (t: string) =>
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).includes(column);
  return tables.filter((t) => t !== owner && has(t));
}

/** The tables (besides `audits`) whose rows belong to one audit, by their `audit_id` column. */
export const tablesOfAudits = (db: Database): string[] => tablesWith(db, 'audit_id', 'audits');

/**
 * The tables whose rows belong to one case file other than its audits (the safety-plan steps, schema v12), by their
 * `case_file_id` column; erased with it, also in a backup of any version.
 */
export const tablesOfCaseFiles = (db: Database): string[] =>
  tablesWith(db, 'case_file_id', 'case_files').filter((t) => t !== 'audits');

const AUDIT_COLUMNS =
  'SELECT a.id, a.created_at AS createdAt, a.status, c.dossier_code AS dossierCode ' +
  'FROM audits a JOIN case_files c ON c.id = a.case_file_id';

export function erasureRepository(db: Database) {
  const auditsOfCaseFile = db.prepare<[number], AuditToErase>(
    `${AUDIT_COLUMNS} WHERE a.case_file_id = ? ORDER BY a.id`,
  );
  const audit = db.prepare<[number], AuditToErase>(`${AUDIT_COLUMNS} WHERE a.id = ?`);
  const auditsOfPerson = db.prepare<[number, number], { n: number }>(
    'SELECT count(*) AS n FROM audits WHERE consultant_id = ? OR reviewer_id = ?',
  );
  const record = db.prepare('INSERT INTO erasure_log (kind, erased_at, audits) VALUES (?, ?, ?)');
  const mark = db.prepare('UPDATE audits SET erasing = 1, updated_at = ? WHERE id = ?');
  const deleteAudit = db.prepare('DELETE FROM audits WHERE id = ?');
  const deleteCaseFile = db.prepare('DELETE FROM case_files WHERE id = ?');
  const deletePerson = db.prepare('DELETE FROM people WHERE id = ?');
  const personCreated = db.prepare<[number], { createdAt: string }>(
    'SELECT created_at AS createdAt FROM people WHERE id = ?',
  );
  const withoutAudit = db.prepare<[], number>(
    'SELECT id FROM people p WHERE NOT EXISTS ' +
      '(SELECT 1 FROM audits a WHERE a.consultant_id = p.id OR a.reviewer_id = p.id) ORDER BY name COLLATE NOCASE, id',
  );
  let childDeletes: ReturnType<Database['prepare']>[] | null = null;
  return {
    audit: (id: number): AuditToErase | undefined => audit.get(id),
    auditsOfCaseFile: (caseFileId: number): AuditToErase[] => auditsOfCaseFile.all(caseFileId),
    auditsOfPerson: (personId: number): number => auditsOfPerson.get(personId, personId)?.n ?? 0,
    peopleWithoutAudit: (): number[] => withoutAudit.pluck().all(),
    personCreatedAt: (id: number): string | undefined => personCreated.get(id)?.createdAt,
    /** The erasure record: kind, moment, number of audits; nothing of the content. */
    record: (kind: ErasureKind, at: string, audits: number) => record.run(kind, at, audits),
    /** Marks, then deletes an audit and every row that belongs to it (in the caller's transaction, after `record`). */
    eraseAudit: (id: number, at: string) => {
      mark.run(at, id);
      childDeletes ??= tablesOfAudits(db).map((t) => db.prepare(`DELETE FROM "${t}" WHERE audit_id = ?`));
      for (const d of childDeletes) d.run(id);
      deleteAudit.run(id);
    },
    eraseCaseFile: (id: number) => {
      for (const t of tablesOfCaseFiles(db)) db.prepare(`DELETE FROM "${t}" WHERE case_file_id = ?`).run(id);
      deleteCaseFile.run(id);
    },
    /** Takes the erased thing's dossier code and names out of the restore history (same transaction, after `record`). */
    redactHistory: (target: ErasureTarget, at: string) => redactHistory(db, target, at),
    erasePerson: (id: number) => deletePerson.run(id),
    /** Copies the write-ahead log into the file and empties it, so no old copy of an erased page stays beside it. */
    checkpoint: (): boolean => {
      const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return row?.busy === 0;
    },
  };
}
