/**
 * `npm run web`: the browser harness. Opens the database, optionally fills it with demo data, and serves
 * the built renderer plus the API on 127.0.0.1 only, printing the URL (with this run's token) to open.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend, type Backend } from '../db/backend';
import { backupSettingsFrom, BackupSettingsError, type BackupSettings } from '../db/backup';
import { seedDemo } from '../db/demo';
import { defaultDatabasePath } from '../db/paths';
import { harnessKeyFor, KeyFileError, keyFilePath, writeFileAtomic, type FoundKey } from '../db/keyFile';
import { recoveryCode } from '../db/keys';
import { createBridge } from './http-bridge';
import { isWaitingProblem } from '../shared/domain/storage';
import { translate } from '../shared/i18n/translate';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    db: { type: 'string' },
    demo: { type: 'boolean', default: false },
    static: { type: 'string' },
    lang: { type: 'string', default: 'nl' },
    'backup-interval-min': { type: 'string' },
    'backup-keep': { type: 'string' },
    /** Instead of the key file beside the data file: the key derived from this passphrase (ADR 0014). */
    passphrase: { type: 'string' },
    /** Ask for the passphrase in the page instead (as the desktop does on a computer without a key store). */
    'ask-passphrase': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const t = translate(values.lang === 'en' ? 'en' : 'nl');
const dbPath = path.resolve(values.db ?? process.env.CASUSAUDIT_DB ?? defaultDatabasePath());
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(t('cli.badPort', { port: String(values.port) }));
  process.exit(2);
}

let backups: BackupSettings;
try {
  backups = backupSettingsFrom({ intervalMin: values['backup-interval-min'], keep: values['backup-keep'] });
} catch (err) {
  if (!(err instanceof BackupSettingsError)) throw err;
  console.error(err.message);
  process.exit(2);
}

// The data file's key (ADR 0014): a new data file is made encrypted; telling once that a lost key loses the data.
const passphrase = values.passphrase ?? process.env.CASUSAUDIT_PASSPHRASE;
/** The key for the data file as it is now (made and kept if the file is new), said once when it was made. */
function keyNow(): FoundKey {
  const found = harnessKeyFor(dbPath, passphrase);
  if (found.created && passphrase === undefined) {
    console.log(t('cli.keyCreated', { path: keyFilePath(dbPath) }));
    console.log(t('cli.keyRecovery', { code: recoveryCode(found.key!) }));
  } else if (found.created) console.log(t('cli.passphraseCreated'));
  return found;
}
const askPassphrase = values['ask-passphrase'] && passphrase === undefined;
let found: FoundKey;
try {
  found = askPassphrase ? { key: null, created: false } : keyNow();
} catch (err) {
  if (!(err instanceof KeyFileError)) throw err;
  console.error(t(err.reason === 'too_open' ? 'cli.keyTooOpen' : 'cli.keyMalformed', { path: err.file }));
  process.exit(2);
}

// A file that cannot be opened does not stop the harness: it starts in recovery mode and the page explains.
// A file that another Casusaudit window or program has open, or that cannot be written, is not touched at all:
// the page then only offers to try again (ADR 0008).
// "Start fresh" after a missing key: the new file gets a new key, kept beside it (the file moved aside keeps its own).
// A recovery code typed in the page is kept in the key file, so the next start opens the file by itself.
const backend: Backend = openBackend(dbPath, {
  backups,
  key: found.key,
  keyForFreshFile: () => keyNow().key,
  keys: {
    mode: passphrase !== undefined || askPassphrase ? 'passphrase' : 'stored',
    keep: (key) => writeFileAtomic(keyFilePath(dbPath), `${key.hex}\n`),
    created: found.created,
  },
});
if (backend.mode === 'recovery') {
  const problem = backend.startupState().problem ?? 'storage_failed';
  console.error(t(`errors.${problem}`, { path: dbPath }));
  if (problem === 'database_passphrase_needed') console.error(t('key.cliPassphrase'));
  else console.error(isWaitingProblem(problem) ? t(`recovery.cliWait.${problem}`) : t('recovery.cliNotice'));
} else if (values.demo) {
  const made = seedDemo(backend.db);
  console.log(t('cli.demoSeeded', { count: made }));
}

const token = crypto.randomBytes(24).toString('base64url');
const staticDir = path.resolve(values.static ?? path.join(import.meta.dirname, '..', 'dist', 'renderer'));
const server = createBridge({
  dispatch: backend.dispatch,
  call: backend.call,
  exportCopy: backend.exportCopy,
  token,
  staticDir,
});
server.listen(port, '127.0.0.1', () => {
  const actual = (server.address() as { port: number }).port;
  console.log(t('cli.database', { path: dbPath }));
  console.log(t('cli.open', { url: `http://127.0.0.1:${actual}/#token=${token}` }));
});

const shutdown = () => {
  server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
