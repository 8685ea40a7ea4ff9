/**
 * Required text needs at least one visible character, through the dispatcher and through the real HTTP bridge:
 * a name, reason or action made only of invisible characters (zero-width space, word joiner, soft hyphen, bidi
 * controls, variation selectors …) is refused and nothing is stored. Visible text is kept byte for byte, even with
 * a bidi control in it. A request body that is not valid UTF-8 is refused before anything runs, instead of being
 * stored with U+FFFD in place of the broken bytes.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import { seedDemo } from '../../db/demo';
import { createBridge, TOKEN_HEADER } from '../../server/http-bridge';
import { hasVisibleCharacter } from '../../shared/domain/model';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';

/** Text that shows nothing: each is refused wherever text is required. */
const INVISIBLE: Record<string, string> = {
  'zero-width space': '\u200B',
  'word joiner': '\u2060',
  'soft hyphen': '\u00AD',
  'right-to-left override': '\u202E',
  'bidi isolates and marks': '\u2067\u2069\u200F\u200E\u061C',
  'zero-width joiners and a byte order mark inside': ' \u200D\u200C\uFEFF\u200D ',
  'variation selectors': '\uFE0F\u{E0100}',
  'Hangul filler': '\u3164',
  'blank Braille pattern': '\u2800',
  'a lone combining accent': '\u0301',
  'tag characters': '\u{E0041}\u{E007F}',
  'no-break and ideographic spaces': '\u00A0\u3000',
  mixed: '\u200B\u2060\u00AD\u202E\uFE0F',
};
/** A visible name that ends in RIGHT-TO-LEFT OVERRIDE: accepted and kept as typed (the screen isolates it). */
const TRAILING_RLO = 'Anna Peeters\u202E';

let backend: Backend;
let server: http.Server;
let origin = '';
const token = 'text-rules-token-0123456789';
let completedAuditId = 0;
let talkAuditId = 0;
const dump = () => dumpDatabase(backend.db);
const call = (op: string, args: unknown) => backend.dispatch(op, args);

