/**
 * Erasing an audit, a case file (with its audits) or a person in no audit. The answer names what was erased by its
 * ids and a second key (an audit's creation time, a case file's code), so the backups that still hold exactly that
 * thing can be found afterwards, even when a new row later reuses an id.
 */
import { z } from 'zod';
import { idSchema, LIMITS } from './model';
import { backupIdSchema, type BackupInfo } from './storage';

export const ERASURE_KINDS = ['audit', 'case_file', 'person'] as const;
export type ErasureKind = (typeof ERASURE_KINDS)[number];

const createdAt = z.string().min(1).max(40);
const dossierCode = z.string().min(1).max(LIMITS.dossierCode);
/** `dossierCode`: the audit's case file, so the restore history's mentions of it can be taken out of backups too. */
const erasedAudit = z.object({ id: idSchema, createdAt, dossierCode: dossierCode.optional() }).strict();

export const erasureTarget = z
  .object({
    kind: z.enum(ERASURE_KINDS),
    audits: z.array(erasedAudit).max(100_000),
    caseFile: z.object({ id: idSchema, dossierCode }).strict().nullable(),
    person: z.object({ id: idSchema, createdAt }).strict().nullable(),
  })
  .strict();
export type ErasureTarget = z.infer<typeof erasureTarget>;

/** A completed audit goes only with `confirmCompleted: true`, the second, explicit confirmation. */
export const eraseAuditInput = z.object({ auditId: idSchema, confirmCompleted: z.boolean().optional() }).strict();
export const eraseCaseFileInput = z.object({ id: idSchema, confirmCompleted: z.boolean().optional() }).strict();
export const erasePersonInput = z.object({ id: idSchema }).strict();

export interface ErasureResult {
  erased: ErasureTarget;
  /** False when a reader kept the write-ahead log from being emptied at once (it is, at the next checkpoint). */
  walCleared: boolean;
}

export const backupsHoldingInput = z.object({ target: erasureTarget }).strict();
export const purgeBackupsInput = z
  .object({
    target: erasureTarget,
    ids: z.array(backupIdSchema).min(1).max(10_000),
    /** 'purge': the same erasure applied to each backup; 'remove': the backups themselves go. */
    how: z.enum(['purge', 'remove']),
  })
  .strict();

export interface PurgeResult {
  purged: BackupInfo[];
  removed: string[];
}
