/**
 * The one API contract: every operation's argument schema (checked at runtime before any handler runs)
 * and its result type. Electron IPC and the HTTP bridge both serve exactly these operations.
 */
import { z } from 'zod';
import {
  auditInput,
  caseFileInput,
  idSchema,
  LIMITS,
  personInput,
  requiredText,
  type AuditDetail,
  type AuditSummary,
  type CaseFile,
  type Person,
  type TemplateListing,
  type TemplateRef,
} from '../domain/model';
import {
  actionInput,
  actionUpdate,
  agreedScoreInput,
  noteInput,
  type ActionPoint,
  type Revealed,
} from '../domain/conversation';
import {
  raterSchema,
  ratingInput,
  seatCodeSchema,
  type Rating,
  type RaterSession,
  type Seats,
} from '../domain/scoring';
import type { TemplateContent } from '../domain/template';
import { auditCorrection, caseFileCorrection, personNameCorrection } from '../domain/corrections';
import {
  backupIdSchema,
  type BackupInfo,
  type ExportedDatabase,
  type PlainBackupsResult,
  type RestoreHistoryEntry,
  type RestorePreview,
  type RestoreResult,
  type StartupState,
} from '../domain/storage';
import { auditPageInput, type AuditPage } from '../domain/auditList';
import {
  backupsHoldingInput,
  eraseAuditInput,
  eraseCaseFileInput,
  erasePersonInput,
  purgeBackupsInput,
  type ErasureResult,
  type PurgeResult,
} from '../domain/erasure';
import { retentionInput, retentionPageInput, type RetentionSetting } from '../domain/retention';
import { matrixExportInput, matrixImportInput, matrixSaveInput, type MatrixExport } from '../domain/matrixFile';
import { learningContract, type LearningResults } from './contractLearning';
import type { ApiResult } from './errors';
import {
  OPERATION_NAMES,
  type MatrixFileOperationName,
  type OperationName,
  type StorageOperationName,
} from './operations';

const none = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const byAudit = z.object({ auditId: idSchema }).strict();
/** One rater's seat, with the seat's personal code where its rater set one (checked by the handlers). */
const asSeat = z.object({ auditId: idSchema, rater: raterSchema, code: seatCodeSchema.optional() }).strict();
const signerName = requiredText(LIMITS.name);

