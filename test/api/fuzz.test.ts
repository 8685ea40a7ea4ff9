/**
 * Hostile input: random and malformed arguments at every API operation, through the dispatcher and through the
 * HTTP bridge. Every call ends in a typed error or a valid result, the process stays up, a rejected call leaves
 * the database unchanged, and text comes back byte for byte.
 */
import { dumpDatabase } from '../support/dbDump';
import fc from 'fast-check';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/errors';
import { OPERATION_NAMES } from '../../shared/api/operations';
import { LIMITS } from '../../shared/domain/model';
import { openBackend, type Backend } from '../../db/backend';
import { seedDemo } from '../../db/demo';
import { createBridge, TOKEN_HEADER } from '../../server/http-bridge';

const RUNS = Number(process.env.CASUSAUDIT_FUZZ_RUNS ?? 60);
// Generous time per property, scaled with the number of runs: a slow shared machine must not fail a correct property.
const TIMEOUT = 30_000 + RUNS * 500;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let backend: Backend;
let server: http.Server;
let origin = '';
const token = 'fuzz-token-0123456789abcdef';
let scoringAuditId = 0;
let talkAuditId = 0;
let itemKeys: string[] = [];

const dump = (): string => dumpDatabase(backend.db);

const isTyped = (r: unknown): boolean => {
  const x = r as { ok?: unknown; value?: unknown; error?: { code?: unknown } };
  if (x?.ok === true) return 'value' in x;
  return (
    x?.ok === false && typeof x.error?.code === 'string' && (ERROR_CODES as readonly string[]).includes(x.error.code)
  );
};

/** Values that probe types, ranges, encodings and prototype tricks. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, 2 ** 53, 1e308, '1', '', ' ', 'true', null, true, false, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    "'; DROP TABLE audits; --",
    '../../etc/passwd',
    '\u0000',
    '\uD800',
    'ＯＣＪ',
    '🧒🏽',
  ),
  fc.constantFrom(
    'consultant',
    'reviewer',
    'consulent',
    'OCJ',
    'SDJ',
    'strengths',
    'audit',
    'verwaarlozing',
    '2026-02-30',
    '2026-03-15',
  ),
  fc.string({ maxLength: 5 }).map((s) => `casusaudit-20260315-102030-123-auto.sqlite${s}`),
  fc.constant('x'.repeat(LIMITS.rationale + 1)),
  fc.anything({ maxDepth: 2 }),
);

function fieldsOf(op: string): string[] {
  const schema = contract[op as keyof typeof contract] as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** Arguments for one operation: mostly its own field names with hostile values, sometimes anything at all. */
const argsFor = (op: string): fc.Arbitrary<unknown> => {
  const fields = fieldsOf(op);
  const own = fields.length
    ? fc.record(
        Object.fromEntries(
          fields.map((f) => [f, f === 'itemKey' ? fc.oneof(fc.constantFrom(...itemKeys), hostileValue) : hostileValue]),
        ),
        { requiredKeys: [] },
      )
    : fc.constant({});
  return fc.oneof(
    { weight: 6, arbitrary: own },
    { weight: 1, arbitrary: own.map((o) => ({ ...(o as object), ['__proto__']: { polluted: 1 }, extra: 1 })) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(undefined, null, [], 'string', 42, JSON.parse('{"__proto__":{"admin":true}}')),
    },
  );
};

