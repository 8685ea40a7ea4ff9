/**
 * All principles at a glance: for each, the consultant's and the reviewer's mean as a dumbbell (circle and diamond
 * joined by a line), plus the overall scale. A table with the same numbers is there for screen readers.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Answer, PrincipleSummary } from '../../../shared/domain/compare';
import type { Rater } from '../../../shared/domain/model';
import { RATERS } from '../../../shared/domain/model';
import { pick, type Locale, type Scale, type TemplateContent } from '../../../shared/domain/template';
import { Marker, ticks, xOf } from './ScoreLine';
import { answerText, formatMean, summaryLine } from './summaryText';
import { UserText } from '../../components/UserText';

const W = 440;
const PAD = 18;

interface Row {
  key: string;
  title: string;
  scale: Scale;
  values: Record<Rater, number | null>;
  text: Record<Rater, string>;
}

interface Props {
  template: TemplateContent;
  summaries: PrincipleSummary[];
  overall: Record<Rater, Answer>;
  names: Record<Rater, string>;
  /** Each participant's role in this audit (shared/i18n/roles.ts). */
  roles: Record<Rater, string>;
  locale: Locale;
}

const sameScale = (a: Scale, b: Scale) => a.min === b.min && a.max === b.max;

/** One row per principle (the raters' means), then the overall scale (the raters' answers). */
function buildRows(t: TFunction, { template, summaries, overall, locale }: Omit<Props, 'names' | 'roles'>): Row[] {
  const titles = new Map(template.principles.map((p) => [p.key, pick(p.title, locale)]));
  return [
    ...summaries.map((s) => ({
      key: s.principleKey,
      title: titles.get(s.principleKey) ?? s.principleKey,
      scale: s.scale,
      values: { consultant: s.raters.consultant.mean, reviewer: s.raters.reviewer.mean },
      text: {
        consultant: summaryLine(t, s.raters.consultant, locale),
        reviewer: summaryLine(t, s.raters.reviewer, locale),
      },
    })),
    {
      key: template.overall.key,
      title: pick(template.overall.title, locale),
      scale: template.overall.scale,
      values: {
        consultant: overall.consultant.kind === 'score' ? overall.consultant.score : null,
        reviewer: overall.reviewer.kind === 'score' ? overall.reviewer.score : null,
      },
      text: { consultant: answerText(t, overall.consultant), reviewer: answerText(t, overall.reviewer) },
    },
  ];
}

/** Where a value of a row, on its own scale, lies on the shared axis. */
const onAxis = (axis: Scale, r: Row, v: number) =>
  xOf(axis, axis.min + ((v - r.scale.min) / (r.scale.max - r.scale.min)) * (axis.max - axis.min), W, PAD);

function Axis({ axis, uniform }: { axis: Scale; uniform: boolean }) {
  const { t } = useTranslation();
  return (
    <svg viewBox={`0 0 ${W} 20`} className="overview__axis" focusable="false">
      {uniform
        ? ticks(axis).map((v) => (
            <text key={v} x={xOf(axis, v, W, PAD)} y={14} textAnchor="middle" className="score-line__label">
              {v}
            </text>
          ))
        : [
            <text key="low" x={PAD} y={14} textAnchor="start" className="score-line__label">
              {t('conversation.overview.low')}
            </text>,
            <text key="high" x={W - PAD} y={14} textAnchor="end" className="score-line__label">
              {t('conversation.overview.high')}
            </text>,
          ]}
    </svg>
  );
}

/** A row of the chart's grid: the title, the dumbbell and the two values (the overall row shows its answers). */
function ChartRow({ row: r, axis, isOverall, locale }: { row: Row; axis: Scale; isOverall: boolean; locale: Locale }) {
  const cx = r.values.consultant === null ? null : onAxis(axis, r, r.values.consultant);
  const rx = r.values.reviewer === null ? null : onAxis(axis, r, r.values.reviewer);
  const close = cx !== null && rx !== null && Math.abs(cx - rx) < 14;
  return (
    <>
      <span className="overview__label">{r.title}</span>
      <svg viewBox={`0 0 ${W} 28`} className="overview__row" focusable="false">
        <line x1={PAD} x2={W - PAD} y1={14} y2={14} className="score-line__axis score-line__axis--faint" />
        {cx !== null && rx !== null && <line x1={cx} x2={rx} y1={14} y2={14} className="score-line__gap" />}
        {cx !== null && <Marker rater="consultant" x={cx} y={close ? 9 : 14} r={6.5} />}
        {rx !== null && <Marker rater="reviewer" x={rx} y={close ? 19 : 14} r={6.5} />}
      </svg>
      <span className="overview__values">
        <span className="who who--consultant">
          <span aria-hidden="true">●</span> {isOverall ? r.text.consultant : formatMean(r.values.consultant, locale)}
        </span>
        <span className="who who--reviewer">
          <span aria-hidden="true">◆</span> {isOverall ? r.text.reviewer : formatMean(r.values.reviewer, locale)}
        </span>
      </span>
    </>
  );
}

function OverviewTable({
  rows,
  names,
  roles,
}: {
  rows: Row[];
  names: Record<Rater, string>;
  roles: Record<Rater, string>;
}) {
  const { t } = useTranslation();
  return (
    <table className="visually-hidden">
      <caption>{t('conversation.overview.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('conversation.overview.principle')}</th>
          {RATERS.map((rater) => (
            <th scope="col" key={rater}>
              <UserText>{names[rater]}</UserText> (<UserText>{roles[rater]}</UserText>)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.title}</th>
            {RATERS.map((rater) => (
              <td key={rater}>{r.text[rater]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverviewChart({ template, summaries, overall, names, roles, locale }: Props) {
  const { t } = useTranslation();
  const rows = buildRows(t, { template, summaries, overall, locale });
  const axis = rows[0]!.scale;
  // Every row is drawn by position on its own scale; numbers on the axis only when all rows share one scale.
  const uniform = rows.every((r) => sameScale(r.scale, axis));

  return (
    <figure className="overview" aria-labelledby="overview-title">
      <figcaption>
        <h3 id="overview-title">{t('conversation.overview.title')}</h3>
        <p className="muted small">{t('conversation.overview.hint')}</p>
      </figcaption>
      <div className="overview__chart" aria-hidden="true">
        <span />
        <Axis axis={axis} uniform={uniform} />
        <span />
        {rows.map((r) => (
          <ChartRow key={r.key} row={r} axis={axis} isOverall={r.key === template.overall.key} locale={locale} />
        ))}
      </div>
      <OverviewTable rows={rows} names={names} roles={roles} />
    </figure>
  );
}
