/**
 * One complete, fictional audit for the PDF summary: both raters with long "why" texts full of Dutch
 * diacritics, not-applicable items, notes in every column, action points and both sign-offs. Built through
 * the real API handlers, so it passes the same rules as anything a user types. Used by `npm run demo:pdf`,
 * the report tests and the benchmark. Never real people or files.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHandlers } from './api/handlers';
import type { NoteColumn } from '../shared/domain/conversation';
import { allItems } from '../shared/domain/template';
import { AGREED, ANSWERS, NOTES, type Answer } from './demoCompletedAuditTexts';

export interface CompletedAuditDemoOptions {
  /** Pseudonymous code; change it to seed a second demo audit in the same database. */
  dossierCode?: string;
  /** Stop before signing off, to get a concept ("in gesprek") audit. */
  signOff?: boolean;
  /** Clock for the handlers, so the demo has fixed dates. */
  now?: () => Date;
}

export interface CompletedAuditDemoResult {
  auditId: number;
  dossierCode: string;
}

export function seedCompletedAuditDemo(
  db: Database,
  options: CompletedAuditDemoOptions = {},
): CompletedAuditDemoResult {
  const api = createHandlers(db, options.now ? { now: options.now } : {});
  const dossierCode = options.dossierCode ?? 'DEMO-OCJ-2025-031';
  const consultant = api.createPerson({ name: 'Ine Verhoeven (demo)', role: 'consulent' });
  const reviewer = api.createPerson({ name: 'Koen De Wachter (demo)', role: 'teamverantwoordelijke' });
  const file = api.createCaseFile({
    dossierCode,
    service: 'OCJ',
    region: 'Antwerpen',
    mainTheme: 'verwaarlozing',
    referralYear: 2025,
    sofsExperienceYears: 4,
    peopleInvolved: 'Mama, papa, twee kinderen, grootmoeder langs moederskant, buurvrouw, school',
    minorAges: '4 en 9 jaar',
    complicatingFactors: 'Verhuis tijdens het traject; papa werkt in ploegen; schulden.',
  });
  const audit = api.createAudit({
    caseFileId: file.id,
    consultantId: consultant.id,
    reviewerId: reviewer.id,
    auditDate: '2026-03-12',
  });
  const content = api.getTemplate({ id: audit.template.id }).content;

  for (const rater of ['consultant', 'reviewer'] as const) {
    for (const item of allItems(content)) {
      const a: Answer = ANSWERS[item.key]?.[rater] ?? { score: 6, why: '' };
      const na = a.na !== undefined && item.allowNotApplicable;
      api.saveRating({
        auditId: audit.id,
        rater,
        itemKey: item.key,
        score: na ? null : (a.score ?? 5),
        notApplicable: na,
        naReason: na ? a.na! : '',
        rationale: a.why,
      });
    }
    api.submitRatings({ auditId: audit.id, rater, confirmGaps: false });
  }
  api.reveal({ auditId: audit.id });
  for (const [scope, columns] of Object.entries(NOTES)) {
    for (const [column, text] of Object.entries(columns))
      api.saveNote({ auditId: audit.id, scope, column: column as NoteColumn, text });
  }
  for (const [principleKey, score] of Object.entries(AGREED))
    api.saveAgreedScore({ auditId: audit.id, principleKey, score });
  api.addAction({
    auditId: audit.id,
    what: 'Tweede netwerkberaad plannen, met een ‘wat als’-scenario voor de nachtdiensten van papa.',
    who: 'Ine, met mama',
    due: '2026-05-15',
  });
  api.addAction({
    auditId: audit.id,
    what: 'Smileykaart met de oudste opnieuw doen en het resultaat in het dossier zetten.',
    who: 'Ine',
    due: '2026-04-10',
  });
  api.addAction({
    auditId: audit.id,
    what: 'Het dossier kort voorstellen in het procesteam als voorbeeld van netwerkwerk.',
    who: 'Koen',
    due: null,
  });
  api.addAction({
    auditId: audit.id,
    what: 'Samen met de ouders één zin schrijven over wat er kan gebeuren als er niets verandert.',
    who: 'Ine en Koen',
    due: '2026-04-30',
  });
  if (options.signOff !== false) {
    api.signOff({ auditId: audit.id, rater: 'consultant', name: 'Ine Verhoeven (demo)' });
    api.signOff({ auditId: audit.id, rater: 'reviewer', name: 'Koen De Wachter (demo)' });
  }
  return { auditId: audit.id, dossierCode };
}
