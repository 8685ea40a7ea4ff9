/**
 * The recovery screen's "choose another data file", without the dialog: the chosen file is checked and opened
 * *before* the current backend is let go, so a failure at any step leaves the app as it was (in recovery mode, with
 * the problem it had) and never without a backend. Kept free of the `electron` module so it is tested under Node.
 */
import type { Backend } from '../db/backend';
import { inspectDatabaseFile } from '../db/backup';
import { databaseKeyInUse, useDatabaseKey } from '../db/sqlite';
import type { ApiError } from '../shared/api/errors';
import { canUnlock } from '../shared/domain/storage';

export type OpenChosenResult = { ok: true; backend: Backend } | { ok: false; error: ApiError };

/**
 * Checks `file` (ours, undamaged, not too new: a wrong pick is explained and nothing is touched) and opens it with
 * `open`. A file that passed the check but still does not open in normal mode (it could not be migrated, it is
 * read-only, the native module fails, …) is closed again and reported with its own problem. An encrypted file whose
 * key this laptop does not know (a copy from another laptop) is switched to in recovery mode: there its recovery code
 * can be typed (ADR 0014). It is checked with its own key as the backend opens it, never with the current file's.
 */
export function openChosenFile(
  file: string,
  open: (file: string) => Backend,
  log: (msg: string, err?: unknown) => void = () => {},
): OpenChosenResult {
  // Opening sets the chosen file's key (ADR 0014); when the app stays with the current file, so does its key.
  const currentKey = databaseKeyInUse();
  const result = checkAndOpen(file, open, log);
  if (!result.ok) useDatabaseKey(currentKey);
  return result;
}

function checkAndOpen(
  file: string,
  open: (file: string) => Backend,
  log: (msg: string, err?: unknown) => void,
): OpenChosenResult {
  const params = { path: file };
  const check = inspectDatabaseFile(file);
  if (!check.ok && !canUnlock(check.problem)) return { ok: false, error: { code: check.problem, params } };
  let next: Backend;
  try {
    next = open(file);
  } catch (err) {
    log(`cannot open the chosen file ${file}`, err);
    return { ok: false, error: { code: 'storage_failed', params } };
  }
  if (next.mode === 'ok') return { ok: true, backend: next };
  let problem: ApiError['code'] = 'storage_failed';
  try {
    const state = next.startupState();
    if (canUnlock(state.problem)) return { ok: true, backend: next };
    problem = state.problem ?? problem;
  } catch (err) {
    log(`cannot read the startup state of ${file}`, err); // e.g. its backups folder is unreadable
  }
  next.close();
  log(`the chosen file ${file} opened in recovery mode (${problem}); staying with the current one`);
  return { ok: false, error: { code: problem, params } };
}
