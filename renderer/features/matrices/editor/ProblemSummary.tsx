/** What still needs filling in, at the top: each problem with where it is, as a link to its field. */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixProblemText } from '../../../../shared/i18n/matrixProblem';
import { placeText, type DraftProblem } from './problems';

export const ProblemSummary = forwardRef<HTMLDivElement, { problems: DraftProblem[] }>(function ProblemSummary(
  { problems },
  ref,
) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} className={problems.length ? 'banner banner--error mx-summary' : 'mx-summary'}>
      {problems.length > 0 && (
        <>
          <p className="banner__line">{t('matrixEditor.problemsHeading', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <a
                  href={`#${p.fieldId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(p.fieldId)?.focus();
                  }}
                >
                  {placeText(t, p.place)}
                </a>
                : {matrixProblemText(t, p.problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
