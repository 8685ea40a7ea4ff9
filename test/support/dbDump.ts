import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Every row of every table, in a stable order: equal dumps mean an unchanged database. */
export function dumpDatabase(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => {
      const cols = (db.prepare(`SELECT count(*) FROM pragma_table_info('${t}')`).pluck().get() as number) || 1;
      const order = Array.from({ length: cols }, (_, i) => i + 1).join(', ');
      return [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).raw().all()];
    }),
  );
}
