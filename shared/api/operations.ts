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
] as const;
export type StorageOperationName = (typeof STORAGE_OPERATIONS)[number];

/** The names of all API operations: a plain list, so the Electron preload can expose them without bundling schemas. */
export const OPERATION_NAMES = [...DATA_OPERATIONS, ...STORAGE_OPERATIONS] as const;
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
