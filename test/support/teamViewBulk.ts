/**
 * Many completed audits for the team view's benchmark (`teamView10k`) and for anything else that needs a year of
 * signed work fast: every item answered by both raters (some N/A), agreed scores for most principles, strengths
 * notes from a pool of phrases, action points with follow-ups. Deterministic (seeded), written with prepared
 * INSERTs in one transaction through `teamViewWriter`.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { FOLLOW_UP_STATES, type FollowUpState } from '../../shared/domain/followUp';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { teamViewWriter, type Answer } from './teamViewData';
import { seededRandom } from '../../db/demoYearTime';

export const BULK_REGIONS = ['Gent', 'Brugge', 'Antwerpen'];
export const BULK_TEAMS = ['Team Noord', 'Team Zuid', 'Team Oost', null];
export const BULK_FIRST_DAY = '2021-01-01';

const STRENGTHS = [
  'De ouders werden vanaf het begin betrokken',
  'Het netwerk werd breed uitgenodigd',
  'De stem van het kind klinkt duidelijk door',
  'Er is een helder veiligheidsdoel',
  'De gevaarsboodschap is in gewone taal geschreven',
  'Het woord- en beeldverhaal werd samen met mama gemaakt',
  'De werkrelatie is open en eerlijk',
  'Feedback van de ouders werd gevraagd en gebruikt',
  'De drie huizen gaven het kind een stem',
  'Het veiligheidsplan is concreet',
];

/** The demo's seeded generator (mulberry32), so every run builds the same data. */
export const seeded = seededRandom;

/** Writes `count` completed audits on template `templateId` (content `content`); returns their ids. */
export function buildTeamViewAudits(
  db: Database,
  count: number,
  templateId: number,
  content: TemplateContent,
  seed = 15,
): number[] {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const w = teamViewWriter(db);
  const items = allItems(content);
  const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
  const ids: number[] = [];
  db.transaction(() => {
    const people = Array.from({ length: 24 }, (_, i) =>
      w.person(`Collega ${String.fromCharCode(65 + i)} (fictief)`, i % 4 === 0 ? 'teamverantwoordelijke' : 'consulent'),
    );
    for (let i = 0; i < count; i++) {
      const quality = 3 + int(7);
      const ratings: Record<string, [Answer, Answer]> = {};
      for (const item of items) {
        const na = item.allowNotApplicable && rnd() < 0.1;
        const c = clamp(quality + int(5) - 2, item.scale.min, item.scale.max);
        const r = clamp(c + int(5) - 2, item.scale.min, item.scale.max);
        ratings[item.key] = [na ? null : c, na || rnd() < 0.03 ? null : r];
      }
      const agreed: Record<string, number | null> = {};
      for (const p of content.principles) if (rnd() < 0.8) agreed[p.key] = clamp(quality + int(3) - 1, 0, 10);
      const strengths: Record<string, string> = {
        audit: `${STRENGTHS[int(10)]}. ${STRENGTHS[int(10)]}!\n- ${STRENGTHS[int(10)]}`,
        [content.principles[int(content.principles.length)]!.key]: STRENGTHS[int(10)]!,
      };
      const actions: FollowUpState[][] = Array.from({ length: int(4) }, () =>
        Array.from({ length: int(3) }, () => FOLLOW_UP_STATES[int(3)]!),
      );
      const day = new Date(Date.parse(`${BULK_FIRST_DAY}T00:00:00Z`) + (i % 1826) * 86_400_000);
      ids.push(
        w.write({
          date: day.toISOString().slice(0, 10),
          templateId,
          consultantId: people[1 + (i % 18)]!,
          reviewerId: people[(i % 6) * 4]!,
          caseFile: { service: i % 2 ? 'OCJ' : 'SDJ', region: BULK_REGIONS[i % 3], team: BULK_TEAMS[i % 4] },
          ratings,
          agreed,
          strengths,
          actions,
        }),
      );
    }
  })();
  return ids;
}
