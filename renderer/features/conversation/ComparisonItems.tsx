/** The items side by side, grouped in the appreciative order (by category) or in the matrix order (by principle). */
import { useTranslation } from 'react-i18next';
import {
  appreciativeOrder,
  principleSummaries,
  type Category,
  type ComparedItem,
} from '../../../shared/domain/compare';
import { RATERS, type Rater } from '../../../shared/domain/model';
import { pick, type Locale, type TemplateContent } from '../../../shared/domain/template';
import { ItemComparison } from './ItemComparison';
import { summaryLine } from './summaryText';
import { Sentence, slot, UserText } from '../../components/UserText';

export type Order = 'appreciative' | 'matrix';

interface GroupsProps {
  template: TemplateContent;
  compared: ComparedItem[];
  names: Record<Rater, string>;
  locale: Locale;
}

function MatrixGroups({ template, compared, names, locale }: GroupsProps) {
  const { t } = useTranslation();
  const summaries = principleSummaries(template, compared);
  const groups = [
    ...template.principles.map((p) => ({
      key: p.key,
      title: pick(p.title, locale),
      summary: summaries.find((s) => s.principleKey === p.key),
    })),
    { key: template.overall.key, title: t('scoring.overallStep'), summary: undefined },
  ];
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className="conversation-group" aria-labelledby={`conv-${g.key}`}>
          <h3 id={`conv-${g.key}`}>{g.title}</h3>
          {g.summary && (
            <ul className="conversation-group__summary">
              {RATERS.map((rater) => (
                <li key={rater} className={`who who--${rater}`}>
                  <span aria-hidden="true">{rater === 'consultant' ? '●' : '◆'}</span>{' '}
                  <strong>
                    <UserText>{names[rater]}</UserText>
                  </strong>
                  : {summaryLine(t, g.summary!.raters[rater], locale)}
                </li>
              ))}
            </ul>
          )}
          {compared
            .filter((x) => (x.principleKey ?? template.overall.key) === g.key)
            .map((x) => (
              <ItemComparison key={x.item.key} x={x} names={names} locale={locale} />
            ))}
        </section>
      ))}
    </>
  );
}

function AppreciativeGroups({ template, compared, names, locale }: GroupsProps) {
  const { t } = useTranslation();
  const principleTitle = new Map(template.principles.map((p) => [p.key, pick(p.title, locale)]));
  const groups = new Map<Category, ComparedItem[]>();
  for (const x of appreciativeOrder(compared)) groups.set(x.category, [...(groups.get(x.category) ?? []), x]);
  return (
    <>
      {[...groups.entries()].map(([category, items]) => (
        <section
          key={category}
          className={`conversation-group conversation-group--${category}`}
          aria-labelledby={`conv-${category}`}
        >
          <h3 id={`conv-${category}`}>
            {t(`conversation.category.${category}`)} <span className="conversation-group__count">({items.length})</span>
          </h3>
          <p className="muted small">
            <Sentence
              text={t(`conversation.categoryHint.${category}`, {
                consultant: slot('consultant'),
                reviewer: slot('reviewer'),
              })}
              user={names}
            />
          </p>
          {items.map((x) => (
            <ItemComparison
              key={x.item.key}
              x={x}
              names={names}
              locale={locale}
              context={x.principleKey ? principleTitle.get(x.principleKey) : t('scoring.overallStep')}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** The items section: its heading, the choice of order and the groups in that order. */
export function ComparisonItems({
  order,
  onOrder,
  ...groups
}: GroupsProps & { order: Order; onOrder: (order: Order) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="conv-section-items" className="conversation-items">
      <div className="conversation-items__head">
        <h2 id="conv-section-items" tabIndex={-1}>
          {t('conversation.itemsTitle')}
        </h2>
        <fieldset className="order-toggle">
          <legend>{t('conversation.orderLabel')}</legend>
          {(['appreciative', 'matrix'] as const).map((o) => (
            <label key={o} className={`order-toggle__option${order === o ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="conversation-order"
                value={o}
                checked={order === o}
                onChange={() => onOrder(o)}
              />{' '}
              {t(`conversation.order.${o}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {order === 'matrix' ? <MatrixGroups {...groups} /> : <AppreciativeGroups {...groups} />}
    </section>
  );
}
