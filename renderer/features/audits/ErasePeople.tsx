/**
 * The people who are in no audit (added by mistake, or whose audits were erased), each with "… wissen" after a
 * confirmation that names them. Someone still in an audit is not offered: the API would refuse.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import type { Person } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../lib/useApi';

export function ErasePeople({ onErased }: { onErased: (target: ErasureTarget) => void }) {
  const { t } = useTranslation();
  const { data: people } = useApi('listPeopleWithoutAudit', {});
  const [person, setPerson] = useState<Person | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!people || people.length === 0) return null;

  const erase = async (p: Person) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('erasePerson', { id: p.id });
      setPerson(null);
      onErased(result.erased);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-actions">
      {people.map((p) => (
        <button key={p.id} type="button" className="btn" onClick={() => setPerson(p)}>
          {t('erase.personButton', { name: p.name })}
        </button>
      ))}
      <ConfirmDialog
        open={person !== null}
        title={t('erase.personDialogTitle')}
        confirmLabel={t('erase.confirm')}
        busy={busy}
        onConfirm={() => person && void erase(person)}
        onCancel={() => setPerson(null)}
      >
        <p>{person && t('erase.personWhat', { name: person.name })}</p>
        <ErrorBanner error={error} />
      </ConfirmDialog>
    </div>
  );
}
