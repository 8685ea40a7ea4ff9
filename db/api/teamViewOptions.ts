/**
 * The team view's scope choices, from the summaries of the completed audits: the matrices (by slug, with the newest
 * version's name and how many completed audits), and the services, regions and teams of their case files (regions
 * and teams once per spelling that differs only in case or spaces), with the first and last audit date.
 */
import type { Service } from '../../shared/domain/model';
import type { TeamViewOptions } from '../../shared/domain/teamView';
import type { TemplateContent } from '../../shared/domain/template';
import type { AuditFacts } from './teamViewStore';

export function teamViewOptions(
  audits: Iterable<AuditFacts>,
  templates: readonly { id: number; slug: string }[],
  contentOf: (templateId: number) => TemplateContent,
  foldOf: (s: string | null) => string | null,
): TeamViewOptions {
  const slugOf = new Map(templates.map((t) => [t.id, t.slug]));
  const perSlug = new Map<string, number>();
  const services = new Set<Service>();
  const regions = new Map<string, string>();
  const teams = new Map<string, string>();
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  for (const a of audits) {
    const slug = slugOf.get(a.templateId)!;
    perSlug.set(slug, (perSlug.get(slug) ?? 0) + 1);
    services.add(a.service);
    for (const [value, into] of [
      [a.region, regions],
      [a.team, teams],
    ] as const) {
      const f = foldOf(value);
      if (value !== null && f && (!into.has(f) || value.trim() < into.get(f)!)) into.set(f, value.trim());
    }
    if (firstDay === null || a.date < firstDay) firstDay = a.date;
    if (lastDay === null || a.date > lastDay) lastDay = a.date;
  }
  const collator = new Intl.Collator('nl-BE');
  const sorted = (m: Map<string, string>) => [...m.values()].sort(collator.compare);
  return {
    matrices: [...perSlug]
      .map(([slug, audits]) => {
        const newest = templates.find((t) => t.slug === slug)!;
        return { slug, name: contentOf(newest.id).name, audits };
      })
      .sort((x, y) => collator.compare(x.slug, y.slug)),
    services: [...services].sort(),
    regions: sorted(regions),
    teams: sorted(teams),
    firstDay,
    lastDay,
  };
}
