/**
 * After an erasure: the backups that still hold what was erased, and taking it out of them. A backup is looked into
 * read-only; it holds the erased thing when it has a row with the same id and the same second key (an audit's or
 * person's creation time, a case file's code), so a newer row that reuses an id does not count. Purging reads the
 * backup into memory, applies the same erasure there (with the backup's own triggers set aside: an older schema has
 * no erasure path), writes a compacted copy with VACUUM INTO (only live rows, no freed pages), checks it and renames
 * it over the backup. The restore history's mentions of what was erased are taken out too (its dossier code and
 * names). The replaced or removed file is overwritten with zeros before it is let go.
 */
import fs from 'node:fs';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { ErasureTarget, PurgeResult } from '../shared/domain/erasure';
import type { BackupInfo } from '../shared/domain/storage';
import { finishCopy, listBackupFiles, partialName, resolveBackup, type BackupPlace } from './backupFiles';
import { tablesOfAudits, tablesOfCaseFiles } from './repositories/erasure';
import { historyMentions, redactHistory } from './repositories/restoreHistory';
import { keyFor, openSqlite } from './sqlite';

const hasTable = (db: Db, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The ids of the erased things this database still holds (an empty list when none). */
function heldIn(db: Db, target: ErasureTarget): { audits: number[]; caseFile: number | null; person: number | null } {
  const audit = db.prepare('SELECT 1 FROM audits WHERE id = ? AND created_at = ?');
  const audits = target.audits.filter((a) => audit.get(a.id, a.createdAt) !== undefined).map((a) => a.id);
  const cf = target.caseFile;
  const caseFile =
    cf && db.prepare('SELECT 1 FROM case_files WHERE id = ? AND dossier_code = ?').get(cf.id, cf.dossierCode)
      ? cf.id
      : null;
  const p = target.person;
  const person =
    p && db.prepare('SELECT 1 FROM people WHERE id = ? AND created_at = ?').get(p.id, p.createdAt) ? p.id : null;
  return { audits, caseFile, person };
}

const holdsAny = (h: ReturnType<typeof heldIn>) => h.audits.length > 0 || h.caseFile !== null || h.person !== null;

/** Whether one backup file still holds any of the erased things (opened read-only; an unreadable file: no). */
function backupHolds(file: string, target: ErasureTarget): boolean {
  let db: Db | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    if (!hasTable(db, 'audits')) return false;
    return holdsAny(heldIn(db, target)) || historyMentions(db, target);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

export function backupsHolding(place: BackupPlace, target: ErasureTarget): BackupInfo[] {
  return listBackupFiles(place).filter((b) => backupHolds(`${place.dir}/${b.id}`, target));
}

/** Overwrites a file's bytes with zeros and flushes them (through an open descriptor, also after a rename). */
export function zeroFill(fd: number): void {
  const size = fs.fstatSync(fd).size;
  const zeros = Buffer.alloc(Math.min(size, 1 << 20));
  for (let at = 0; at < size; at += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  fs.fsyncSync(fd);
}

/** The same erasure in a backup's in-memory copy, with every trigger set aside and put back as it was. */
function eraseInCopy(db: Db, target: ErasureTarget): void {
  const held = heldIn(db, target);
  const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  db.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    const children = tablesOfAudits(db).map((t) => db.prepare(`DELETE FROM "${t}" WHERE audit_id = ?`));
    for (const id of held.audits) {
      for (const d of children) d.run(id);
      db.prepare('DELETE FROM audits WHERE id = ?').run(id);
    }
    if (held.caseFile !== null) {
      for (const t of tablesOfCaseFiles(db)) db.prepare(`DELETE FROM "${t}" WHERE case_file_id = ?`).run(held.caseFile);
      db.prepare('DELETE FROM case_files WHERE id = ?').run(held.caseFile);
    }
    if (held.person !== null) db.prepare('DELETE FROM people WHERE id = ?').run(held.person);
    redactHistory(db, target, null);
    for (const t of triggers) db.exec(t.sql);
  })();
}

/** Rewrites one backup without the erased thing and swaps the new file in; returns its new size. */
function purgeOne(file: string, target: ErasureTarget): number {
  // A plain backup is edited in memory (nothing of it lands on disk); an encrypted one (SQLite cannot key an
  // in-memory database) in an encrypted working copy beside it, removed afterwards.
  const work = keyFor(file) ? partialName(file) : null;
  if (work) fs.copyFileSync(file, work);
  const db = work ? openSqlite(work) : openSqlite(fs.readFileSync(file));
  const partial = partialName(file);
  try {
    eraseInCopy(db, target);
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
    if (work) for (const f of [work, `${work}-journal`]) fs.rmSync(f, { force: true });
  }
  const old = fs.openSync(file, 'r+');
  try {
    const bytes = finishCopy(partial, file);
    zeroFill(old);
    return bytes;
  } finally {
    fs.closeSync(old);
  }
}

export function removeOne(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    zeroFill(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(file);
}

/** Purges the erased thing from the named backups, or removes them; ids that are not this file's backups are skipped. */
export function purgeBackups(
  place: BackupPlace,
  target: ErasureTarget,
  ids: readonly string[],
  how: 'purge' | 'remove',
): PurgeResult {
  const result: PurgeResult = { purged: [], removed: [] };
  for (const id of ids) {
    const found = resolveBackup(place, id);
    if (!found) continue;
    if (how === 'remove') {
      removeOne(found.path);
      result.removed.push(id);
    } else {
      const bytes = purgeOne(found.path, target);
      result.purged.push({ ...found.info, bytes });
    }
  }
  return result;
}
