/** The names of all API operations: a plain list, so the Electron preload can expose them without bundling schemas. */
export const OPERATION_NAMES = [
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
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** Channel name for one operation over Electron IPC. */
export const ipcChannel = (op: OperationName): string => `casusaudit:${op}`;
