/** What all feature handlers share, made once per database: repositories, clock, the transaction wrapper, lookups. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DataOperation, Parsed, Results } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { seatGuard } from './seatCodes';
import type { AuditDetail, AuditStatus } from '../../shared/domain/model';
import type { Revealed } from '../../shared/domain/conversation';
import { auditsRepository } from '../repositories/audits';
import { auditListRepository } from '../repositories/auditList';
import { caseFilesRepository } from '../repositories/caseFiles';
import { correctionsRepository } from '../repositories/corrections';
import { erasureRepository } from '../repositories/erasure';
import { conversationRepository } from '../repositories/conversation';
import { peopleRepository } from '../repositories/people';
import { ratingsRepository } from '../repositories/ratings';
import { seatCodesRepository } from '../repositories/seatCodes';
import { templatesRepository } from '../repositories/templates';
import { retentionRepository } from '../repositories/retention';
import { breadthRepository } from '../repositories/breadth';
import { followUpsRepository } from '../repositories/followUps';
import { localIsoDate } from '../../shared/domain/dates';
import { teamViewRepository } from '../repositories/teamView';
import { breadthSummaryRepository } from '../repositories/breadthSummary';

/** One handler per data operation (the storage operations are served by db/api/backups.ts). */
export type Handlers = { [O in DataOperation]: (args: Parsed<O>) => Results[O] };

export interface HandlerOptions {
  now?: () => Date;
}

export type HandlerContext = ReturnType<typeof createHandlerContext>;

export function createHandlerContext(db: Database, options: HandlerOptions = {}) {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  // The audit's default date: the day it is on this laptop (at 00:30 in Brussels, UTC still says yesterday).
  const today = () => localIsoDate(clock());
  const people = peopleRepository(db);
  const caseFiles = caseFilesRepository(db);
  const templates = templatesRepository(db);
  const audits = auditsRepository(db);
  const ratings = ratingsRepository(db);
  const conversation = conversationRepository(db);
  const seats = seatGuard(seatCodesRepository(db));
  const corrections = correctionsRepository(db);
  // One transaction wrapper, made once: better-sqlite3's db.transaction() is costly to create per call (it
  // roughly doubled the time of a rating save), so the work to run is passed in as an argument.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  const tx = <T>(fn: () => T): T => inTransaction.immediate(fn) as T;

  const mustGet = <T>(value: T | undefined, entity: string, id: number): T => {
    if (value === undefined) throw new ApiFailure('not_found', { entity, id });
    return value;
  };
  const state = (auditId: number) => mustGet(audits.state(auditId), 'audit', auditId);
  const summary = (auditId: number) => mustGet(audits.get(auditId), 'audit', auditId);
  const detail = (auditId: number): AuditDetail => {
    const s = summary(auditId);
    return { ...s, caseFileDetail: mustGet(caseFiles.get(s.caseFile.id), 'caseFile', s.caseFile.id) };
  };
  const template = (id: number) => mustGet(templates.get(id), 'template', id);
  const requireStatus = (auditId: number, allowed: readonly AuditStatus[]) => {
    const s = state(auditId);
    if (s.status === 'completed' && !allowed.includes('completed')) throw new ApiFailure('audit_locked');
    if (!allowed.includes(s.status)) throw new ApiFailure('invalid_transition', { from: s.status });
    return s;
  };

  const revealed = (auditId: number): Revealed => {
    const s = state(auditId);
    if (s.status !== 'conversation' && s.status !== 'completed') throw new ApiFailure('not_revealed');
    return {
      auditId,
      ratings: { consultant: ratings.forRater(auditId, 'consultant'), reviewer: ratings.forRater(auditId, 'reviewer') },
      notes: conversation.notes(auditId),
      agreedScores: conversation.agreedScores(auditId),
      actions: conversation.actions(auditId),
      signOffs: conversation.signOffs(auditId),
      reopenings: conversation.reopenings(auditId),
      revealedAt: s.revealedAt ?? '',
    };
  };

  return {
    now,
    today,
    people,
    caseFiles,
    templates,
    audits,
    ratings,
    conversation,
    seats,
    corrections,
    tx,
    mustGet,
    state,
    summary,
    detail,
    template,
    requireStatus,
    revealed,
    auditList: auditListRepository(db),
    erasure: erasureRepository(db),
    retention: retentionRepository(db),
    breadth: breadthRepository(db),
    teamView: teamViewRepository(db),
    followUps: followUpsRepository(db),
    breadthSummary: breadthSummaryRepository(db),
  };
}
