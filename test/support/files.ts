/** Every file below a folder whose name matches a pattern (for tests that read the source tree). */
import fs from 'node:fs';
import path from 'node:path';

export function filesUnder(dir: string, name: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p, name);
    return name.test(e.name) ? [p] : [];
  });
}
