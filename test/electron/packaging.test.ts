/**
 * The packaging settings (electron-builder.yml) as the packaged app will have them. No YAML library is installed,
 * so the flat `electronFuses:` block is read line by line: two-space indented `key: true|false` lines.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = fs.readFileSync('electron-builder.yml', 'utf8').split('\n');

/** The `key: value` lines of a top-level block (comments skipped), or null when the block is missing. */
function block(name: string): Record<string, string> | null {
  const start = yml.findIndex((l) => l === `${name}:`);
  if (start < 0) return null;
  const entries: Record<string, string> = {};
  for (const line of yml.slice(start + 1)) {
    if (/^\s*#/.test(line)) continue;
    const m = /^ {2}([A-Za-z0-9]+): (.+)$/.exec(line);
    if (!m) break;
    entries[m[1]!] = m[2]!.trim();
  }
  return entries;
}

const topLevel = (key: string) =>
  yml
    .find((l) => l.startsWith(`${key}:`))
    ?.slice(key.length + 1)
    .trim();

describe('electron-builder.yml', () => {
  it('flips the Electron fuses that close ways into the signed app', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      loadBrowserProcessSpecificV8Snapshot: 'false',
      // Still on: the renderer is loaded from file:// (see the comment in electron-builder.yml).
      grantFileProtocolExtraPrivileges: 'true',
    });
  });

  it('packs the app into app.asar, which onlyLoadAppFromAsar and the integrity check rely on', () => {
    expect(topLevel('asar')).toBe('true');
  });
});