beforeAll(async () => {
  backend = openSeeded('casusaudit-fuzz-');
  const audits = (backend.dispatch('listAudits', {}) as { ok: true; value: { id: number; status: string }[] }).value;
  scoringAuditId = audits.find((a) => a.status === 'scoring')!.id;
  talkAuditId = audits.find((a) => a.status === 'ready')!.id;
  expect(backend.dispatch('reveal', { auditId: talkAuditId }).ok).toBe(true);
  const audit = (
    backend.dispatch('getAudit', { id: scoringAuditId }) as { ok: true; value: { template: { id: number } } }
  ).value;
  const content = (backend.dispatch('getTemplate', { id: audit.template.id }) as { ok: true; value: { content: any } })
    .value.content;
  itemKeys = [...content.principles.flatMap((p: any) => p.items.map((i: any) => i.key)), content.overall.key];

  server = createBridge({
    dispatch: backend.dispatch,
    token,
    staticDir: fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-fuzz-static-')),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  backend?.close();
});

function openSeeded(prefix: string): Backend {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'casusaudit.sqlite');
  const opened = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  // The audits in every stage, without the demo year: each run dumps every row twice.
  seedDemo(opened.db, { year: false });
  return opened;
}

describe('every operation through the dispatcher', () => {
  // Its own database: random ids do hit real rows, and a random eraseAudit or signOff that succeeds must not take
  // away the audits the text and bridge properties below write to.
  let target: Backend;
  beforeAll(() => {
    target = openSeeded('casusaudit-fuzz-ops-');
  });
  afterAll(() => target?.close());

  it('lists the operations it fuzzes', () => {
    expect(OPERATION_NAMES.length).toBeGreaterThanOrEqual(29);
    expect(Object.keys(contract).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  for (const op of OPERATION_NAMES) {
    it(
      `${op}: typed error or valid result; a rejected call changes nothing`,
      () => {
        let rejected = 0;
        fc.assert(
          fc.property(argsFor(op), (args) => {
            const before = dumpDatabase(target.db);
            let result: unknown;
            expect(() => (result = target.dispatch(op, args))).not.toThrow();
            expect(isTyped(result), JSON.stringify(result)).toBe(true);
            if ((result as { ok: boolean }).ok === false) {
              rejected++;
              expect(dumpDatabase(target.db)).toBe(before);
            }
            // Nothing leaks onto Object.prototype.
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
            expect(({} as Record<string, unknown>).admin).toBeUndefined();
          }),
          { numRuns: RUNS },
        );
        expect(rejected).toBeGreaterThan(0);
      },
      TIMEOUT,
    );
  }

  it('unknown and prototype operation names are refused', () => {
    for (const op of [
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'toString',
      '',
      'listaudits',
      'listAudits ',
      '../listAudits',
    ]) {
      expect(target.dispatch(op, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });
});

describe('text', () => {
  const textArb = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
  );

  it(
    'a rationale takes any Unicode and comes back byte for byte (or is refused with a clear reason, unchanged)',
    () => {
      fc.assert(
        fc.property(textArb, fc.constantFrom(...itemKeys), (text, itemKey) => {
          const before = dump();
          const r = backend.dispatch('saveRating', {
            auditId: scoringAuditId,
            rater: 'reviewer',
            itemKey,
            score: 3,
            notApplicable: false,
            naReason: '',
            rationale: text,
          });
          if (CONTROL.test(text) || LONE_SURROGATE.test(text)) {
            expect(r).toMatchObject({
              ok: false,
              error: { code: 'invalid_arguments', issues: [{ path: 'rationale', message: 'control_chars' }] },
            });
            expect(dump()).toBe(before);
            return;
          }
          expect(r.ok, JSON.stringify(r)).toBe(true);
          const session = backend.dispatch('startScoring', { auditId: scoringAuditId, rater: 'reviewer' }) as {
            ok: true;
            value: { ratings: { itemKey: string; rationale: string }[] };
          };
          const stored = session.value.ratings.find((x) => x.itemKey === itemKey)!.rationale;
          expect(Buffer.from(stored, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
          expect(stored).toBe(text);
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT,
  );

  it(
    'a conversation note does the same, through the HTTP bridge',
    async () => {
      await fc.assert(
        fc.asyncProperty(textArb, fc.constantFrom('strengths', 'worries', 'next'), async (text, column) => {
          const before = dump();
          const r = await post('saveNote', JSON.stringify({ auditId: talkAuditId, scope: 'audit', column, text }));
          if (CONTROL.test(text) || LONE_SURROGATE.test(text)) {
            expect(r.body).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
            expect(dump()).toBe(before);
            return;
          }
          expect(r.body.ok, JSON.stringify(r.body)).toBe(true);
          const revealed = await post('getRevealed', JSON.stringify({ auditId: talkAuditId }));
          const note = revealed.body.value.notes.find(
            (n: { scope: string; column: string }) => n.scope === 'audit' && n.column === column,
          );
          // An empty note that was never written is simply absent; anything else comes back byte for byte.
          expect(note?.text ?? '').toBe(text);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );

  it('a lone surrogate half is refused rather than silently changed', () => {
    for (const text of ['a\uD800b', '\uDC00', 'ok\uD83D']) {
      const r = backend.dispatch('saveRating', {
        auditId: scoringAuditId,
        rater: 'reviewer',
        itemKey: itemKeys[0],
        score: 3,
        notApplicable: false,
        naReason: '',
        rationale: text,
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    }
  });

  it('sizes are bounded with a clear reason', async () => {
    const long = backend.dispatch('saveRating', {
      auditId: scoringAuditId,
      rater: 'reviewer',
      itemKey: itemKeys[0],
      score: 3,
      notApplicable: false,
      naReason: '',
      rationale: 'é'.repeat(LIMITS.rationale + 1),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', issues: [{ path: 'rationale', message: 'too_long' }] },
    });
    const exact = backend.dispatch('saveRating', {
      auditId: scoringAuditId,
      rater: 'reviewer',
      itemKey: itemKeys[0],
      score: 3,
      notApplicable: false,
      naReason: '',
      rationale: 'é'.repeat(LIMITS.rationale),
    });
    expect(exact.ok).toBe(true);
    const name = backend.dispatch('createPerson', { name: 'n'.repeat(LIMITS.name + 1), role: 'consulent' });
    expect(name).toMatchObject({ ok: false, error: { issues: [{ path: 'name', message: 'too_long' }] } });
    const huge = await post(
      'saveNote',
      JSON.stringify({ auditId: talkAuditId, scope: 'audit', column: 'next', text: 'x'.repeat(5 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', params: { reason: 'too_large' } },
    });
  });
});

async function post(op: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body: body as unknown as BodyInit,
  });
  const text = await res.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { unparsable: text.slice(0, 200) };
  }
  return { status: res.status, body: parsed };
}

describe('the HTTP bridge', () => {
  const opName = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...OPERATION_NAMES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%E0%A4%A',
        '%',
        '%00',
        '..%2F..%2Fetc%2Fpasswd',
        '__proto__',
        'constructor',
        'listAudits%20',
        '%F0%9F%A7%92',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map(encodeURIComponent) },
  );
  const body = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(opName)
        .chain(([op]) =>
          argsFor(OPERATION_NAMES.includes(op as never) ? op : 'listAudits').map((a) => JSON.stringify(a) ?? ''),
        ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        'null',
        '[]',
        '"x"',
        '{"a":'.repeat(5000),
        '['.repeat(100_000),
        '{"__proto__":{"admin":1}}',
      ),
    },
  );

  it(
    'answers every request with a typed JSON result, stays up, and leaves the data unchanged when it refuses',
    async () => {
      await fc.assert(
        fc.asyncProperty(opName, body, async (op, payload) => {
          const before = dump();
          const r = await post(op, payload);
          expect([200, 400, 403, 404, 405, 413]).toContain(r.status);
          expect(isTyped(r.body), JSON.stringify(r.body).slice(0, 300)).toBe(true);
          if (r.body.ok === false) expect(dump()).toBe(before);
        }),
        { numRuns: RUNS * 5 },
      );
      // Still serving.
      expect((await post('listAudits', '{}')).body.ok).toBe(true);
    },
    TIMEOUT,
  );

  it('refuses requests without the token, from another origin or with another content type, before running anything', async () => {
    const before = dump();
    const createArgs = JSON.stringify({ name: 'Indringer', role: 'consulent' });
    expect((await post('createPerson', createArgs, { [TOKEN_HEADER]: 'wrong' })).status).toBe(403);
    expect((await post('createPerson', createArgs, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('createPerson', createArgs, { 'content-type': 'text/plain' })).status).toBe(403);
    expect(dump()).toBe(before);
  });

  it('serves no file outside its folder, even with a malformed address', async () => {
    for (const p of ['/%E0%A4%A', '/..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/%00']) {
      const res = await fetch(`${origin}${p}`);
      expect([200, 400, 403, 404]).toContain(res.status);
      const text = await res.text();
      expect(text).not.toContain('root:');
    }
    expect((await post('listAudits', '{}')).body.ok).toBe(true);
  });
});
