/** Case files, identified by a pseudonymous dossier code. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { caseFileFields, CaseFile, MainTheme, Service } from '../../shared/domain/model';

interface Row {
  id: number;
  dossier_code: string;
  service: Service;
  region: string | null;
  main_theme: MainTheme | null;
  referral_year: number | null;
  closure_year: number | null;
  sofs_experience_years: number | null;
  people_involved: string | null;
  minor_ages: string | null;
  complicating_factors: string | null;
  team: string | null;
  created_at: string;
}

const toCaseFile = (r: Row): CaseFile => ({
  id: r.id,
  dossierCode: r.dossier_code,
  service: r.service,
  region: r.region,
  mainTheme: r.main_theme,
  referralYear: r.referral_year,
  closureYear: r.closure_year,
  sofsExperienceYears: r.sofs_experience_years,
  peopleInvolved: r.people_involved,
  minorAges: r.minor_ages,
  complicatingFactors: r.complicating_factors,
  team: r.team,
  createdAt: r.created_at,
});

export type NewCaseFile = Omit<CaseFile, 'id' | 'createdAt'>;

/** A validated case file (on creation or correction) as the row stores it: fields left out become null. */
export const newCaseFileOf = (c: z.output<typeof caseFileFields>): NewCaseFile => ({
  dossierCode: c.dossierCode,
  service: c.service,
  region: c.region ?? null,
  mainTheme: c.mainTheme ?? null,
  referralYear: c.referralYear ?? null,
  closureYear: c.closureYear ?? null,
  sofsExperienceYears: c.sofsExperienceYears ?? null,
  peopleInvolved: c.peopleInvolved ?? null,
  minorAges: c.minorAges ?? null,
  complicatingFactors: c.complicatingFactors ?? null,
  team: c.team ?? null,
});

export function caseFilesRepository(db: Database) {
  const list = db.prepare<[], Row>('SELECT * FROM case_files ORDER BY created_at DESC, id DESC');
  const get = db.prepare<[number], Row>('SELECT * FROM case_files WHERE id = ?');
  const byCode = db.prepare<[string], Row>('SELECT * FROM case_files WHERE dossier_code = ?');
  const insert = db.prepare(`INSERT INTO case_files (dossier_code, service, region, main_theme, referral_year,
    closure_year, sofs_experience_years, people_involved, minor_ages, complicating_factors, team, created_at)
    VALUES (@dossierCode, @service, @region, @mainTheme, @referralYear, @closureYear, @sofsExperienceYears,
    @peopleInvolved, @minorAges, @complicatingFactors, @team, @createdAt)`);
  const update = db.prepare(`UPDATE case_files SET dossier_code = @dossierCode, service = @service, region = @region,
    main_theme = @mainTheme, referral_year = @referralYear, closure_year = @closureYear,
    sofs_experience_years = @sofsExperienceYears, people_involved = @peopleInvolved, minor_ages = @minorAges,
    complicating_factors = @complicatingFactors, team = @team WHERE id = @id`);
  return {
    list: (): CaseFile[] => list.all().map(toCaseFile),
    get: (id: number): CaseFile | undefined => {
      const r = get.get(id);
      return r ? toCaseFile(r) : undefined;
    },
    findByCode: (code: string): CaseFile | undefined => {
      const r = byCode.get(code);
      return r ? toCaseFile(r) : undefined;
    },
    create: (c: NewCaseFile, now: string): CaseFile => {
      const id = Number(insert.run({ ...c, createdAt: now }).lastInsertRowid);
      return { ...c, id, createdAt: now };
    },
    update: (id: number, c: NewCaseFile): void => {
      update.run({ ...c, id });
    },
  };
}
