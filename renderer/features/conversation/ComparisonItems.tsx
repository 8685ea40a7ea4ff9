/** The items of one part of the conversation side by side, in the appreciative order or the matrix order. */
import { useTranslation } from 'react-i18next';
import { appreciativeOrder, matrixOrder, type ComparedItem } from '../../../shared/domain/compare';
import type { Rater } from '../../../shared/domain/model';
import type { Locale } from '../../../shared/domain/template';
import { ItemComparison } from './ItemComparison';

export type Order = 'appreciative' | 'matrix';

/** The choice of order; it applies within every principle. */
export function OrderToggle({ order, onOrder }: { order: Order; onOrder: (order: Order) => void }) {
  const { t } = useTranslation();
  return (
    <div className="conversation-items__head">
      <fieldset className="order-toggle" aria-describedby="conversation-order-hint">
        <legend>{t('conversation.orderLabel')}</legend>
        {(['appreciative', 'matrix'] as const).map((o) => (
          <label key={o} className={`order-toggle__option${order === o ? ' is-selected' : ''}`}>
            <input type="radio" name="conversation-order" value={o} checked={order === o} onChange={() => onOrder(o)} />{' '}
            {t(`conversation.order.${o}`)}
          </label>
        ))}
      </fieldset>
      <p id="conversation-order-hint" className="muted small">
        {t('conversation.sections.orderHint')}
      </p>
    </div>
  );
}

/**
 * A principle's items. In the appreciative order each names its kind (shared strength, hidden strength, a
 * difference to talk about) so the order explains itself.
 */
export function ItemList({
  items,
  order,
  names,
  locale,
}: {
  items: ComparedItem[];
  order: Order;
  names: Record<Rater, string>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const sorted = order === 'matrix' ? matrixOrder(items) : appreciativeOrder(items);
  return (
    <>
      {sorted.map((x) => (
        <ItemComparison
          key={x.item.key}
          x={x}
          names={names}
          locale={locale}
          context={order === 'appreciative' && x.principleKey ? t(`conversation.category.${x.category}`) : undefined}
        />
      ))}
    </>
  );
}
