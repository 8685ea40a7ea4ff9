/** Runs one API call: validates the arguments against the contract, runs the handler, returns a typed result. */
import type { Database } from 'better-sqlite3';
import { contract, type Operation, type Parsed, type Results } from '../../shared/api/contract';
import { ApiFailure, ERROR_CODES, type ApiError, type ApiResult, type ErrorCode } from '../../shared/api/errors';
import { createHandlers, type HandlerOptions } from './handlers';

export type Dispatch = (operation: string, args: unknown) => ApiResult<unknown>;

const isOperation = (op: string): op is Operation => Object.prototype.hasOwnProperty.call(contract, op);

/** Database errors raised by our triggers carry an error code as their message. */
function fromSqlite(err: unknown): ApiError | null {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code !== 'string' || !e.code.startsWith('SQLITE_')) return null;
  if (e.code.startsWith('SQLITE_CONSTRAINT') && (ERROR_CODES as readonly string[]).includes(e.message ?? '')) {
    return { code: e.message as ErrorCode };
  }
  return { code: 'storage_failed' };
}

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
      const mapped = fromSqlite(err);
      if (mapped) {
        if (mapped.code === 'storage_failed') log(`storage error in ${operation}`, err);
        return { ok: false, error: mapped };
      }
      log(`unexpected error in ${operation}`, err);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}
