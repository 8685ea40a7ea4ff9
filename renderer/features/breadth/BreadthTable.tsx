/** The dashboard as a table: steps × quarters (and now), each figure with the numbers behind it, and its trend. */
import { useTranslation } from 'react-i18next';
import type { BreadthCell, BreadthDashboard } from '../../../shared/domain/breadthView';
import { TrendChart } from './TrendChart';

function Figure({ cell }: { cell: BreadthCell }) {
  const { t } = useTranslation();
  if (cell.tooFew || cell.percent === null)
    return <span className="breadth-cell breadth-cell--few">{t('breadth.tooFew')}</span>;
  return (
    <span className="breadth-cell">
      <strong>{t('breadth.percent', { percent: Math.round(cell.percent) })}</strong>
      <span className="breadth-cell__n">{t('breadth.ofDossiers', { occurs: cell.occurs, counted: cell.counted })}</span>
    </span>
  );
}

export function BreadthTable({ dashboard, scopeLabel }: { dashboard: BreadthDashboard; scopeLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="breadth-table-wrap" role="region" aria-labelledby="breadth-caption" tabIndex={0}>
      <table className="table breadth-table">
        <caption id="breadth-caption">{t('breadth.table.caption', { scope: scopeLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('breadth.table.step')}</th>
            {dashboard.quarters.map((q) => (
              <th scope="col" key={q} className="num">
                {q}
              </th>
            ))}
            <th scope="col" className="num breadth-now">
              {t('breadth.nowQuarter', { quarter: dashboard.nowQuarter })}
            </th>
            <th scope="col">
              <span aria-hidden="true">{t('breadth.table.trend')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.rows.map((r, i) => (
            <tr key={r.step}>
              <th scope="row" className="breadth-step">
                {i + 1}. {t(`breadth.steps.${r.step}`)}
              </th>
              {r.cells.map((c) => (
                <td key={c.quarter} className="num">
                  <Figure cell={c} />
                </td>
              ))}
              <td className="num breadth-now">
                <Figure cell={r.now} />
              </td>
              <td>
                <TrendChart cells={[...r.cells, r.now]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
