/** Create a case file under a pseudonymous dossier code, with optional context; validated by the API's own schema. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseFileForm, type CaseFileFormOut } from './CaseFileForm';

export interface NewCaseFilePageProps {
  onCreated: (caseFileId: number) => void;
  onCancel: () => void;
}

export function NewCaseFilePage({ onCreated, onCancel }: NewCaseFilePageProps) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<unknown>(null);

  const onSubmit = async (values: CaseFileFormOut) => {
    try {
      const made = await call('createCaseFile', values);
      onCreated(made.id);
    } catch (err) {
      setApiError(err);
    }
  };

  return (
    <section aria-labelledby="cf-title" className="narrow">
      <h1 id="cf-title" tabIndex={-1}>
        {t('caseFile.title')}
      </h1>
      <p className="banner banner--info">{t('caseFile.intro')}</p>
      <ErrorBanner error={apiError} />
      <CaseFileForm
        defaultValues={{ dossierCode: '', service: 'OCJ', region: '', team: '', mainTheme: null }}
        submitLabel={t('caseFile.submit')}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </section>
  );
}
