/** The numbered migrations, in order. Each runs in one transaction that ends by setting user_version. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import defaultTemplate from '../templates/sofs-default-v1.json' with { type: 'json' };
import { templateContentSchema } from '../../shared/domain/template';
import { sql as initialSchema } from './001_initial';
import { sql as completedLocks } from './003_completed_locks';
import { sql as restoreHistory } from './004_restore_history';
import { sql as seatCodes } from './005_seat_codes';
import { sql as reviewerRole } from './006_reviewer_role';
import { sql as auditListIndex } from './007_audit_list_index';
import { sql as erasure } from './008_erasure';
import { sql as retention } from './009_retention';
import { sql as historyRedaction } from './010_history_redaction';
import { sql as choosingAMatrix } from './011_choosing_a_matrix';
import { sql as learningOverTime } from './012_learning_over_time';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', up: (db) => db.exec(initialSchema) },
  {
    version: 2,
    name: 'default SofS matrix, version 1',
    up: (db) => {
      const content = templateContentSchema.parse(defaultTemplate);
      db.prepare('INSERT INTO templates (slug, version, content, created_at) VALUES (?, ?, ?, ?)').run(
        content.slug,
        content.version,
        JSON.stringify(content),
        new Date().toISOString(),
      );
    },
  },
  {
    version: 3,
    name: 'completed audits: every remaining write path locked in the database',
    up: (db) => db.exec(completedLocks),
  },
  { version: 4, name: 'restore history: every restore recorded, append-only', up: (db) => db.exec(restoreHistory) },
  {
    version: 5,
    name: 'seat codes: a rater may protect their seat with a personal code',
    up: (db) => db.exec(seatCodes),
  },
  {
    version: 6,
    name: 'the second participant’s role, chosen per audit',
    up: (db) => db.exec(reviewerRole),
  },
  { version: 7, name: 'home list: audits by date, for paging', up: (db) => db.exec(auditListIndex) },
  {
    version: 8,
    name: 'erasure: an append-only log, and completed audits erased only when recorded',
    up: (db) => db.exec(erasure),
  },
  {
    version: 9,
    name: 'retention period and archive: a settings row, and per audit archived or kept',
    up: (db) => db.exec(retention),
  },
  {
    version: 10,
    name: 'erasure reaches the restore history: dossier codes and names of what was erased taken out',
    up: (db) => db.exec(historyRedaction),
  },
  {
    version: 11,
    name: 'choosing a matrix: the default for new audits in the settings row, retired versions beside the templates',
    up: (db) => db.exec(choosingAMatrix),
  },
  {
    version: 12,
    name: 'learning over time: a team per case file, safety-plan steps per case file, follow-up of action points',
    up: (db) => db.exec(learningOverTime),
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
