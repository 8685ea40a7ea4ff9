/** Operations on the data itself (people, case files, audits, scoring, conversation): served by db/api's features. */
const DATA_OPERATIONS = [
  'listPeople',
  'createPerson',
  'listCaseFiles',
  'createCaseFile',
  'getCaseFile',
  'listTemplates',
  'getTemplate',
  'listAudits',
  'createAudit',
  'getAudit',
  'startScoring',
  'saveRating',
  'submitRatings',
  'reopenSubmission',
  'reveal',
  'getRevealed',
  'saveNote',
  'saveAgreedScore',
  'addAction',
  'updateAction',
  'deleteAction',
  'signOff',
  'reopenAudit',
  'getSeats',
  'setSeatCode',
  'listAuditPage',
  'correctCaseFile',
  'correctAudit',
  'correctPersonName',
  'eraseAudit',
  'eraseCaseFile',
  'erasePerson',
  'listPeopleWithoutAudit',
  'getRetention',
  'setRetention',
  'listRetentionDue',
  'keepAudit',
  'archiveAudit',
  'unarchiveAudit',
  'getDefaultTemplate',
  'setDefaultTemplate',
  'retireTemplate',
  'unretireTemplate',
  'getCaseFileSteps',
  'setCaseFileStep',
  'getBreadthDashboard',
  'listBreadthCaseFiles',
  'getBreadthOptions',
  'getTeamView',
  'getTeamViewOptions',
  'recordFollowUp',
  'listFollowUps',
] as const;

/** Operations on the data file as a whole (backups, restore, recovery): served by db/api/backups.ts. */
export const STORAGE_OPERATIONS = [
  'getStartupState',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'exportDatabase',
  'moveAsideAndStartFresh',
  'previewRestore',
  'listRestoreHistory',
  'listBackupsHolding',
  'purgeBackups',
  'unlockDataFile',
  'acknowledgeKeyNotice',
  'getRecoveryCode',
  'getBackupEncryption',
  'encryptPlainBackups',
  'removePlainBackups',
] as const;
export type StorageOperationName = (typeof STORAGE_OPERATIONS)[number];

/**
 * Operations that read or write a matrix file (exceljs works asynchronously): served by db/api/matrices.ts through
 * Backend.call, which both transports use; the synchronous dispatch answers them with unknown_operation. Saving a
 * matrix edited in the app goes the same way, so it is stored by the import's own path.
 */
export const MATRIX_FILE_OPERATIONS = ['importMatrix', 'exportMatrix', 'saveMatrixVersion'] as const;
export type MatrixFileOperationName = (typeof MATRIX_FILE_OPERATIONS)[number];

/** The names of all API operations: a plain list, so the Electron preload can expose them without bundling schemas. */
export const OPERATION_NAMES = [...DATA_OPERATIONS, ...STORAGE_OPERATIONS, ...MATRIX_FILE_OPERATIONS] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/**
 * The storage operations still served in recovery mode (the data file could not be opened); every other
 * operation is refused with the problem's code.
 */
export const RECOVERY_OPERATIONS = [
  'getStartupState',
  'listBackups',
  'restoreBackup',
  'moveAsideAndStartFresh',
  'previewRestore',
  'unlockDataFile',
] as const satisfies readonly StorageOperationName[];
export type RecoveryOperationName = (typeof RECOVERY_OPERATIONS)[number];

/** Channel name for one operation over Electron IPC. */
export const ipcChannel = (op: OperationName): string => `casusaudit:${op}`;