export const contract = {
  listPeople: none,
  createPerson: personInput,
  listCaseFiles: none,
  createCaseFile: caseFileInput,
  getCaseFile: byId,
  listTemplates: none,
  getTemplate: byId,
  listAudits: none,
  createAudit: auditInput,
  getAudit: byId,
  /** Opens (or resumes) one rater's scoring: returns only that rater's own answers. */
  startScoring: asSeat,
  saveRating: ratingInput,
  submitRatings: asSeat.extend({ confirmGaps: z.boolean() }).strict(),
  reopenSubmission: asSeat,
  reveal: byAudit,
  getRevealed: byAudit,
  saveNote: noteInput,
  saveAgreedScore: agreedScoreInput,
  addAction: actionInput,
  updateAction: actionUpdate,
  deleteAction: byId,
  signOff: z.object({ auditId: idSchema, rater: raterSchema, name: signerName }).strict(),
  reopenAudit: z.object({ auditId: idSchema, byName: signerName, reason: requiredText(LIMITS.action) }).strict(),
  /** What the app found when it opened the data file: normal, or recovery mode with the problem and the newest good backup. */
  getStartupState: none,
  listBackups: none,
  createBackup: none,
  /**
   * Makes a backup of the current state first (or, in recovery mode, moves the unreadable file aside), then restores
   * and records the restore. When something signed would go back, `confirmation` must be previewRestore's token.
   */
  restoreBackup: z
    .object({
      id: backupIdSchema,
      confirmation: z
        .string()
        .regex(/^[0-9a-f]{32}$/)
        .optional(),
    })
    .strict(),
  /** "Save a copy": encrypted like the data file; `plain: true` (after a clear warning) makes an unencrypted copy. */
  exportDatabase: z.object({ plain: z.literal(true).optional() }).strict(),
  /** Recovery mode only: moves the unreadable file aside (kept, renamed with the time) and starts an empty one. */
  moveAsideAndStartFresh: none,
  /** What restoring this backup would put back in the signed record (audit by audit); changes nothing. */
  previewRestore: z.object({ id: backupIdSchema }).strict(),
  /** Every restore of this data file and the files it replaced, newest first. */
  listRestoreHistory: none,
  /** Whether each seat is protected by a personal code; nothing else of a seat. */
  getSeats: byAudit,
  /** Protects a seat with a personal code (stored as a slow hash); changing it needs the current code. */
  setSeatCode: z
    .object({ auditId: idSchema, rater: raterSchema, code: seatCodeSchema, currentCode: seatCodeSchema.optional() })
    .strict(),
  /** One page of the home list (newest audit date first), the total, and the cursor of the next page. */
  listAuditPage: auditPageInput,
  /** Corrects a case file's code and context, as on creation; refused once one of its audits is completed. */
  correctCaseFile: caseFileCorrection,
  /** Corrects an audit's date and participants (these only before anyone scored); refused once completed. */
  correctAudit: auditCorrection,
  /** Corrects a person's name; refused while the person is in a completed audit (what was signed stays). */
  correctPersonName: personNameCorrection,
  /** Erases an audit with everything in it; a completed one only with `confirmCompleted: true`. */
  eraseAudit: eraseAuditInput,
  /** Erases a case file with all its audits; with a completed audit among them only with `confirmCompleted: true`. */
  eraseCaseFile: eraseCaseFileInput,
  /** Erases a person who is in no audit. */
  erasePerson: erasePersonInput,
  /** The backups (automatic, manual, pre-migration, pre-restore) that still hold what was erased. */
  listBackupsHolding: backupsHoldingInput,
  /** Erases the same thing from these backups too (each rewritten and swapped in), or removes the backups. */
  purgeBackups: purgeBackupsInput,
  /** The people who are in no audit (the only ones who can be erased). */
  listPeopleWithoutAudit: none,
  /** The data file's retention period (null until chosen) and how many audits are past it. */
  getRetention: none,
  /** Chooses the retention period in months (12, 24, 36, 60, 120), or none again with null. */
  setRetention: retentionInput,
  /** The audits past the retention period that wait for a decision, oldest first, paged like listAuditPage. */
  listRetentionDue: retentionPageInput,
  /** "Bewaren": keeps an audit past the period; it is asked about again a year later. */
  keepAudit: byAudit,
  /** Puts a completed audit in the archive: out of the default list, still found by a search. */
  archiveAudit: byAudit,
  /** Takes a completed audit out of the archive. */
  unarchiveAudit: byAudit,
  /**
   * Recovery mode with a key problem (ADR 0014): opens the data file with the key of a recovery code (64 hex digits,
   * spaces allowed) or a passphrase. A recovery code that opens it is kept for later starts; nothing is changed when
   * it does not.
   */
  unlockDataFile: z.object({ kind: z.enum(['code', 'passphrase']), secret: z.string().min(1).max(1000) }).strict(),
  /** The user kept the new key's recovery code: the notice about it is not shown again. */
  acknowledgeKeyNotice: none,
  /** The recovery code of the key in use (64 hex digits in groups of four), to keep somewhere else. */
  getRecoveryCode: none,
  /**
   * Reads a matrix file (.xlsx or .json, docs/matrix-format.md) in the backend and stores it as a new template: the
   * next version of its slug, or version 1. Nothing is stored when anything in it is wrong (matrix_invalid lists all).
   */
  importMatrix: matrixImportInput,
  /** A stored matrix as a file in the import format (.xlsx or .json), so export → import gives the same matrix. */
  exportMatrix: matrixExportInput,
  /** Whether the data file is encrypted, and how many backups are still plain (made before it was; 0 while it is plain). */
  getBackupEncryption: none,
  /** Encrypts the plain backups in place with the data file's key (each crash-safe, under its own name). */
  encryptPlainBackups: none,
  /** Removes the plain backups (after the user confirmed how many). */
  removePlainBackups: none,
  /**
   * A matrix edited in the app (renderer/features/matrices/editor/), stored as a new template exactly as an import:
   * validated by the same schema, the next version of its slug. Nothing is stored when anything is wrong.
   */
  saveMatrixVersion: matrixSaveInput,
  /** The default matrix for new audits (ADR 0016): the one chosen, or the newest built-in one. */
  getDefaultTemplate: none,
  /** Chooses the default matrix for new audits; refused for a retired version. */
  setDefaultTemplate: byId,
  /** Retires a matrix version: still readable for its audits, no longer offered for new ones; not the default. */
  retireTemplate: byId,
  /** Offers a retired matrix version for new audits again. */
  unretireTemplate: byId,
  ...learningContract,
} satisfies Record<string, z.ZodType>;

