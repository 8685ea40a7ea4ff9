/** A process that opens a plain data file with a key (so the backend encrypts it), for the SIGKILL test. */
import { openBackend } from '../../db/backend';
import { dataKeyFromHex } from '../../db/keys';

const [file, hex] = process.argv.slice(2);
process.stdout.write('start\n');
const b = openBackend(file!, { key: dataKeyFromHex(hex!), backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
process.stdout.write(`${b.mode}\n`);
b.close();
