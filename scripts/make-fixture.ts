/**
 * Writes test/fixtures/db/v<N>.sqlite: a database at the current schema version N, filled with realistic,
 * clearly fictional data in every table, made with a fixed clock. Run once per released schema version and
 * commit the file; never regenerate a released one (test/fixtures/README.md).
 *
 *   npx tsx scripts/make-fixture.ts            # refuses to overwrite an existing fixture
 *   npx tsx scripts/make-fixture.ts --force    # only for a schema version that is not released yet
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHandlers, type Handlers } from '../db/api/handlers';
import { openBackend } from '../db/backend';
import { closeDatabase, openDatabase } from '../db/connection';
import { scoreBothRaters } from '../db/demo';
import { LATEST_VERSION } from '../db/migrations/index';
import { templatesRepository } from '../db/repositories/templates';
import type { AuditDetail, CaseFile } from '../shared/domain/model';
import { allItems, type TemplateContent, type TemplateItem } from '../shared/domain/template';

export const FIXTURE_DIR = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'db');
export const fixturePath = (version: number) => path.join(FIXTURE_DIR, `v${version}.sqlite`);

/** Text the fixture test reads back exactly: accents, typographic quotes, emoji, a newline. */
export const FIXTURE_TEXT = {
  rationale:
    'Amai, chapeau: de ‘Drie huizen’ van de oudste zitten mooi in het dossier 👍\nOok de woord- en beeldverhaal-versie.',
  note: 'Mama vertelde zelf wat er goed ging; de grootmoeder (langs moederskant) was erbij. Coördinatie met school — geslaagd.',
  reopenReason: 'Actiepunt over het netwerkberaad werd vergeten.',
  /** Schema v6 on: the second participant's role typed in for the audit not started yet. */
  typedRole: 'Stafmedewerker kwaliteit (fictief)',
};

/** The personal code of the consultant's seat in the audit not started yet (stored only as a hash). */
export const FIXTURE_SEAT_CODE = 'Sara-2025';

export function buildFixture(file: string): Record<string, number> {
  let tick = Date.parse('2025-11-03T09:00:00.000Z');
  const now = () => new Date((tick += 60_000));
  const { db } = openDatabase(file, { now });
  try {
    const api = createHandlers(db, { now });
    const { completed, reopened, scoring } = addAudits(api);
    const content = api.getTemplate({ id: completed.template.id }).content;
    const items = allItems(content);
    for (const audit of [completed, reopened]) scoreTalkAndSignOff(api, audit, content, items);
    api.reopenAudit({ auditId: reopened.id, byName: 'Noor Oefening (fictief)', reason: FIXTURE_TEXT.reopenReason });
    scoreFirstItems(api, scoring.id, items);
    protectNotStartedSeat(api);
    eraseOnce(api);
    retainAndArchive(api, completed.id);
    chooseMatrices(api, db, content, now);
    learnOverTime(api, db, completed.id);
  } finally {
    closeDatabase(db);
  }
  restoreOnce(file, now);
  const { db: done } = openDatabase(file, { now });
  try {
    return countRowsOfEveryTable(done);
  } finally {
    closeDatabase(done);
  }
}

/** Schema v4 on: a backup made and restored through the API, so the restore history has a row. */
function restoreOnce(file: string, now: () => Date): void {
  const backend = openBackend(file, { now, backups: { intervalMinutes: 0, keep: 20 }, log: () => {} });
  try {
    const made = backend.dispatch('createBackup', {});
    if (!made.ok) throw new Error(`fixture backup failed: ${made.error.code}`);
    const restored = backend.dispatch('restoreBackup', { id: (made.value as { id: string }).id });
    if (!restored.ok) throw new Error(`fixture restore failed: ${restored.error.code}`);
  } finally {
    backend.close();
  }
}

