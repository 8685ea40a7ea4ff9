/**
 * The default audit date is the day on this laptop: between midnight and 01:00 (02:00 in summer) in Brussels, UTC
 * still says yesterday. Runs in the Brussels time zone whatever the machine's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { localIsoDate } from '../../shared/domain/dates';
import { ok } from '../support/results';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Brussels';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

// 00:30 on 15 January 2027 and 01:30 on 15 July 2027 in Brussels.
const WINTER_NIGHT = new Date('2027-01-14T23:30:00Z');
const SUMMER_NIGHT = new Date('2027-07-14T23:30:00Z');

describe('local dates', () => {
  it('gives the day it is in Brussels, not in UTC', () => {
    expect(WINTER_NIGHT.toISOString().slice(0, 10)).toBe('2027-01-14');
    expect(localIsoDate(WINTER_NIGHT)).toBe('2027-01-15');
    expect(localIsoDate(SUMMER_NIGHT)).toBe('2027-07-15');
    expect(localIsoDate(new Date('2027-01-15T12:00:00Z'))).toBe('2027-01-15');
  });

  it('an audit made just after midnight without a date gets today, not yesterday', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-dates-'));
    const backend = openBackend(path.join(dir, 'casusaudit.sqlite'), {
      backups: { intervalMinutes: 0, keep: 5 },
      log: () => {},
      now: () => WINTER_NIGHT,
    });
    try {
      const call = (op: string, args: unknown) => backend.dispatch(op, args);
      const c = ok<{ id: number }>(call('createPerson', { name: 'Nina Nacht', role: 'consulent' }));
      const r = ok<{ id: number }>(call('createPerson', { name: 'Ruben Rust', role: 'teamverantwoordelijke' }));
      const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: 'NACHT-2027-1', service: 'OCJ' }));
      const a = ok<{ auditDate: string }>(
        call('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
      );
      expect(a.auditDate).toBe('2027-01-15');
    } finally {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
