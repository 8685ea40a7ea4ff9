/**
 * "Save a copy" stays encrypted by default; a plain copy only when asked for with `{ plain: true }` (issue 13, ADR
 * 0014). A marker written into every text field is in no byte of the default copy and in the plain one, through
 * every path a shell takes: the desktop's exportTo, the harness's exportCopy and its streamed download through the
 * HTTP bridge, and the synchronous dispatch. The plain copy opens without a key and holds exactly the same rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataKey } from '../../db/keys';
import { createBridge, TOKEN_HEADER } from '../../server/http-bridge';
import type { ExportedDatabase } from '../../shared/domain/storage';
import { dumpDatabase } from '../support/dbDump';
import { isPlain, openKeyed } from '../support/keyed';
import { fillWithMarker } from '../support/markerAudit';
import { fail, ok } from '../support/results';
import { createTestAudit, type TestAudit } from '../support/testAudit';

const MARKER = 'ZqxPlainCopyMarker4711';
const holds = (file: string) => fs.readFileSync(file).includes(Buffer.from(MARKER, 'utf8'));
const key = newDataKey();
const token = 'plain-copy-test-token-0123456789abcdef';
let t: TestAudit;
let server: http.Server;
let origin = '';
let expected = '';

beforeAll(async () => {
  t = createTestAudit('plain-copy', 'PLAIN-2026-1', key);
  fillWithMarker((op, args) => t.backend.dispatch(op, args), t.auditId, t.content, MARKER);
  const db = openKeyed(t.file, key, { readonly: true });
  expected = dumpDatabase(db);
  db.close();
  const { dispatch, call, exportCopy } = t.backend;
  server = createBridge({ dispatch, call, exportCopy, token, staticDir: t.dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

/** The plain copy: SQLite's header, the marker, opens with no key, passes quick_check, the same rows. */
function expectWholePlainCopy(file: string) {
  expect(isPlain(file), file).toBe(true);
  expect(holds(file), file).toBe(true);
  const db = openKeyed(file, null, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(dumpDatabase(db)).toBe(expected);
  } finally {
    db.close();
  }
}

function expectEncryptedCopy(file: string) {
  expect(isPlain(file), file).toBe(false);
  expect(holds(file), file).toBe(false);
  const db = openKeyed(file, key, { readonly: true, fileMustExist: true });
  try {
    expect(dumpDatabase(db)).toBe(expected);
  } finally {
    db.close();
  }
}

const partials = () => fs.readdirSync(t.backend.backupsDir).filter((n) => n.includes('.partial-'));

async function download(
  args: unknown,
): Promise<{ value: Extract<ExportedDatabase, { delivery: 'link' }>; bytes: Buffer }> {
  const res = await fetch(`${origin}/api/exportDatabase`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, origin },
    body: JSON.stringify(args),
  });
  const answer = (await res.json()) as { ok: boolean; value: Extract<ExportedDatabase, { delivery: 'link' }> };
  expect(answer.ok).toBe(true);
  const got = await fetch(`${origin}${answer.value.url}`, { headers: { [TOKEN_HEADER]: token, origin } });
  expect(got.status).toBe(200);
  return { value: answer.value, bytes: Buffer.from(await got.arrayBuffer()) };
}

describe('save a copy of an encrypted data file', () => {
  it('desktop (exportTo): encrypted by default, plain only with { plain: true }', () => {
    const enc = t.backend.exportTo(path.join(t.dir, 'out', 'kopie.sqlite'));
    expectEncryptedCopy(enc.path);
    const plain = t.backend.exportTo(path.join(t.dir, 'out', 'kopie-onversleuteld.sqlite'), { plain: true });
    expect(plain.bytes).toBe(fs.statSync(plain.path).size);
    expectWholePlainCopy(plain.path);
    expect(fs.readdirSync(path.join(t.dir, 'out')).sort()).toEqual(['kopie-onversleuteld.sqlite', 'kopie.sqlite']);
  });

  it('harness (exportCopy): encrypted by default, plain only with { plain: true }', async () => {
    const enc = ok<{ path: string }>(await t.backend.exportCopy());
    expectEncryptedCopy(enc.path);
    fs.rmSync(enc.path);
    const plain = ok<{ path: string }>(await t.backend.exportCopy({ plain: true }));
    expectWholePlainCopy(plain.path);
    fs.rmSync(plain.path);
    expect(partials()).toEqual([]);
  });

  it('through the HTTP bridge: {} streams an encrypted copy, { plain: true } a plain one', async () => {
    const enc = await download({});
    expect(enc.value.fileName).toMatch(/^casusaudit-\d{4}-\d{2}-\d{2}\.sqlite$/);
    fs.writeFileSync(path.join(t.dir, 'dl-enc.sqlite'), enc.bytes);
    expectEncryptedCopy(path.join(t.dir, 'dl-enc.sqlite'));
    const plain = await download({ plain: true });
    expect(plain.value.fileName).toMatch(/^casusaudit-\d{4}-\d{2}-\d{2}-onversleuteld\.sqlite$/);
    expect(plain.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    fs.writeFileSync(path.join(t.dir, 'dl-plain.sqlite'), plain.bytes);
    expectWholePlainCopy(path.join(t.dir, 'dl-plain.sqlite'));
    await expect.poll(partials).toEqual([]);
  });

  it('the synchronous dispatch (a download inside the answer) follows the same rule', () => {
    const as = (args: unknown, name: string) => {
      const value = ok<{ base64: string; fileName: string }>(t.backend.dispatch('exportDatabase', args));
      fs.writeFileSync(path.join(t.dir, name), Buffer.from(value.base64, 'base64'));
      return path.join(t.dir, name);
    };
    expectEncryptedCopy(as({}, 'sync-enc.sqlite'));
    expectWholePlainCopy(as({ plain: true }, 'sync-plain.sqlite'));
    expect(partials()).toEqual([]);
  });

  it('refuses anything but { plain: true } as the option', () => {
    for (const args of [{ plain: false }, { plain: 'yes' }, { plain: true, extra: 1 }])
      expect(fail(t.backend.dispatch('exportDatabase', args)).code).toBe('invalid_arguments');
  });

  it('a plain copy that cannot be written leaves nothing behind', () => {
    const blocked = path.join(t.dir, 'blocked');
    fs.writeFileSync(blocked, 'not a folder');
    expect(() => t.backend.exportTo(path.join(blocked, 'kopie.sqlite'), { plain: true })).toThrow();
    expect(fs.readFileSync(blocked, 'utf8')).toBe('not a folder');
    expect(fs.readdirSync(t.dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });
});
