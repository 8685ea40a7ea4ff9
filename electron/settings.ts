/**
 * The desktop app's own small settings file (`settings.json` in the user data folder): for now only which
 * database file to open, after the user chose another one on the recovery screen. Kept free of the `electron`
 * module so it can be tested under Node. A missing or unreadable settings file never stops the app: it then
 * uses the defaults.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SETTINGS_FILE = 'settings.json';

export interface DesktopSettings {
  /** Absolute path of the database file the user chose; absent means the default file. */
  databasePath?: string;
}

export function readSettings(file: string): DesktopSettings {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null) return {};
    const p = (raw as { databasePath?: unknown }).databasePath;
    return typeof p === 'string' && path.isAbsolute(p) && !p.includes('\u0000') ? { databasePath: p } : {};
  } catch {
    return {};
  }
}

/** Written to a temporary file first and renamed, so a crash never leaves half a settings file. */
export function writeSettings(file: string, settings: DesktopSettings): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(tmp, `${JSON.stringify(settings, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

/** Which database to open: `--db` / CASUSAUDIT_DB first (tests, support), then the user's choice, then the default. */
export function resolveDatabasePath(fromArgs: string | null, settings: DesktopSettings, defaultPath: string): string {
  return path.resolve(fromArgs ?? settings.databasePath ?? defaultPath);
}