beforeAll(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-text-')), 'casusaudit.sqlite');
  backend = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  seedDemo(backend.db);
  const audits = ok<{ id: number; status: string }[]>(call('listAudits', {}));
  completedAuditId = audits.find((a) => a.status === 'completed')!.id;
  talkAuditId = audits.find((a) => a.status === 'ready')!.id;
  ok(call('reveal', { auditId: talkAuditId }));
  server = createBridge({
    dispatch: backend.dispatch,
    token,
    staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-text-static-')),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  backend?.close();
});

/** Posts raw bytes to the bridge, as a browser or a script would. */
async function post(op: string, body: string | Uint8Array, contentType = 'application/json') {
  const res = await fetch(`${origin}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': contentType, [TOKEN_HEADER]: token },
    body: body as unknown as BodyInit,
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: any; error?: any } };
}

/** Every operation with required text, with `text` in that field. */
const requiredTextCalls = (text: string): [string, Record<string, unknown>, string][] => [
  ['createPerson', { name: text, role: 'consulent' }, 'name'],
  ['reopenAudit', { auditId: completedAuditId, byName: text, reason: 'Tikfout in de volgende stappen' }, 'byName'],
  ['reopenAudit', { auditId: completedAuditId, byName: 'Lea Testmans (demo)', reason: text }, 'reason'],
  ['signOff', { auditId: talkAuditId, rater: 'consultant', name: text }, 'name'],
  ['addAction', { auditId: talkAuditId, what: text, who: '', due: null }, 'what'],
];

describe('required text needs a visible character', () => {
  it('knows which characters show nothing', () => {
    for (const [what, text] of Object.entries(INVISIBLE)) expect(hasVisibleCharacter(text), what).toBe(false);
    for (const text of ['a', 'Zoë', 'ア', '🧒🏽', '٣', 'e\u0301', TRAILING_RLO, '\u200Bx']) {
      expect(hasVisibleCharacter(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses names, reopening reasons, signatures and actions made only of invisible characters, through dispatch', () => {
    const before = dump();
    for (const [what, text] of Object.entries(INVISIBLE)) {
      for (const [op, args, field] of requiredTextCalls(text)) {
        const error = fail(call(op, args));
        expect(error, `${op}.${field} with ${what}`).toMatchObject({
          code: 'invalid_arguments',
          // White space alone is trimmed away first: then the field is simply empty.
          issues: [{ path: field, message: text.trim() === '' ? 'required' : 'no_visible_text' }],
        });
      }
    }
    expect(dump()).toBe(before);
    // The audit is still completed: no reopening was recorded.
    expect(ok<{ status: string }>(call('getAudit', { id: completedAuditId })).status).toBe('completed');
  });

  it('refuses them through the HTTP bridge as well, and stores nothing', async () => {
    const before = dump();
    for (const text of [INVISIBLE['mixed']!, INVISIBLE['right-to-left override']!, '\u200B\u200B\u200B']) {
      for (const [op, args, field] of requiredTextCalls(text)) {
        const r = await post(op, JSON.stringify(args));
        expect(r.status).toBe(200);
        expect(r.body, `${op}.${field}`).toMatchObject({
          ok: false,
          error: { code: 'invalid_arguments', issues: [{ path: field, message: 'no_visible_text' }] },
        });
      }
    }
    expect(dump()).toBe(before);
  });

  it('keeps visible text byte for byte, a trailing bidi control included', async () => {
    const person = (await post('createPerson', JSON.stringify({ name: TRAILING_RLO, role: 'consulent' }))).body;
    expect(person).toMatchObject({ ok: true, value: { name: TRAILING_RLO } });
    const people = ok<{ name: string }[]>(call('listPeople', {}));
    expect(people.map((p) => p.name)).toContain(TRAILING_RLO);
    const what = '\u200BBel de school\u2060 op\u00AD maandag \u202Eaub';
    expect(ok<{ what: string }>(call('addAction', { auditId: talkAuditId, what, who: '', due: null })).what).toBe(what);
  });
});

describe('request bodies are strict UTF-8', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const withBytes = (before: string, bytes: number[], after: string) =>
    new Uint8Array([...utf8(before), ...bytes, ...utf8(after)]);

  it('refuses a body with invalid UTF-8 with invalid_encoding, before anything is stored', async () => {
    const broken = {
      'a lone 0xFF byte': [0xff],
      'a cut-off two-byte sequence': [0xc3],
      'an overlong slash': [0xc0, 0xaf],
      'an encoded surrogate half': [0xed, 0xa0, 0x80],
      'a Latin-1 ë': [0xeb],
    };
    const before = dump();
    for (const [what, bytes] of Object.entries(broken)) {
      const r = await post('createPerson', withBytes('{"name":"Zo', bytes, ' Peeters","role":"consulent"}'));
      expect(r.status, what).toBe(400);
      expect(r.body, what).toEqual({ ok: false, error: { code: 'invalid_encoding', params: { reason: 'utf8' } } });
      const note = await post(
        'saveNote',
        withBytes(`{"auditId":${talkAuditId},"scope":"audit","column":"next","text":"`, bytes, '"}'),
      );
      expect(note.body.error?.code, what).toBe('invalid_encoding');
    }
    expect(dump()).toBe(before);
    expect(ok<{ name: string }[]>(call('listPeople', {})).some((p) => p.name.includes('\uFFFD'))).toBe(false);
  });

  it('refuses a body declared in another character set, and still takes valid UTF-8', async () => {
    const before = dump();
    const latin1 = await post('createPerson', '{"name":"Zoe","role":"consulent"}', 'application/json; charset=latin1');
    expect(latin1).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'invalid_encoding', params: { reason: 'charset' } } },
    });
    expect(dump()).toBe(before);
    const good = await post(
      'createPerson',
      utf8('{"name":"Zoë Peeters 🧒🏽","role":"consulent"}'),
      'application/json; charset=UTF-8',
    );
    expect(good.body).toMatchObject({ ok: true, value: { name: 'Zoë Peeters 🧒🏽' } });
  });
});