/** Four people, three case files and four audits: to complete, to complete and reopen, in scoring, not started. */
function addAudits(api: Handlers): Record<'completed' | 'reopened' | 'scoring', AuditDetail> {
  const sara = api.createPerson({ name: 'Sara Voorbeeld (fictief)', role: 'consulent' });
  const jonas = api.createPerson({ name: 'Jonas Proef (fictief)', role: 'consulent' });
  const lea = api.createPerson({ name: 'Lea Testmans (fictief)', role: 'teamverantwoordelijke' });
  const noor = api.createPerson({ name: 'Noor Oefening (fictief)', role: 'groepscoordinator' });
  const [f1, f2, f3] = addCaseFiles(api);

  const completed = api.createAudit({
    caseFileId: f1.id,
    consultantId: sara.id,
    reviewerId: lea.id,
    auditDate: '2025-11-03',
  });
  const reopened = api.createAudit({
    caseFileId: f2.id,
    consultantId: jonas.id,
    reviewerId: noor.id,
    auditDate: '2025-11-04',
    reviewerRole: 'groepscoordinator',
  });
  const scoring = api.createAudit({
    caseFileId: f3.id,
    consultantId: jonas.id,
    reviewerId: lea.id,
    auditDate: '2025-11-05',
  });
  api.createAudit({
    caseFileId: f3.id,
    consultantId: sara.id,
    reviewerId: lea.id,
    auditDate: '2025-11-06',
    reviewerRole: FIXTURE_TEXT.typedRole,
  });
  return { completed, reopened, scoring };
}

function addCaseFiles(api: Handlers): [CaseFile, CaseFile, CaseFile] {
  const f1 = api.createCaseFile({
    dossierCode: 'FIX-OCJ-2024-017',
    service: 'OCJ',
    region: 'Oost-Vlaanderen',
    mainTheme: 'verwaarlozing',
    referralYear: 2024,
    closureYear: 2025,
    sofsExperienceYears: 6,
    peopleInvolved: 'Mama, papa, twee kinderen, grootmoeder langs moederskant, school',
    minorAges: '4 en 9 jaar',
    complicatingFactors: 'Verhuis tijdens het traject; papa werkt in ploegen.',
  });
  const f2 = api.createCaseFile({
    dossierCode: 'FIX-SDJ-2023-102',
    service: 'SDJ',
    mainTheme: 'intrafamiliaal_geweld',
    referralYear: 2023,
  });
  const f3 = api.createCaseFile({
    dossierCode: 'FIX-OCJ-2025-004',
    service: 'OCJ',
    region: 'Limburg',
    referralYear: 2025,
  });
  return [f1, f2, f3];
}

/** Both raters score and submit, the scores are revealed, the conversation is written and both sign off. */
function scoreTalkAndSignOff(api: Handlers, audit: AuditDetail, content: TemplateContent, items: TemplateItem[]): void {
  scoreBothRaters(api, audit.id, items, (i) => (i === 0 ? FIXTURE_TEXT.rationale : ''));
  api.submitRatings({ auditId: audit.id, rater: 'consultant', confirmGaps: false });
  api.submitRatings({ auditId: audit.id, rater: 'reviewer', confirmGaps: false });
  api.reveal({ auditId: audit.id });
  api.saveNote({ auditId: audit.id, scope: 'audit', column: 'strengths', text: FIXTURE_TEXT.note });
  api.saveNote({
    auditId: audit.id,
    scope: content.principles[2]!.key,
    column: 'next',
    text: 'De kinderen vaker zelf laten vertellen met de Drie huizen.',
  });
  api.saveNote({
    auditId: audit.id,
    scope: content.principles[3]!.key,
    column: 'worries',
    text: 'Het netwerk is nog klein.',
  });
  for (const [i, p] of content.principles.entries())
    api.saveAgreedScore({ auditId: audit.id, principleKey: p.key, score: 6 + (i % 3) });
  api.addAction({
    auditId: audit.id,
    what: 'Netwerkberaad plannen met de grootmoeder en de buurvrouw',
    who: 'Consulent',
    due: '2025-12-15',
  });
  const a2 = api.addAction({ auditId: audit.id, what: 'Woord- en beeldverhaal afwerken', who: '', due: null });
  api.updateAction({
    id: a2.id,
    what: 'Woord- en beeldverhaal afwerken met mama',
    who: 'Consulent en mama',
    due: '2026-01-10',
  });
  api.signOff({ auditId: audit.id, rater: 'consultant', name: audit.consultant.name });
  api.signOff({ auditId: audit.id, rater: 'reviewer', name: audit.reviewer.name });
}

