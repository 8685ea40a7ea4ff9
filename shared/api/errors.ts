/** Typed API failures: a stable code plus parameters that the UI translates (errors.<code>). */

export const ERROR_CODES = [
  'invalid_arguments',
  'unknown_operation',
  'not_found',
  'conflict_dossier_code',
  'invalid_transition',
  'not_a_rater',
  'unknown_item',
  'score_out_of_range',
  'not_applicable_not_allowed',
  'scores_locked',
  'audit_locked',
  'not_revealed',
  'unanswered_items',
  'not_submitted',
  'already_submitted',
  'storage_failed',
  'database_too_new',
  'database_foreign',
  'database_damaged',
  'forbidden',
  'internal',
  'seat_code_required',
  'seat_code_wrong',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  /** a message key under validation.* (e.g. too_long, required) */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside handlers and turned into an ApiResult by the dispatcher. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params?: Record<string, string | number>,
    readonly issues?: FieldIssue[],
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
  toError(): ApiError {
    return {
      code: this.code,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
