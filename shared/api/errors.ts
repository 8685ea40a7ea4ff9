/** Typed API failures: a stable code plus parameters that the UI translates (errors.<code>). */
import type { MatrixProblem } from '../domain/matrixFile';

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
  'copy_target_is_data_file',
  'copy_target_in_backups',
  'database_in_use',
  'database_read_only',
  'restore_unconfirmed',
  'backups_folder_unsafe',
  /** The request body was not valid UTF-8 (HTTP bridge): refused before anything was stored. */
  'invalid_encoding',
  /** The data file (or the folder of a backup) cannot be written: SQLITE_READONLY*, EROFS, EACCES, EPERM. */
  'storage_read_only',
  /** The disk is full: SQLITE_FULL, ENOSPC, EDQUOT. */
  'storage_full',
  /** A database constraint refused the change (one that is not our own trigger's error code). */
  'storage_conflict',
  /** The data file is locked for a moment by another connection: SQLITE_BUSY, SQLITE_LOCKED, EBUSY. */
  'storage_busy',
  'seat_code_required',
  'seat_code_wrong',
  /** A correction of a case file that has a completed audit: what was signed stays as signed. */
  'case_file_locked',
  /** A correction of a person's name while they are in a completed audit. */
  'person_locked',
  /** A change of participants once someone started scoring or protected a seat. */
  'participants_locked',
  /** Erasing a completed audit (or a case file with one) without the second, explicit confirmation. */
  'erase_unconfirmed',
  /** Erasing a person who is still in an audit. */
  'person_in_audit',
  /** Archiving (or taking out of the archive) an audit that is not completed. */
  'archive_not_completed',
  /** "Bewaren" for an audit that is not past the retention period (or no period is chosen). */
  'retention_not_due',
  /** The data file is encrypted and no key for it is known (ADR 0014); the file is left untouched. */
  'database_key_missing',
  /** The known key does not open the data file (another key, or a file encrypted by something else). */
  'database_key_wrong',
  /** No key store on this computer: the data file's passphrase must be typed first (ADR 0014). */
  'database_passphrase_needed',
  /** What was typed as a recovery code is not one (64 hex digits). */
  'recovery_code_malformed',
  /** The recovery code or passphrase does not open the data file; nothing was changed. */
  'unlock_failed',
  /** A new passphrase shorter than MIN_PASSPHRASE_LENGTH. */
  'passphrase_too_short',
  /** No key is in use (a plain data file): there is no recovery code. */
  'no_key_in_use',
  /** An imported matrix file has problems (listed in `problems`, each with its sheet, row and column or JSON path). */
  'matrix_invalid',
  /** Encrypting the plain backups while the data file itself is not encrypted (no key is in use). */
  'database_not_encrypted',
  /** A retired matrix version chosen for a new audit or as the default (ADR 0016). */
  'template_retired',
  /** Retiring the default matrix for new audits: choose another default first. */
  'template_is_default',
  /** A safety-plan step marked as happened without the day it happened. */
  'step_day_required',
  /** A day given for a step that is "nog niet" or "niet van toepassing". */
  'step_day_not_allowed',
  /** A step's day before 1990. */
  'step_day_too_early',
  /** A step's day after today. */
  'step_day_in_future',
  /** A follow-up for an action point whose audit is not completed (or is being erased): migration 12's trigger. */
  'follow_up_not_completed',
  /** A recorded follow-up changed afterwards: the history is append-only (migration 12's trigger). */
  'follow_up_append_only',
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
  /** matrix_invalid: what is wrong in the imported file, and where. */
  problems?: MatrixProblem[];
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
