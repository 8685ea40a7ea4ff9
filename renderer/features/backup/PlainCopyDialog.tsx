/**
 * "Een onversleutelde kopie bewaren?": what a plain copy means (anyone with the file reads everything), when it is
 * meant for (handing over to IT or the DPO, on an encrypted drive), and an explicit "Ik begrijp …" that must be
 * ticked before the copy can be made. The safe answer, cancel, has the first focus (ConfirmDialog).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function PlainCopyDialog({
  open,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [agreed, setAgreed] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      title={t('backup.plainCopyTitle')}
      confirmLabel={busy ? t('backup.exporting') : t('backup.plainCopyYes')}
      busy={busy}
      confirmDisabled={!agreed}
      onCancel={() => {
        setAgreed(false);
        onCancel();
      }}
      onConfirm={() => {
        setAgreed(false);
        onConfirm();
      }}
    >
      <p>{t('backup.plainCopyText')}</p>
      <p>{t('backup.plainCopyWhen')}</p>
      <div className="banner banner--info">
        <label className="choice">
          <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          {t('backup.plainCopyAgree')}
        </label>
      </div>
    </ConfirmDialog>
  );
}
