import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, resolveDatabasePath, writeSettings } from '../../electron/settings';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-settings-'));

describe('desktop settings', () => {
  it('round-trips the chosen database path through an atomic write', () => {
    const file = path.join(tmp(), 'nested', 'settings.json');
    const chosen = path.join(os.tmpdir(), 'Mijn audits – é', 'casusaudit.sqlite');
    writeSettings(file, { databasePath: chosen });
    expect(readSettings(file)).toEqual({ databasePath: chosen });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']); // no temporary file left behind
  });

  it('falls back to defaults for a missing, broken or odd settings file, never throwing', () => {
    const dir = tmp();
    expect(readSettings(path.join(dir, 'absent.json'))).toEqual({});
    for (const content of [
      '{',
      'null',
      '[]',
      '"x"',
      '{"databasePath": 3}',
      '{"databasePath": "relative/file.sqlite"}',
      '{"databasePath": "/a\\u0000b"}',
    ]) {
      const file = path.join(dir, 'settings.json');
      fs.writeFileSync(file, content);
      expect(readSettings(file), content).toEqual({});
    }
  });

  it('prefers --db or CASUSAUDIT_DB, then the user’s choice, then the default', () => {
    const chosen = path.resolve('/data/chosen.sqlite');
    const def = path.resolve('/home/x/.config/Casusaudit/casusaudit.sqlite');
    expect(resolveDatabasePath('/tmp/test.sqlite', { databasePath: chosen }, def)).toBe(
      path.resolve('/tmp/test.sqlite'),
    );
    expect(resolveDatabasePath(null, { databasePath: chosen }, def)).toBe(chosen);
    expect(resolveDatabasePath(null, {}, def)).toBe(def);
  });
});