/** The consultant of the audit in scoring answers the first eight items. */
function scoreFirstItems(api: Handlers, auditId: number, items: TemplateItem[]): void {
  items.slice(0, 8).forEach((item, i) =>
    api.saveRating({
      auditId,
      rater: 'consultant',
      itemKey: item.key,
      score: 5 + (i % 4),
      notApplicable: false,
      naReason: '',
      rationale: '',
    }),
  );
}

/** The consultant of the audit not started yet protects her seat with a personal code (schema v5: seat_codes). */
function protectNotStartedSeat(api: Handlers): void {
  const notStarted = api.listAudits({}).find((a) => a.status === 'created')!;
  api.setSeatCode({ auditId: notStarted.id, rater: 'consultant', code: FIXTURE_SEAT_CODE });
}

/** Schema v8 on: a person added by mistake and erased, so the erasure log has a row (kind and moment only). */
function eraseOnce(api: Handlers): void {
  const mistake = api.createPerson({ name: 'Per Vergissing (fictief)', role: 'consulent' });
  api.erasePerson({ id: mistake.id });
}

/** Schema v9 on: a retention period of five years chosen, and the completed audit put in the archive. */
function retainAndArchive(api: Handlers, completedId: number): void {
  api.setRetention({ months: 60 });
  api.archiveAudit({ auditId: completedId });
}

/** Schema v11 on: the organisation's own matrix beside the built-in one, chosen as default; the built-in one retired. */
function chooseMatrices(api: Handlers, db: Database, content: TemplateContent, now: () => Date): void {
  const own = templatesRepository(db).insert(
    { ...content, slug: 'fixture-eigen-matrix', name: { nl: 'Eigen matrix (fictief)', en: 'Own matrix (fictional)' } },
    now().toISOString(),
  ).id;
  api.setDefaultTemplate({ id: own });
  api.retireTemplate({ id: api.listTemplates({}).find((t) => t.id !== own)!.id });
}

/**
 * Schema v12 on: a team on the signed audit's case file, three of its safety-plan steps (a day, not yet, not
 * applicable), and a follow-up of its first action point (done), recorded after it was signed.
 */
function learnOverTime(api: Handlers, db: Database, completedId: number): void {
  const caseFileId = db.prepare('SELECT case_file_id FROM audits WHERE id = ?').pluck().get(completedId) as number;
  // The team as a correction would write it (the completed audit locks its case file for the correction API).
  db.prepare('UPDATE case_files SET team = ? WHERE id = ?').run('Team Oefening (fictief)', caseFileId);
  api.setCaseFileStep({ caseFileId, step: 'internal_mapping', state: 'done', happenedOn: '2025-09-15' });
  api.setCaseFileStep({ caseFileId, step: 'informed_network', state: 'not_yet', happenedOn: null });
  api.setCaseFileStep({ caseFileId, step: 'sharing_timeline', state: 'not_applicable', happenedOn: null });
  const actionId = db.prepare('SELECT min(id) FROM actions WHERE audit_id = ?').pluck().get(completedId) as number;
  api.recordFollowUp({ actionId, state: 'done', note: 'Netwerkberaad gehouden op 12 december.' });
}

/** Row counts per table; refuses a fixture that leaves any table empty. */
function countRowsOfEveryTable(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
  const empty = Object.entries(counts).filter(([, n]) => n === 0);
  if (empty.length > 0) throw new Error(`fixture leaves tables empty: ${empty.map(([t]) => t).join(', ')}`);
  return counts;
}

function main(): void {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const out = path.resolve(values.out ?? fixturePath(LATEST_VERSION));
  if (fs.existsSync(out) && !values.force) {
    console.error(
      `${out} exists. A released schema version's fixture is never regenerated; use --force only before release.`,
    );
    process.exit(1);
  }
  const work = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-fixture-')), 'fixture.sqlite');
  const counts = buildFixture(work);
  // One self-contained file (rollback journal, no WAL beside it), compacted.
  const { db } = openDatabase(work);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  db.prepare('VACUUM INTO ?').run(out);
  closeDatabase(db);
  console.log(`wrote ${out} (schema v${LATEST_VERSION}): ${JSON.stringify(counts)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
