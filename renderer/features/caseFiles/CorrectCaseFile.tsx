/** Correct a case file's code and context, with the very form (and rules) it was created with. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseFileForm, type CaseFileFormOut } from './CaseFileForm';

export function CorrectCaseFile({
  caseFile,
  onSaved,
  onCancel,
}: {
  caseFile: CaseFile;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<unknown>(null);
  const { id, createdAt: _createdAt, ...values } = caseFile;
  const onSubmit = async (v: CaseFileFormOut) => {
    try {
      await call('correctCaseFile', { ...v, id });
      onSaved();
    } catch (err) {
      setApiError(err);
    }
  };
  return (
    <section aria-labelledby="correct-case-file" className="correct-part">
      <h2 id="correct-case-file">{t('correct.caseFileTitle')}</h2>
      <ErrorBanner error={apiError} />
      <CaseFileForm
        defaultValues={values}
        submitLabel={t('correct.caseFileSubmit')}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </section>
  );
}
