/** Fictional, clearly fake demo data for trying the app and for screenshots. Never real people or files. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHandlers } from './api/handlers';
import { allItems, type TemplateItem } from '../shared/domain/template';
import { seedCompletedAuditDemo } from './demoCompletedAudit';
import { seedDemoYear, type DemoYearOptions } from './demoYear';

export const DEMO_PREFIX = 'DEMO';

type Api = ReturnType<typeof createHandlers>;

/**
 * Both raters answer every item in a fixed, varied pattern: the consultant with some items not applicable and a
 * "why" on every other item, the reviewer a little higher with the given "why" texts. Also used by the fixture
 * script (scripts/make-fixture.ts).
 */
export function scoreBothRaters(
  api: Api,
  auditId: number,
  items: TemplateItem[],
  reviewerWhy: (index: number) => string,
): void {
  items.forEach((item, i) => {
    const na = item.allowNotApplicable && i % 7 === 3;
    api.saveRating({
      auditId,
      rater: 'consultant',
      itemKey: item.key,
      score: na ? null : [6, 7, 5, 8, 4, 7][i % 6]!,
      notApplicable: na,
      naReason: na ? 'Het jongste kind was nog te klein; we werkten met observatie.' : '',
      rationale: i % 2 === 0 ? 'In het verslag van het eerste huisbezoek staat hoe mama het zelf verwoordde.' : '',
    });
    api.saveRating({
      auditId,
      rater: 'reviewer',
      itemKey: item.key,
      score: [8, 7, 6, 6, 7, 9][i % 6]!,
      notApplicable: false,
      naReason: '',
      rationale: reviewerWhy(i),
    });
  });
}

/**
 * Adds demo people, case files and audits in every stage: not started, scoring, ready to reveal, and one
 * completed audit with a full conversation (the PDF demo's); then a year of completed audits and breadth for the
 * team view and the breadth dashboard (db/demoYear.ts). Returns how many audits were made.
 */
export function seedDemo(db: Database, options: DemoYearOptions & { year?: boolean } = {}): number {
  const api = createHandlers(db);
  const existing = api.listCaseFiles({}).filter((c) => c.dossierCode.startsWith(DEMO_PREFIX));
  if (existing.length > 0) return 0;
  const sara = api.createPerson({ name: 'Sara Voorbeeld (demo)', role: 'consulent' });
  const jonas = api.createPerson({ name: 'Jonas Proef (demo)', role: 'consulent' });
  const lea = api.createPerson({ name: 'Lea Testmans (demo)', role: 'teamverantwoordelijke' });

  const f1 = api.createCaseFile({
    dossierCode: 'DEMO-OCJ-2024-017',
    service: 'OCJ',
    region: 'Oost-Vlaanderen',
    mainTheme: 'verwaarlozing',
    referralYear: 2024,
    sofsExperienceYears: 6,
    peopleInvolved: 'Mama, papa, twee kinderen, grootmoeder langs moederskant, school',
    minorAges: '4 en 9 jaar',
    complicatingFactors: 'Verhuis tijdens het traject; papa werkt in ploegen.',
  });
  const f2 = api.createCaseFile({
    dossierCode: 'DEMO-SDJ-2023-102',
    service: 'SDJ',
    mainTheme: 'intrafamiliaal_geweld',
    referralYear: 2023,
  });
  const f3 = api.createCaseFile({
    dossierCode: 'DEMO-OCJ-2025-004',
    service: 'OCJ',
    region: 'Limburg',
    referralYear: 2025,
  });

  // 1: not started. 2: consultant halfway. 3: both submitted, ready to reveal.
  api.createAudit({ caseFileId: f3.id, consultantId: jonas.id, reviewerId: lea.id });
  const a2 = api.createAudit({ caseFileId: f2.id, consultantId: jonas.id, reviewerId: lea.id });
  const a3 = api.createAudit({ caseFileId: f1.id, consultantId: sara.id, reviewerId: lea.id });
  const content = api.getTemplate({ id: a3.template.id }).content;
  const items = allItems(content);
  items.slice(0, 6).forEach((item, i) =>
    api.saveRating({
      auditId: a2.id,
      rater: 'consultant',
      itemKey: item.key,
      score: 5 + (i % 4),
      notApplicable: false,
      naReason: '',
      rationale: '',
    }),
  );
  scoreBothRaters(api, a3.id, items, (i) =>
    i % 3 === 0 ? 'Amai, chapeau: de Drie huizen van de oudste zitten mooi in het dossier.' : '',
  );
  api.submitRatings({ auditId: a3.id, rater: 'consultant', confirmGaps: true });
  api.submitRatings({ auditId: a3.id, rater: 'reviewer', confirmGaps: true });
  // 4: completed, signed off by both, with notes, agreed scores and actions.
  seedCompletedAuditDemo(db);
  // The year can be left out where only the audits in every stage matter (the fuzz test dumps every row per call).
  return 4 + (options.year === false ? 0 : seedDemoYear(db, options).audits);
}
