/**
 * "Breedte": per step of the safety plan, the share of running dossiers in which it happened, per quarter, for all
 * dossiers or one service, region or team; a prompt for conversation, never a verdict on people. The definition is in
 * shared/domain/breadthCompute.ts and on the screen ("Hoe wordt dit berekend?").
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { breadthCsv } from '../../../shared/domain/breadthCsv';
import { MIN_GROUP } from '../../../shared/domain/teamView';
import { localIsoDate } from '../../../shared/domain/dates';
import type { BreadthDashboard, BreadthScope } from '../../../shared/domain/breadthView';
import { ErrorBanner } from '../../components/ErrorBanner';
import { downloadBytes } from '../../lib/download';
import { useApi } from '../../lib/useApi';
import { BreadthTable } from './BreadthTable';
import { CaseFileList } from './CaseFileList';
import { periodOf, scopeOf, ScopeForm, useScope } from './ScopeForm';
import './breadth.css';

export const scopeLabel = (t: TFunction, s: BreadthScope): string =>
  s.kind === 'all'
    ? t('breadth.scope.allLabel')
    : t(`breadth.scope.${s.kind}Label`, { value: s.kind === 'service' ? t(`services.${s.value}`) : s.value });

function downloadCsv(t: TFunction, d: BreadthDashboard) {
  const text = breadthCsv(d, t, scopeLabel(t, d.scope));
  downloadBytes(
    new TextEncoder().encode(text),
    t('breadth.csvFile', { date: localIsoDate() }),
    'text/csv;charset=utf-8',
  );
}

function Dashboard({ scope, from, to }: { scope: BreadthScope; from: string; to: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi('getBreadthDashboard', { scope, from, to });
  return (
    <>
      <ErrorBanner error={error} />
      {data && (
        <>
          <BreadthTable dashboard={data} scopeLabel={scopeLabel(t, data.scope)} />
          <p className="muted breadth-note">{t('breadth.chartNote')}</p>
          <p>
            <button type="button" className="btn" onClick={() => downloadCsv(t, data)}>
              {t('breadth.csvButton')}
            </button>
          </p>
        </>
      )}
    </>
  );
}

export function BreadthPage({ onOpenSteps }: { onOpenSteps: (caseFileId: number) => void }) {
  const { t } = useTranslation();
  const options = useApi('getBreadthOptions', {});
  const { kind, value, from, to } = useScope();
  const o = options.data;
  const scope = o ? scopeOf(kind, value, o) : null;
  const period = o ? periodOf(o, from, to) : null;
  return (
    <section aria-labelledby="breadth-title" className="breadth-page">
      <h1 id="breadth-title" tabIndex={-1}>
        {t('breadth.title')}
      </h1>
      <p>{t('breadth.intro')}</p>
      <p className="banner banner--info">{t('breadth.caution')}</p>
      <details className="breadth-how">
        <summary>{t('breadth.howTitle')}</summary>
        <p>{t('breadth.how', { count: MIN_GROUP })}</p>
      </details>
      <ErrorBanner error={options.error} />
      {o && scope && period && (
        <>
          <ScopeForm options={o} />
          <Dashboard scope={scope} from={period.from} to={period.to} />
          <CaseFileList key={JSON.stringify(scope)} scope={scope} onOpen={onOpenSteps} />
        </>
      )}
    </section>
  );
}
