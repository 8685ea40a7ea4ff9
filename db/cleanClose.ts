/**
 * The record of a clean close (ADR 0013): when the backend closes the data file it has been serving (WAL
 * checkpointed, no -wal or -journal left), it writes `<file>.clean-close.json` beside it with what identifies the
 * file as it left it: size, modification and status-change times in nanoseconds, device and inode, and its first
 * 100 bytes. At the next start the record is taken (read and deleted at once, so a start that never closes cleanly
 * leaves none) and, if the file is still exactly that one, the full inspection of a copy (db/inspect.ts: seconds
 * on a large file) is not repeated. Anything else (no record, a -wal or -journal with content, any difference)
 * means the full inspection, as for a file never seen.
 */
import fs from 'node:fs';

const VERSION = 1;

interface Identity {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  dev: string;
  ino: string;
  header: string;
}

interface CleanCloseRecord extends Identity {
  version: number;
}

export const cleanCloseRecordFor = (file: string) => `${file}.clean-close.json`;

/** Whether -wal or -journal beside `file` holds anything (a clean close leaves neither). */
function sideFilesHoldData(file: string): boolean {
  return ['-wal', '-journal'].some((s) => (fs.statSync(file + s, { throwIfNoEntry: false })?.size ?? 0) > 0);
}

/** What identifies `file` as it is now, or null if it is missing or empty. */
function identityOf(file: string): Identity | null {
  const st = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!st || st.size === 0n) return null;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    return {
      size: String(st.size),
      mtimeNs: String(st.mtimeNs),
      ctimeNs: String(st.ctimeNs),
      dev: String(st.dev),
      ino: String(st.ino),
      header: header.subarray(0, read).toString('hex'),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the record for `file`, just closed cleanly by its only writer (the caller still holds the lock). Writes
 * nothing if a side file still holds data. The record is written beside and renamed into place, so it is whole.
 */
export function rememberCleanClose(file: string): boolean {
  if (sideFilesHoldData(file)) return false;
  const identity = identityOf(file);
  if (!identity) return false;
  const record: CleanCloseRecord = { version: VERSION, ...identity };
  const dest = cleanCloseRecordFor(file);
  const partial = `${dest}.${process.pid}.partial`;
  fs.writeFileSync(partial, JSON.stringify(record));
  fs.renameSync(partial, dest);
  return true;
}

/**
 * Takes the record for `file` (it is deleted whatever it says) and tells whether the file, with nothing in a -wal
 * or -journal beside it, is exactly as it was when it was closed cleanly.
 */
export function takeCleanClose(file: string): boolean {
  const dest = cleanCloseRecordFor(file);
  let text: string;
  try {
    text = fs.readFileSync(dest, 'utf8');
  } catch {
    return false;
  }
  try {
    fs.rmSync(dest, { force: true });
    const record = JSON.parse(text) as Partial<CleanCloseRecord>;
    if (record.version !== VERSION || sideFilesHoldData(file)) return false;
    const now = identityOf(file);
    if (!now) return false;
    return (Object.keys(now) as (keyof Identity)[]).every((k) => record[k] === now[k]);
  } catch {
    return false;
  }
}
