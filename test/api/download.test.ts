/**
 * "Save a copy" in the browser harness is a download streamed from disk, not the file inside a JSON answer:
 * exportDatabase answers a one-time address; fetching it gives the whole copy (Content-Length equal to its
 * size), once; the temporary copy is gone afterwards.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, TOKEN_HEADER } from '../../server/http-bridge';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';
import type { Backend } from '../../db/backend';

const token = 'download-test-token-0123456789abcdef';
let backend: Backend;
let server: http.Server;
let origin = '';

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-download-'));
  backend = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
  for (let i = 0; i < 30; i++)
    ok(backend.dispatch('createPerson', { name: `Collega ${i} (fictief)`, role: 'consulent' }));
  server = createBridge({
    dispatch: backend.dispatch,
    call: backend.call,
    exportCopy: backend.exportCopy,
    token,
    staticDir: dir,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  backend.close();
  fs.rmSync(path.dirname(backend.path), { recursive: true, force: true });
});

const post = async (op: string) => {
  const res = await fetch(`${origin}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, origin },
    body: '{}',
  });
  return (await res.json()) as { ok: boolean; value: any };
};

const partials = () => fs.readdirSync(backend.backupsDir).filter((n) => n.includes('.partial-'));

describe('save a copy in the browser harness', () => {
  it('answers a one-time address whose download is the whole, checked copy', async () => {
    const answer = await post('exportDatabase');
    expect(answer.ok).toBe(true);
    expect(answer.value).toEqual({
      delivery: 'link',
      fileName: expect.stringMatching(/^casusaudit-\d{4}-\d{2}-\d{2}\.sqlite$/),
      bytes: expect.any(Number),
      url: expect.stringMatching(/^\/download\/[0-9a-f]{32}$/),
    });
    expect(JSON.stringify(answer).length).toBeLessThan(300); // no file inside the answer
    expect(partials()).toHaveLength(1);

    const res = await fetch(`${origin}${answer.value.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(Number(res.headers.get('content-length'))).toBe(answer.value.bytes);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(answer.value.bytes);
    const saved = path.join(path.dirname(backend.path), 'saved.sqlite');
    fs.writeFileSync(saved, body);
    const copy = new Database(saved, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM people').pluck().get()).toBe(30);
    copy.close();

    // Served once; the temporary copy is removed.
    expect((await fetch(`${origin}${answer.value.url}`)).status).toBe(404);
    await expect.poll(() => partials()).toEqual([]);
  });

  it('knows no other address, and refuses another site', async () => {
    expect((await fetch(`${origin}/download/${'0'.repeat(32)}`)).status).toBe(404);
    const answer = await post('exportDatabase');
    const foreign = await fetch(`${origin}${answer.value.url}`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${origin}${answer.value.url}`)).status).toBe(200);
  });
});
