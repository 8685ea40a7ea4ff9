/** Where the database lives by default: the user's data folder, as Electron's userData would be. */
import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE = 'casusaudit.sqlite';

export function userDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Casusaudit');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Casusaudit');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Casusaudit');
}

export function defaultDatabasePath(): string {
  return path.join(userDataDir(), DATABASE_FILE);
}
