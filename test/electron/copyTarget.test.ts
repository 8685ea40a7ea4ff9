/**
 * Where "save a copy" may write, checked on real files beside a real database in WAL mode (its -wal and -shm
 * exist while it is open). This runs on Linux, where a case variant is another file: the identity rule is proven
 * with symlinks and hard links, the name rule (same folder, name compared without case) with the variants.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTargetProblem } from '../../electron/copyTarget';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copy-target-'));
const dataDir = path.join(tmp, 'data');
const dataFile = path.join(dataDir, 'casusaudit.sqlite');
const backupsDir = path.join(dataDir, 'backups');
const elsewhere = path.join(tmp, 'documents');
let db: Database.Database;

const problem = (dest: string, file = dataFile, backups = backupsDir) => copyTargetProblem(dest, file, backups);

beforeAll(() => {
  fs.mkdirSync(backupsDir, { recursive: true });
  fs.mkdirSync(elsewhere, { recursive: true });
  db = new Database(dataFile);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
  fs.writeFileSync(path.join(backupsDir, 'casusaudit-20260101-100000-000-manual.sqlite'), 'a backup');
});

afterAll(() => {
  db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('save a copy: the data file in use and its side files', () => {
  it('has the side files this test relies on', () => {
    expect(fs.existsSync(`${dataFile}-wal`)).toBe(true);
    expect(fs.existsSync(`${dataFile}-shm`)).toBe(true);
    expect(fs.existsSync(`${dataFile}-journal`)).toBe(false);
  });

  it('refuses the data file itself, however the path is written', () => {
    expect(problem(dataFile)).toBe('copy_target_is_data_file');
    expect(problem(path.join(dataDir, 'backups', '..', 'casusaudit.sqlite'))).toBe('copy_target_is_data_file');
  });

  it('refuses a symlink and a hard link to the data file, in another folder and under another name', () => {
    const link = path.join(elsewhere, 'kopie.sqlite');
    fs.symlinkSync(dataFile, link);
    const hard = path.join(elsewhere, 'harde-link.sqlite');
    fs.linkSync(dataFile, hard);
    try {
      expect(problem(link)).toBe('copy_target_is_data_file');
      expect(problem(hard)).toBe('copy_target_is_data_file');
    } finally {
      fs.rmSync(link);
      fs.rmSync(hard);
    }
  });

  it('refuses the -wal, -shm and -journal names, existing or not, and a symlink to the -wal', () => {
    expect(problem(`${dataFile}-wal`)).toBe('copy_target_is_data_file');
    expect(problem(`${dataFile}-shm`)).toBe('copy_target_is_data_file');
    expect(problem(`${dataFile}-journal`)).toBe('copy_target_is_data_file');
    const link = path.join(elsewhere, 'wal-link.sqlite');
    fs.symlinkSync(`${dataFile}-wal`, link);
    try {
      expect(problem(link)).toBe('copy_target_is_data_file');
    } finally {
      fs.rmSync(link);
    }
  });

  it('refuses those names through a symlinked folder', () => {
    const folderLink = path.join(tmp, 'snelkoppeling');
    fs.symlinkSync(dataDir, folderLink);
    try {
      expect(problem(path.join(folderLink, 'casusaudit.sqlite'))).toBe('copy_target_is_data_file');
      expect(problem(path.join(folderLink, 'casusaudit.sqlite-journal'))).toBe('copy_target_is_data_file');
    } finally {
      fs.rmSync(folderLink);
    }
  });

  it('refuses case variants of those names in the data file’s folder (one file on macOS and Windows)', () => {
    expect(problem(path.join(dataDir, 'CasusAudit.SQLITE'))).toBe('copy_target_is_data_file');
    expect(problem(path.join(dataDir, 'casusaudit.sqlite-WAL'))).toBe('copy_target_is_data_file');
    expect(problem(path.join(dataDir, 'CASUSAUDIT.sqlite-Journal'))).toBe('copy_target_is_data_file');
  });

  it('follows a data file opened through a symlink to the real file and its side files', () => {
    const linkedData = path.join(elsewhere, 'gegevens.sqlite');
    fs.symlinkSync(dataFile, linkedData);
    try {
      expect(problem(dataFile, linkedData)).toBe('copy_target_is_data_file');
      expect(problem(`${dataFile}-journal`, linkedData)).toBe('copy_target_is_data_file');
      expect(problem(`${linkedData}-wal`, linkedData)).toBe('copy_target_is_data_file');
    } finally {
      fs.rmSync(linkedData);
    }
  });
});

describe('save a copy: the backups folder', () => {
  it('refuses any name in the backups folder, also through a symlink to it', () => {
    expect(problem(path.join(backupsDir, 'casusaudit-20260101-100000-000-manual.sqlite'))).toBe(
      'copy_target_in_backups',
    );
    expect(problem(path.join(backupsDir, 'mijn-kopie.sqlite'))).toBe('copy_target_in_backups');
    const folderLink = path.join(elsewhere, 'backups-link');
    fs.symlinkSync(backupsDir, folderLink);
    try {
      expect(problem(path.join(folderLink, 'mijn-kopie.sqlite'))).toBe('copy_target_in_backups');
    } finally {
      fs.rmSync(folderLink);
    }
  });
});

describe('save a copy: everywhere else', () => {
  it('allows another name beside the data file, another folder, and a symlink to another file', () => {
    expect(problem(path.join(dataDir, 'casusaudit-kopie.sqlite'))).toBeNull();
    expect(problem(path.join(dataDir, 'casusaudit.sqlite-wal.bak'))).toBeNull();
    expect(problem(path.join(elsewhere, 'casusaudit.sqlite'))).toBeNull();
    expect(problem(path.join(elsewhere, 'casusaudit.sqlite-wal'))).toBeNull();
    const other = path.join(elsewhere, 'ander.sqlite');
    fs.writeFileSync(other, 'x');
    const link = path.join(elsewhere, 'naar-ander.sqlite');
    fs.symlinkSync(other, link);
    try {
      expect(problem(link)).toBeNull();
    } finally {
      fs.rmSync(link);
    }
  });

  it('leaves a folder that does not exist to the write itself (which then fails)', () => {
    expect(problem(path.join(tmp, 'nergens', 'kopie.sqlite'))).toBeNull();
  });
});
