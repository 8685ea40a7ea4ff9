/** Unwrapping API results in tests: `ok` gives a success's value, `fail` a failure's error; each throws otherwise. */
import type { ApiError, ApiResult } from '../../shared/api/errors';

export function ok<T = any>(r: ApiResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export function fail(r: ApiResult<unknown>): ApiError {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}
