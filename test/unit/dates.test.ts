/**
 * The default audit date is the day on this laptop: between midnight and 01:00 (02:00 in summer) in Brussels, UTC
 * still says yesterday. Runs in the Brussels time zone whatever the machine's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../db/backend';
import { dateProblem, dayMonthYear, localIsoDate, parseTypedDate } from '../../shared/domain/dates';
import { auditInput } from '../../shared/domain/model';
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

describe('typed dates, day first', () => {
  it('reads 15/01/2027 however it is typed', () => {
    for (const typed of [
      '15/01/2027',
      '15-01-2027',
      '15012027',
      '15.1.2027',
      ' 15 / 1 / 2027 ',
      '15 1 2027',
      '15/01/27',
    ])
      expect(parseTypedDate(typed), typed).toEqual({ kind: 'date', iso: '2027-01-15' });
    expect(parseTypedDate('2027-01-15')).toEqual({ kind: 'date', iso: '2027-01-15' });
    expect(parseTypedDate('29/02/2028')).toEqual({ kind: 'date', iso: '2028-02-29' });
    expect(parseTypedDate('')).toEqual({ kind: 'empty' });
  });

  it('refuses days that do not exist, and text that is no date', () => {
    for (const typed of ['31/02/2027', '29/02/2027', '31/04/2027', '00/01/2027', '15/13/2027', '31022027'])
      expect(parseTypedDate(typed).kind, typed).toBe('impossible');
    for (const typed of ['15/01', '1501202', 'morgen', '15/01/2027/1', '2027/01/15'])
      expect(parseTypedDate(typed).kind, typed).toBe('unreadable');
    expect(dateProblem('2027-02-31')).toBe('date_invalid');
    expect(dateProblem('morgen')).toBe('date_format');
    expect(dateProblem('2027-01-15')).toBeNull();
  });

  it('the ISO form of an impossible day is refused by the schema with the message for it', () => {
    const impossible = parseTypedDate('31/02/2027');
    const r = auditInput.safeParse({
      caseFileId: 1,
      consultantId: 1,
      reviewerId: 2,
      auditDate: 'iso' in impossible ? impossible.iso : '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('date_invalid');
  });

  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(dayMonthYear('2027-01-15')).toBe('15/01/2027');
    expect(dayMonthYear('')).toBe('');
  });
});
