/** A process that opens a data file with a key and encrypts its plain backups, for the SIGKILL test. */
import { openBackend } from '../../db/backend';
import { dataKeyFromHex } from '../../db/keys';

const [file, hex] = process.argv.slice(2);
const b = openBackend(file!, { key: dataKeyFromHex(hex!), backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
process.stdout.write('start\n');
const r = b.dispatch('encryptPlainBackups', {});
process.stdout.write(r.ok ? 'encrypted\n' : `failed ${JSON.stringify(r)}\n`);
b.close();
