/** One question, both perspectives: the two scores on one line, the difference named neutrally, both "why" texts. */
import { useTranslation } from 'react-i18next';
import { DIFFERENT_GAP, onScale, type ComparedItem } from '../../../shared/domain/compare';
import { RATERS, type Rater } from '../../../shared/domain/model';
import { pick, type Locale } from '../../../shared/domain/template';
import { ScoreLine } from './ScoreLine';
import { answerText } from './summaryText';
import { UserText } from '../../components/UserText';

export function ItemComparison({
  x,
  names,
  locale,
  context,
}: {
  x: ComparedItem;
  names: Record<Rater, string>;
  locale: Locale;
  context?: string;
}) {
  const { t } = useTranslation();
  const diff = x.difference === null ? null : Math.abs(x.difference);
  const titleId = `conv-item-${x.item.key}`;
  const lineLabel = t('conversation.lineLabel', {
    a: names.consultant,
    aScore: answerText(t, x.answers.consultant),
    b: names.reviewer,
    bScore: answerText(t, x.answers.reviewer),
    min: x.item.scale.min,
    max: x.item.scale.max,
  });
  return (
    <article className="item-card conversation-item" aria-labelledby={titleId} data-category={x.category}>
      <div className="conversation-item__head">
        <h3 id={titleId}>{pick(x.item.title, locale)}</h3>
        {context && <span className="conversation-item__context">{context}</span>}
      </div>
      <p className="conversation-item__question">{pick(x.item.question, locale)}</p>
      <div className="conversation-item__line">
        <ScoreLine scale={x.item.scale} answers={x.answers} label={lineLabel} />
        {diff !== null && (
          <p className="conversation-item__diff">
            {diff === 0
              ? t('conversation.same')
              : diff < onScale(x.item.scale, DIFFERENT_GAP)
                ? t('conversation.close', { count: diff })
                : x.category === 'sharedStrength'
                  ? t('conversation.bothHigh', { count: diff })
                  : t('conversation.difference', { count: diff })}
          </p>
        )}
      </div>
      <div className="perspectives">
        {RATERS.map((rater) => {
          const a = x.answers[rater];
          const rationale = x.ratings[rater]?.rationale ?? '';
          return (
            <div key={rater} className={`perspective perspective--${rater}`}>
              <p className="perspective__head">
                <span className="perspective__mark" aria-hidden="true">
                  {rater === 'consultant' ? '●' : '◆'}
                </span>{' '}
                <span className="perspective__name">
                  <UserText>{names[rater]}</UserText>
                </span>{' '}
                <span className="perspective__score">{answerText(t, a)}</span>
              </p>
              {a.kind === 'notApplicable' && (
                <p className="perspective__text">
                  <span className="perspective__label">{t('conversation.naReason')}</span>{' '}
                  {a.reason ? <UserText>{a.reason}</UserText> : t('conversation.noReason')}
                </p>
              )}
              {rationale ? (
                <p className="perspective__text">
                  <span className="perspective__label">{t('conversation.why')}</span> <UserText>{rationale}</UserText>
                </p>
              ) : (
                a.kind === 'score' && <p className="perspective__text muted">{t('conversation.noRationale')}</p>
              )}
            </div>
          );
        })}
      </div>
    </article>
  );
}
