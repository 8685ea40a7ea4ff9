/**
 * A second process that opens the backend on a data file, saves one person, says "ready" and then waits to be
 * killed (SIGKILL in test/db/cleanClose.test.ts): the data file is left as a crash leaves it.
 *
 *   node --import tsx test/support/killedWriter.ts <file> <name>
 */
import { openBackend } from '../../db/backend';

const [file, name] = process.argv.slice(2);
const backend = openBackend(file!, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
const saved = backend.dispatch('createPerson', { name, role: 'consulent' });
process.stdout.write(saved.ok ? `ready ${backend.inspection}\n` : `failed ${JSON.stringify(saved)}\n`);
setInterval(() => {}, 60_000);
