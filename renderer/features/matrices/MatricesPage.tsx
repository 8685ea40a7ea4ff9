/**
 * "Matrices": the matrices in this data file with their versions, each exportable as Excel or JSON, a spreadsheet
 * to start from, and importing an organisation's own matrix (docs/matrix-format.md).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { base64ToBytes } from '../../lib/base64';
import { downloadBytes } from '../../lib/download';
import { focusWhenShown } from '../../lib/focus';
import { useApi } from '../../lib/useApi';
import type { MatrixExportFormat } from '../../../shared/domain/matrixFile';
import type { TemplateListing, TemplateRef } from '../../../shared/domain/model';
import { MatrixEditor } from './editor/MatrixEditor';
import { MatrixImport } from './MatrixImport';
import { MatrixOffer } from './MatrixOffer';
import './matrices.css';

const DEFAULT_SLUG = 'sofs-cca-default';

function useExport() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (id: number, format: MatrixExportFormat, fileName?: string) => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exportMatrix', { id, format });
      downloadBytes(base64ToBytes(file.data), fileName ?? file.fileName, file.mimeType);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function MatrixTable({
  templates,
  onExport,
  onEdit,
  onChanged,
  busy,
}: {
  templates: TemplateListing[];
  onExport: (id: number, format: MatrixExportFormat) => void;
  onEdit: (ref: TemplateRef) => void;
  onChanged: () => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const name = (r: TemplateRef) => (i18n.language === 'en' ? r.name.en : r.name.nl);
  return (
    <table className="table matrices__table">
      <caption className="visually-hidden">{t('matrix.listHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matrix.colName')}</th>
          <th scope="col">{t('matrix.colCode')}</th>
          <th scope="col" className="num">
            {t('matrix.colVersion')}
          </th>
          <th scope="col">{t('matrixOffer.colOffer')}</th>
          <th scope="col">{t('matrix.colExport')}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((r) => (
          <tr key={r.id}>
            <td>{name(r)}</td>
            <td className="break">{r.slug}</td>
            <td className="num">{r.version}</td>
            <td>
              <MatrixOffer
                matrix={r}
                label={t('matrixChoice.option', { name: name(r), version: r.version })}
                onChanged={onChanged}
              />
            </td>
            <td>
              <div className="matrices__exports">
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={busy}
                  aria-label={t('matrix.exportXlsxLabel', { name: name(r), version: r.version })}
                  onClick={() => onExport(r.id, 'xlsx')}
                >
                  {t('matrix.exportXlsx')}
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={busy}
                  aria-label={t('matrix.exportJsonLabel', { name: name(r), version: r.version })}
                  onClick={() => onExport(r.id, 'json')}
                >
                  {t('matrix.exportJson')}
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('matrixEditor.newVersionLabel', { name: name(r), version: r.version })}
                  onClick={() => onEdit(r)}
                >
                  {t('matrixEditor.newVersion')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MatricesPage() {
  const { t, i18n } = useTranslation();
  const { data: templates, error: listError, reload } = useApi('listTemplates', {});
  const exporter = useExport();
  const starter = templates?.find((r) => r.slug === DEFAULT_SLUG) ?? templates?.[0];
  // "Nieuwe versie maken" shows the editor in place of the list; after saving, the list says which version was made.
  const [editing, setEditing] = useState<TemplateRef | null>(null);
  const [saved, setSaved] = useState<TemplateRef | null>(null);
  const status = (
    <p role="status" aria-live="polite" className={saved ? 'banner banner--ok' : undefined}>
      {saved &&
        t('matrixEditor.saved', {
          name: i18n.language === 'en' ? saved.name.en : saved.name.nl,
          version: saved.version,
        })}
    </p>
  );
  if (editing)
    return (
      <>
        {status}
        <MatrixEditor
          source={editing}
          onClose={(ref) => {
            setEditing(null);
            setSaved(ref);
            if (ref) reload();
            focusWhenShown(() => document.querySelector<HTMLElement>('#matrices-title'));
          }}
        />
      </>
    );
  return (
    <section aria-labelledby="matrices-title" className="matrices">
      <h1 id="matrices-title" tabIndex={-1}>
        {t('matrix.title')}
      </h1>
      <p>{t('matrix.intro')}</p>
      <ErrorBanner error={listError ?? exporter.error} />
      {status}

      <h2>{t('matrix.listHeading')}</h2>
      {templates && (
        <MatrixTable
          templates={templates}
          busy={exporter.busy}
          onExport={(id, f) => void exporter.run(id, f)}
          onChanged={reload}
          onEdit={(ref) => {
            setSaved(null);
            setEditing(ref);
            focusWhenShown(() => document.querySelector<HTMLElement>('#matrix-editor-title'));
          }}
        />
      )}

      <h2>{t('matrix.templateHeading')}</h2>
      <p id="matrices-template-hint" className="muted">
        {t('matrix.templateHint')}
      </p>
      <button
        type="button"
        className="btn"
        disabled={!starter || exporter.busy}
        aria-describedby="matrices-template-hint"
        onClick={() => starter && void exporter.run(starter.id, 'xlsx', t('matrix.templateFile'))}
      >
        {t('matrix.template')}
      </button>

      <MatrixImport onImported={reload} />
    </section>
  );
}
