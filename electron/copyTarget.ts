/**
 * "Save a copy of all data" must never land on the data file in use, on one of its side files (`-wal`, `-shm`,
 * `-journal`: SQLite's own, where the newest commits may still be), or in its backups folder (whose files the app
 * names, prunes and restores). The copy is written beside the destination and renamed over it, so landing on the
 * data file's name would swap a snapshot in under the open connection and lose every later save.
 *
 * Paths are compared by what they are on disk, not as strings: a symlink, a hard link, `..`, a symlinked folder or
 * (on macOS and Windows) another spelling of the same name all reach the same file. Kept free of the `electron`
 * module so it is tested under Node on real files.
 */
import fs from 'node:fs';
import path from 'node:path';

export type CopyTargetProblem = 'copy_target_is_data_file' | 'copy_target_in_backups';

const SIDE_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

interface Identity {
  dev: bigint;
  ino: bigint;
}

/** Device and inode (file index on Windows; bigint, as it may not fit a double) of what `p` leads to, or null. */
function identity(p: string): Identity | null {
  try {
    const s = fs.statSync(p, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

const same = (a: Identity | null, b: Identity | null): boolean =>
  !!a && !!b && a.dev === b.dev && a.ino === b.ino && a.ino !== 0n;

/**
 * Names compared the way a case-insensitive file system (macOS, Windows) does, and on every system: a copy named
 * like the data file in its own folder is refused even where the case variant would be another file (Linux),
 * which costs nothing and keeps the rule the same everywhere.
 */
const foldName = (name: string): string => name.normalize('NFC').toLowerCase();

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** The data file as given and as it resolves (through symlinks): SQLite keeps its side files beside the real one. */
function dataFileSpellings(dataFile: string): string[] {
  const given = path.resolve(dataFile);
  const real = realpathOr(given);
  return real === given ? [given] : [given, real];
}

/**
 * Why the copy may not be written to `dest`, or null when it may. `dataFile` is the database in use; `backupsDir`
 * its backups folder.
 */
export function copyTargetProblem(dest: string, dataFile: string, backupsDir: string): CopyTargetProblem | null {
  const target = path.resolve(dest);
  const targetFile = identity(target);
  const targetFolder = identity(path.dirname(target));
  const targetName = foldName(path.basename(target));
  for (const file of dataFileSpellings(dataFile)) {
    const folder = identity(path.dirname(file));
    for (const suffix of SIDE_SUFFIXES) {
      const side = file + suffix;
      // The destination exists and is that very file (a symlink or hard link to it, another path to it).
      if (same(targetFile, identity(side))) return 'copy_target_is_data_file';
      // The destination is in the same folder under that name, whether or not the side file exists right now.
      if (same(targetFolder, folder) && targetName === foldName(path.basename(side))) return 'copy_target_is_data_file';
    }
  }
  if (same(targetFolder, identity(backupsDir))) return 'copy_target_in_backups';
  return null;
}
