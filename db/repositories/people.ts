/** People who take part in audits. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Person, PersonRole } from '../../shared/domain/model';

interface Row {
  id: number;
  name: string;
  role: PersonRole;
  created_at: string;
}
const toPerson = (r: Row): Person => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at });

export function peopleRepository(db: Database) {
  const list = db.prepare<[], Row>('SELECT * FROM people ORDER BY name COLLATE NOCASE, id');
  const get = db.prepare<[number], Row>('SELECT * FROM people WHERE id = ?');
  const insert = db.prepare('INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)');
  const rename = db.prepare('UPDATE people SET name = ? WHERE id = ?');
  return {
    list: (): Person[] => list.all().map(toPerson),
    get: (id: number): Person | undefined => {
      const r = get.get(id);
      return r ? toPerson(r) : undefined;
    },
    create: (p: { name: string; role: PersonRole }, now: string): Person => {
      const id = Number(insert.run(p.name, p.role, now).lastInsertRowid);
      return { id, name: p.name, role: p.role, createdAt: now };
    },
    rename: (id: number, name: string): void => {
      rename.run(name, id);
    },
  };
}
