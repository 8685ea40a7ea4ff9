/**
 * The import boundaries of docs/ARCHITECTURE.md really bite: each forbidden import, written the ways code can write
 * it (import, export … from, dynamic import(), require()), fails lint, and the allowed ones pass.
 */
import fs from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files';

const eslint = new ESLint();
// ESLint's first run loads the TypeScript parser and every plugin (seconds on a busy machine): do it once, with time.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'shared/warm-up.ts' });
}, 120_000);
const lint = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'casusaudit/boundaries').length;
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
  it('refuses server → renderer and electron → renderer or server', async () => {
    expect(await lint('server/x.ts', "import x from '../renderer/api/client';\nvoid x;\n")).toBe(1);
    expect(await lint('server/x.ts', "import x from '../electron/settings';\nvoid x;\n")).toBe(1);
    expect(await lint('electron/x.ts', "import x from '../renderer/api/client';\nvoid x;\n")).toBe(1);
    expect(await lint('electron/x.ts', "import x from '../server/http-bridge';\nvoid x;\n")).toBe(1);
  });
  it('allows the downward imports', async () => {
    expect(await lint('renderer/app/x.ts', "import { LIMITS } from '../../shared/domain/model';\nvoid LIMITS;\n")).toBe(
      0,
    );
    expect(await lint('server/x.ts', "import { openBackend } from '../db/backend';\nvoid openBackend;\n")).toBe(0);
    expect(await lint('electron/main.ts', "import { openBackend } from '../db/backend';\nvoid openBackend;\n")).toBe(0);
    expect(await lint('db/x.ts', "import fs from 'node:fs';\nvoid fs;\n")).toBe(0);
  });
});

describe('renderer boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    const code = "import { useConversation } from '../conversation/store';\nvoid useConversation;\n";
    expect(await lint('renderer/features/scoring/x.tsx', code)).toBe(1);
    expect(
      await lint('renderer/features/scoring/parts/x.tsx', "import x from '../../audits/HomePage';\nvoid x;\n"),
    ).toBe(1);
  });
  it('refuses a feature importing the app shell', async () => {
    expect(
      await lint('renderer/features/audits/x.tsx', "import { useNav } from '../../app/nav';\nvoid useNav;\n"),
    ).toBe(1);
  });
  it('refuses components/, lib/ and api/ importing a feature or the app shell', async () => {
    expect(await lint('renderer/components/x.tsx', "import x from '../features/scoring/store';\nvoid x;\n")).toBe(1);
    expect(await lint('renderer/lib/x.ts', "import x from '../features/conversation/store';\nvoid x;\n")).toBe(1);
    expect(await lint('renderer/lib/x.ts', "import x from '../app/nav';\nvoid x;\n")).toBe(1);
    expect(await lint('renderer/api/x.ts', "import x from '../features/scoring/store';\nvoid x;\n")).toBe(1);
  });
  it('allows a feature its own files, the shared pieces and the API', async () => {
    const code = [
      "import a from './store';",
      "import b from '../scoring/ItemCard';",
      "import c from '../../components/ErrorBanner';",
      "import d from '../../lib/format';",
      "import e from '../../api/client';",
      "import f from '../../../shared/domain/model';",
      'void [a, b, c, d, e, f];',
    ].join('\n');
    expect(await lint('renderer/features/scoring/x.tsx', code)).toBe(0);
    expect(await lint('renderer/app/x.tsx', "import x from '../features/scoring/store';\nvoid x;\n")).toBe(0);
  });
});

