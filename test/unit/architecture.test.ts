/** The layer rule in eslint.config.js really rejects imports that point the wrong way. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
};

describe('layer rule', () => {
  it('refuses renderer → db, electron or server', async () => {
    expect(
      await lint('renderer/app/x.ts', "import { openBackend } from '../../db/backend';\nvoid openBackend;\n"),
    ).toBe(1);
    expect(await lint('renderer/app/x.ts', "import x from '../../electron/security';\nvoid x;\n")).toBe(1);
    expect(await lint('renderer/app/x.ts', "import x from '../../server/http-bridge';\nvoid x;\n")).toBe(1);
  });
  it('refuses shared → db and db → server', async () => {
    expect(await lint('shared/domain/x.ts', "import x from '../../db/backend';\nvoid x;\n")).toBe(1);
    expect(await lint('db/x.ts', "import x from '../server/cli';\nvoid x;\n")).toBe(1);
  });
  it('allows the downward imports', async () => {
    expect(await lint('renderer/app/x.ts', "import { LIMITS } from '../../shared/domain/model';\nvoid LIMITS;\n")).toBe(
      0,
    );
    expect(await lint('server/x.ts', "import { openBackend } from '../db/backend';\nvoid openBackend;\n")).toBe(0);
  });
});
