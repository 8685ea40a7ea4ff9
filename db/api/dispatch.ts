/** Runs one API call: validates the arguments against the contract, runs the handler, returns a typed result. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { contract, type Operation, type Parsed, type Results } from '../../shared/api/contract';
import { ApiFailure, ERROR_CODES, type ApiError, type ApiResult, type ErrorCode } from '../../shared/api/errors';
import { createHandlers, type HandlerOptions } from './handlers';

export type Dispatch = (operation: string, args: unknown) => ApiResult<unknown>;

const isOperation = (op: string): op is Operation => Object.prototype.hasOwnProperty.call(contract, op);

/** What went wrong in storage, by its own code, so the user learns what to do and the save queue what to retry. */
const SQLITE_STORAGE: [prefix: string, code: ErrorCode][] = [
  ['SQLITE_READONLY', 'storage_read_only'],
  ['SQLITE_FULL', 'storage_full'],
  ['SQLITE_BUSY', 'storage_busy'],
  ['SQLITE_LOCKED', 'storage_busy'],
  ['SQLITE_CONSTRAINT', 'storage_conflict'],
];
/** Node's file errors (backups, export, restore) by errno code. */
const FILE_STORAGE: Record<string, ErrorCode> = {
  ENOSPC: 'storage_full',
  EDQUOT: 'storage_full',
  EROFS: 'storage_read_only',
  EACCES: 'storage_read_only',
  EPERM: 'storage_read_only',
  EBUSY: 'storage_busy',
};

/**
 * The typed error for a failure of the database or of a file operation: our triggers' error codes as they are
 * (their message is the code), otherwise read-only, disk full, conflict, busy or, for anything else, storage_failed.
 * Null when `err` is neither a SQLite error nor a file-system error.
 */
export function storageError(err: unknown): ApiError | null {
  const e = err as { code?: unknown; message?: string; syscall?: unknown };
  if (typeof e?.code !== 'string') return null;
  if (e.code.startsWith('SQLITE_')) {
    if (e.code.startsWith('SQLITE_CONSTRAINT') && (ERROR_CODES as readonly string[]).includes(e.message ?? '')) {
      return { code: e.message as ErrorCode };
    }
    const found = SQLITE_STORAGE.find(([prefix]) => e.code === prefix || (e.code as string).startsWith(`${prefix}_`));
    return { code: found?.[1] ?? 'storage_failed' };
  }
  if (typeof e.syscall === 'string') return { code: FILE_STORAGE[e.code] ?? 'storage_failed' };
  return null;
}

/** Our triggers' codes are answers, not storage problems: only the others are worth a line in the log. */
const isStorageProblem = (code: ErrorCode) => code.startsWith('storage_');

export type OperationHandlers = { [O in Operation]?: (args: Parsed<O>) => Results[O] };

export interface DispatchOptions extends HandlerOptions {
  log?: (msg: string, err: unknown) => void;
  /** Operations served beside the data handlers (the backend adds backups and recovery). */
  extra?: OperationHandlers;
  /** The answer for a known operation without a handler here (default: unknown_operation). */
  unavailable?: (operation: Operation) => ApiError;
}

export function createDispatch(db: Database, options: DispatchOptions = {}): Dispatch {
  return serve({ ...createHandlers(db, options), ...options.extra }, options);
}

/** Validation, typed errors and logging around any set of handlers. */
export function serve(
  handlers: OperationHandlers,
  options: Pick<DispatchOptions, 'log' | 'unavailable'> = {},
): Dispatch {
  const log = options.log ?? ((msg, err) => console.error(msg, err));
  return (operation, args) => {
    if (typeof operation !== 'string' || !isOperation(operation)) {
      return { ok: false, error: { code: 'unknown_operation', params: { operation: String(operation).slice(0, 80) } } };
    }
    if (!handlers[operation]) {
      return {
        ok: false,
        error: options.unavailable?.(operation) ?? { code: 'unknown_operation', params: { operation } },
      };
    }
    const parsed = contract[operation].safeParse(args ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_arguments',
          issues: parsed.error.issues
            .slice(0, 20)
            .map((i) => ({ path: i.path.join('.'), message: i.message.slice(0, 200) })),
        },
      };
    }
    try {
      const handler = handlers[operation] as (a: unknown) => Results[Operation];
      return { ok: true, value: handler(parsed.data) };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: err.toError() };
      const mapped = storageError(err);
      if (mapped) {
        if (isStorageProblem(mapped.code)) log(`storage error in ${operation}`, err);
        return { ok: false, error: mapped };
      }
      log(`unexpected error in ${operation}`, err);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}
