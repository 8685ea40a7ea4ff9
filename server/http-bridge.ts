/**
 * The loopback HTTP transport for the browser harness: serves the built renderer and the same API
 * dispatch as Electron IPC. It holds sensitive data, so it answers only same-origin requests on
 * 127.0.0.1 that carry this run's secret token.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Dispatch } from '../db/api/dispatch';
import type { ApiResult } from '../shared/api/errors';
import { contract } from '../shared/api/contract';
import { localIsoDate } from '../shared/domain/dates';
import type { ExportedDatabase } from '../shared/domain/storage';
import { CONTENT_SECURITY_POLICY } from '../shared/security';

export const TOKEN_HEADER = 'x-casusaudit-token';
const MAX_BODY = 4 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  dispatch: Dispatch;
  token: string;
  staticDir: string;
  /** The same API as a promise (Backend.call: a manual backup does not hold up saves); default: dispatch. */
  call?: (operation: string, args: unknown) => Promise<ApiResult<unknown>>;
  /**
   * "Save a copy" as a download streamed from disk (Backend.exportCopy): exportDatabase then answers a one-time
   * address instead of the whole file inside its JSON. Without it, exportDatabase answers as dispatch does.
   */
  exportCopy?: (options?: { plain?: boolean }) => Promise<ApiResult<{ path: string; bytes: number }>>;
}

/** How long a download address stays valid (its copy is removed then, fetched or not). */
const DOWNLOAD_TTL_MS = 10 * 60_000;
const DOWNLOAD_PATH = /^\/download\/([0-9a-f]{32})$/;

/** One-time downloads: a random address per copy, served once, then the copy is removed. */
function downloads() {
  const waiting = new Map<string, { file: string; bytes: number; timer: NodeJS.Timeout }>();
  const drop = (id: string) => {
    const d = waiting.get(id);
    if (!d) return;
    waiting.delete(id);
    clearTimeout(d.timer);
    fs.rm(d.file, { force: true }, () => {});
  };
  return {
    add: (file: string, bytes: number): string => {
      const id = randomBytes(16).toString('hex');
      const timer = setTimeout(() => drop(id), DOWNLOAD_TTL_MS);
      timer.unref();
      waiting.set(id, { file, bytes, timer });
      return id;
    },
    /** Streams the copy (Content-Length: its size) and removes it afterwards; false when the address is unknown. */
    serve: (id: string, res: http.ServerResponse, headers: Record<string, string>): boolean => {
      const d = waiting.get(id);
      if (!d) return false;
      waiting.delete(id);
      clearTimeout(d.timer);
      res.writeHead(200, {
        ...headers,
        'Content-Type': 'application/vnd.sqlite3',
        'Content-Length': String(d.bytes),
        'Content-Disposition': 'attachment',
      });
      const stream = fs.createReadStream(d.file);
      const remove = () => fs.rm(d.file, { force: true }, () => {});
      stream.on('error', () => res.destroy());
      res.on('close', () => {
        stream.destroy();
        remove();
      });
      stream.pipe(res);
      return true;
    },
    clear: () => [...waiting.keys()].forEach(drop),
  };
}

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A malformed %-escape in an address must not throw inside the request handler (it would take the process down). */
function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * The body as text only when it is valid UTF-8: a malformed byte would otherwise become U+FFFD and be stored as
 * if the user had typed it. A byte order mark is kept (and then refused by JSON.parse), as before.
 */
function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** JSON is UTF-8 (RFC 8259): a body declared in another character set is refused rather than misread. */
function declaresUtf8(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return charset === undefined || /^utf-?8$/i.test(charset);
}

type Send = (status: number, body: unknown) => void;

/**
 * Reads an API request body of at most MAX_BODY bytes, strictly as UTF-8, and hands its JSON to `done`; a body
 * that is too large, not UTF-8 or not JSON is answered here with a typed error, and nothing runs.
 */
