/** Matrix templates: read-only versioned JSON content. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { TemplateRef } from '../../shared/domain/model';
import { templateContentSchema, type TemplateContent } from '../../shared/domain/template';

interface Row {
  id: number;
  slug: string;
  version: number;
  content: string;
}

export function templatesRepository(db: Database) {
  const list = db.prepare<[], Row>('SELECT * FROM templates ORDER BY slug, version DESC');
  const get = db.prepare<[number], Row>('SELECT * FROM templates WHERE id = ?');
  // Content never changes (a trigger forbids updates), so parsed copies can be cached per id.
  const cache = new Map<number, TemplateContent>();
  const full = new Map<number, TemplateRef & { content: TemplateContent }>();
  const parse = (r: Row): TemplateContent => {
    let c = cache.get(r.id);
    if (!c) {
      c = templateContentSchema.parse(JSON.parse(r.content));
      cache.set(r.id, c);
    }
    return c;
  };
  const ref = (r: Row): TemplateRef => ({ id: r.id, slug: r.slug, version: r.version, name: parse(r).name });
  return {
    list: (): TemplateRef[] => list.all().map(ref),
    // Templates are immutable, so a template read once is served from memory (saves a 30 KB read per rating save).
    get: (id: number): (TemplateRef & { content: TemplateContent }) | undefined => {
      const hit = full.get(id);
      if (hit) return hit;
      const r = get.get(id);
      if (!r) return undefined;
      const value = { ...ref(r), content: parse(r) };
      full.set(id, value);
      return value;
    },
    /** Stores a matrix as the next version of its slug (version 1 for a new slug); the caller holds the transaction. */
    insert: (content: TemplateContent, createdAt: string): TemplateRef => {
      const newest = db
        .prepare<[string], number>('SELECT max(version) FROM templates WHERE slug = ?')
        .pluck()
        .get(content.slug);
      const stored = templateContentSchema.parse({ ...content, version: (newest ?? 0) + 1 });
      const id = db
        .prepare('INSERT INTO templates (slug, version, content, created_at) VALUES (?, ?, ?, ?)')
        .run(stored.slug, stored.version, JSON.stringify(stored), createdAt).lastInsertRowid;
      return { id: Number(id), slug: stored.slug, version: stored.version, name: stored.name };
    },
    /** The newest version of the default matrix, used for new audits. */
    current: (): TemplateRef | undefined => {
      const r = db
        .prepare<[], Row>("SELECT * FROM templates WHERE slug = 'sofs-cca-default' ORDER BY version DESC LIMIT 1")
        .get();
      return r ? ref(r) : undefined;
    },
  };
}