export type Operation = keyof typeof contract;
/** Operations on the data itself, served by the feature files in db/api/ (catalog, scoring, conversation); the storage ones by db/api/backups.ts. */
export type DataOperation = Exclude<Operation, StorageOperationName | MatrixFileOperationName>;
export const OPERATIONS: readonly Operation[] = OPERATION_NAMES;
// The plain name list and the contract must name the same operations.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _namesMatchContract: Same<Operation, OperationName> = true;
void _namesMatchContract;

export interface Results extends LearningResults {
  listPeople: Person[];
  createPerson: Person;
  listCaseFiles: CaseFile[];
  createCaseFile: CaseFile;
  getCaseFile: CaseFile;
  listTemplates: TemplateListing[];
  getTemplate: TemplateRef & { content: TemplateContent };
  listAudits: AuditSummary[];
  createAudit: AuditDetail;
  getAudit: AuditDetail;
  startScoring: RaterSession;
  saveRating: Rating;
  submitRatings: AuditSummary;
  reopenSubmission: AuditSummary;
  reveal: AuditSummary;
  getRevealed: Revealed;
  saveNote: { updatedAt: string };
  saveAgreedScore: { updatedAt: string };
  addAction: ActionPoint;
  updateAction: ActionPoint;
  deleteAction: { deleted: true };
  signOff: AuditSummary;
  reopenAudit: AuditSummary;
  getStartupState: StartupState;
  listBackups: BackupInfo[];
  createBackup: BackupInfo;
  restoreBackup: RestoreResult;
  exportDatabase: ExportedDatabase;
  moveAsideAndStartFresh: { movedTo: string | null };
  previewRestore: RestorePreview;
  listRestoreHistory: RestoreHistoryEntry[];
  getSeats: Seats;
  setSeatCode: Seats;
  listAuditPage: AuditPage;
  correctCaseFile: CaseFile;
  correctAudit: AuditDetail;
  correctPersonName: Person;
  eraseAudit: ErasureResult;
  eraseCaseFile: ErasureResult;
  erasePerson: ErasureResult;
  listBackupsHolding: BackupInfo[];
  purgeBackups: PurgeResult;
  listPeopleWithoutAudit: Person[];
  getRetention: RetentionSetting;
  setRetention: RetentionSetting;
  listRetentionDue: AuditPage;
  keepAudit: { auditId: number; keptOn: string; askAgainOn: string };
  archiveAudit: AuditSummary;
  unarchiveAudit: AuditSummary;
  unlockDataFile: { unlocked: true };
  acknowledgeKeyNotice: { acknowledged: true };
  getRecoveryCode: { code: string };
  importMatrix: TemplateRef;
  exportMatrix: MatrixExport;
  getBackupEncryption: { dataFileEncrypted: boolean; plainBackups: number };
  encryptPlainBackups: PlainBackupsResult;
  removePlainBackups: PlainBackupsResult;
  saveMatrixVersion: TemplateRef;
  getDefaultTemplate: TemplateListing;
  setDefaultTemplate: TemplateListing;
  retireTemplate: TemplateListing;
  unretireTemplate: TemplateListing;
}

export type Args<O extends Operation> = z.input<(typeof contract)[O]>;
export type Parsed<O extends Operation> = z.output<(typeof contract)[O]>;

/** What a transport offers the renderer: one function per operation. */
export type Api = { [O in Operation]: (args: Args<O>) => Promise<ApiResult<Results[O]>> };