function readJsonBody(req: http.IncomingMessage, send: Send, done: (args: unknown) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let aborted = false;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY && !aborted) {
      aborted = true;
      send(413, { ok: false, error: { code: 'invalid_arguments', params: { reason: 'too_large' } } });
      req.destroy();
    } else if (!aborted) chunks.push(c);
  });
  req.on('end', () => {
    if (aborted) return;
    const text = strictUtf8(Buffer.concat(chunks));
    if (text === null) return send(400, { ok: false, error: { code: 'invalid_encoding', params: { reason: 'utf8' } } });
    let args: unknown;
    try {
      args = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      return send(400, { ok: false, error: { code: 'invalid_arguments', params: { reason: 'json' } } });
    }
    done(args);
  });
}

/** API calls; "save a copy" becomes a one-time download address when the backend can write the copy to disk. */
function answerWith(
  { dispatch, call, exportCopy }: Pick<BridgeOptions, 'dispatch' | 'call' | 'exportCopy'>,
  copies: ReturnType<typeof downloads>,
) {
  return async (operation: string, args: unknown): Promise<ApiResult<unknown>> => {
    const parsed = operation === 'exportDatabase' ? contract.exportDatabase.safeParse(args ?? {}) : null;
    if (!exportCopy || !parsed?.success) return call ? call(operation, args) : dispatch(operation, args);
    // Encrypted like the data file, unless the user asked for a plain copy after the warning ({ plain: true }).
    const plain = parsed.data.plain === true;
    const made = await exportCopy({ plain });
    if (!made.ok) return made;
    const id = copies.add(made.value.path, made.value.bytes);
    const value: ExportedDatabase = {
      delivery: 'link',
      fileName: `casusaudit-${localIsoDate()}${plain ? '-onversleuteld' : ''}.sqlite`,
      bytes: made.value.bytes,
      url: `/download/${id}`,
    };
    return { ok: true, value };
  };
}

export function createBridge({ dispatch, token, staticDir, call, exportCopy }: BridgeOptions): http.Server {
  const root = path.resolve(staticDir);
  const copies = downloads();
  const answer = answerWith({ dispatch, call, exportCopy }, copies);
  const server = http.createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const allowedOrigins = allowedHosts.map((h) => `http://${h}`);
    const security = {
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    const send: Send = (status, body) => {
      res.writeHead(status, { ...security, 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const forbid = (reason: string) => send(403, { ok: false, error: { code: 'forbidden', params: { reason } } });

    // DNS rebinding: a foreign page's host name resolving to 127.0.0.1 still sends its own Host header.
    if (!allowedHosts.includes(req.headers.host ?? '')) return forbid('host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) return forbid('origin');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return forbid('cross-site');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return send(405, { ok: false, error: { code: 'forbidden', params: { reason: 'method' } } });
      const given = req.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || !sameToken(given, token)) return forbid('token');
      const contentType = req.headers['content-type'] ?? '';
      if (!contentType.startsWith('application/json')) return forbid('content-type');
      if (!declaresUtf8(contentType))
        return send(400, { ok: false, error: { code: 'invalid_encoding', params: { reason: 'charset' } } });
      readJsonBody(req, send, (args) => {
        const operation = safeDecode(url.pathname.slice('/api/'.length));
        if (operation === null)
          return send(400, { ok: false, error: { code: 'unknown_operation', params: { reason: 'encoding' } } });
        answer(operation, args).then(
          (result) => send(200, result),
          () => send(500, { ok: false, error: { code: 'internal' } }),
        );
      });
      return;
    }

    const download = DOWNLOAD_PATH.exec(url.pathname);
    if (download && req.method === 'GET') {
      if (!copies.serve(download[1]!, res, security)) send(404, { ok: false, error: { code: 'not_found' } });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { ok: false, error: { code: 'forbidden' } });
    const decoded = safeDecode(url.pathname);
    if (decoded === null || decoded.includes('\u0000')) return send(400, { ok: false, error: { code: 'not_found' } });
    let file = path.join(root, path.normalize(decoded));
    if (file !== root && !file.startsWith(root + path.sep)) return forbid('path');
    if (url.pathname === '/' || !fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(root, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) return send(404, { ok: false, error: { code: 'not_found' } });
      res.writeHead(200, {
        ...security,
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  server.on('close', () => copies.clear());
  return server;
}