describe('database and desktop boundaries', () => {
  it('refuses repositories importing db/api', async () => {
    expect(
      await lint('db/repositories/x.ts', "import { createHandlers } from '../api/handlers';\nvoid createHandlers;\n"),
    ).toBe(1);
    expect(await lint('db/repositories/x.ts', "import { x } from '../../shared/domain/model';\nvoid x;\n")).toBe(0);
    expect(await lint('db/api/x.ts', "import { x } from '../repositories/audits';\nvoid x;\n")).toBe(0);
  });
  it('refuses the preload importing db/', async () => {
    expect(await lint('electron/preload.ts', "import { openBackend } from '../db/backend';\nvoid openBackend;\n")).toBe(
      1,
    );
    expect(
      await lint(
        'electron/preload.ts',
        "import { OPERATION_NAMES } from '../shared/api/operations';\nvoid OPERATION_NAMES;\n",
      ),
    ).toBe(0);
  });
});

describe('Node built-ins', () => {
  it('refuses Node built-ins in shared/ and renderer/, with or without the node: prefix', async () => {
    expect(await lint('shared/domain/x.ts', "import fs from 'node:fs';\nvoid fs;\n")).toBe(1);
    expect(await lint('shared/domain/x.ts', "import path from 'path';\nvoid path;\n")).toBe(1);
    expect(await lint('shared/domain/x.ts', "import { posix } from 'path/posix';\nvoid posix;\n")).toBe(1);
    expect(await lint('renderer/lib/x.ts', "import { Buffer } from 'node:buffer';\nvoid Buffer;\n")).toBe(1);
    expect(await lint('renderer/features/scoring/x.ts', "import crypto from 'crypto';\nvoid crypto;\n")).toBe(1);
  });
  it('allows libraries there', async () => {
    expect(await lint('shared/domain/x.ts', "import { z } from 'zod';\nvoid z;\n")).toBe(0);
    expect(await lint('renderer/lib/x.ts', "import { create } from 'zustand';\nvoid create;\n")).toBe(0);
  });
});

describe('every way of importing is checked', () => {
  it('dynamic import()', async () => {
    expect(
      await lint('renderer/features/scoring/x.ts', "export const f = () => import('../conversation/store');\n"),
    ).toBe(1);
    expect(await lint('renderer/app/x.ts', 'export const f = () => import(`../../db/backend`);\n')).toBe(1);
    expect(await lint('shared/x.ts', "export const f = () => import('node:fs');\n")).toBe(1);
    expect(
      await lint('renderer/features/report/x.ts', "export const f = () => import('../../../shared/report/pdf');\n"),
    ).toBe(0);
  });
  it('export … from and require()', async () => {
    expect(await lint('renderer/lib/x.ts', "export { x } from '../features/scoring/store';\n")).toBe(1);
    expect(await lint('renderer/lib/x.ts', "export * from '../features/scoring/store';\n")).toBe(1);
    expect(await lint('shared/x.ts', "export const fs = require('fs');\n")).toBe(1);
    expect(await lint('electron/preload.ts', "export const b = require('../db/backend');\n")).toBe(1);
  });
});

describe('size limits', () => {
  // ESLint holds code to 300 lines a file and 80 a function; the same file limit for the styles and translations.
  const roots = ['renderer', 'shared'];
  it('no stylesheet or translation file is over 300 lines', () => {
    const long = roots
      .flatMap((dir) => filesUnder(dir, /\.(css|json)$/))
      .map((f) => [f, fs.readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
  it('ESLint refuses a function over 80 lines and a file over 300', async () => {
    const fn = `export function f() {\n${'  void 0;\n'.repeat(80)}}\n`;
    const [a] = await eslint.lintText(fn, { filePath: 'db/x.ts' });
    expect(a!.messages.map((m) => m.ruleId)).toContain('max-lines-per-function');
    const [b] = await eslint.lintText('void 0;\n'.repeat(301), { filePath: 'shared/x.ts' });
    expect(b!.messages.map((m) => m.ruleId)).toContain('max-lines');
  });
});

describe('React hooks rules', () => {
  it('refuses a hook called conditionally in the renderer', async () => {
    const code = [
      "import { useState } from 'react';",
      'export function X({ on }: { on: boolean }) {',
      '  if (on) {',
      '    const [a] = useState(0);',
      '    return a;',
      '  }',
      '  return null;',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: 'renderer/components/X.tsx' });
    expect(result!.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});
