/** The backups screen's part about the key (ADR 0014): whether the file is encrypted, and its recovery code. */
import { useTranslation } from 'react-i18next';
import type { KeyState } from '../../../shared/domain/storage';
import { RecoveryCodePanel } from '../../components/RecoveryCodePanel';

export function KeySection({ keyState }: { keyState: KeyState | undefined }) {
  const { t } = useTranslation();
  if (!keyState) return null;
  return (
    <section aria-labelledby="backup-key-title">
      <h2 id="backup-key-title">{t('key.sectionTitle')}</h2>
      {keyState.encrypted ? (
        <>
          <p>{t('key.sectionEncrypted')}</p>
          <p>{t('key.sectionKeep')}</p>
          <RecoveryCodePanel />
        </>
      ) : (
        <p>{t('key.sectionPlain')}</p>
      )}
    </section>
  );
}
