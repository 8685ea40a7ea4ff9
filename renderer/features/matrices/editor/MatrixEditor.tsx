/**
 * "Nieuwe versie maken": a draft of a stored matrix, edited in memory (store.ts) and checked exactly as an import
 * (problems.ts). Problems show after the first try to save, each next to its field and in a summary at the top;
 * "Opslaan als nieuwe versie" stores the draft as the next version (saveMatrixVersion), never changing the old one.
 * Leaving with unsaved changes asks first (renderer/lib/leaveGuard.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { setLeaveGuard } from '../../../lib/leaveGuard';
import { useApi } from '../../../lib/useApi';
import { toMatrixFile, type MatrixDraft } from '../../../../shared/domain/matrixDraft';
import type { TemplateRef } from '../../../../shared/domain/model';
import { DraftForm } from './DraftForm';
import { MatrixDraftPreview } from './MatrixDraftPreview';
import { byPath, draftProblems, ProblemsContext } from './problems';
import { ProblemSummary } from './ProblemSummary';
import { useMatrixEditor } from './store';
import './editor.css';

/** Asks before leaving while the draft has unsaved changes: navigation, "Terug" and closing the window. */
function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!dirty) return;
    setLeaveGuard((proceed) => setPending(() => proceed));
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty]);
  return { pending, setPending };
}

function useFocusRequests() {
  const focus = useMatrixEditor((s) => s.focus);
  const focusDone = useMatrixEditor((s) => s.focusDone);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus.id)?.focus();
    focusDone();
  }, [focus, focusDone]);
}

function LeaveDialog({
  pending,
  onStay,
  onLeave,
}: {
  pending: (() => void) | null;
  onStay: () => void;
  onLeave: (proceed: () => void) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('matrixEditor.leaveTitle')}
      confirmLabel={t('matrixEditor.leaveConfirm')}
      cancelLabel={t('matrixEditor.leaveCancel')}
      onCancel={onStay}
      onConfirm={() => pending && onLeave(pending)}
    >
      <p>{t('matrixEditor.leaveBody')}</p>
    </ConfirmDialog>
  );
}

/** Saving: refused with the problems shown (focus on their summary) while the draft is invalid. */
function useSave(onSaved: (ref: TemplateRef) => void, showProblems: () => void) {
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (draft: MatrixDraft) => {
    setAttempted(true);
    setError(null);
    if (draftProblems(draft).length > 0) return showProblems();
    setSaving(true);
    try {
      onSaved(await call('saveMatrixVersion', { content: toMatrixFile(draft) as Record<string, unknown> }));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return { attempted, saving, error, save };
}

export function MatrixEditor({
  source,
  onClose,
}: {
  source: TemplateRef;
  onClose: (saved: TemplateRef | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { data, error: loadError } = useApi('getTemplate', { id: source.id });
  const { draft, dirty, announcement, start, close } = useMatrixEditor();
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const summary = useRef<HTMLDivElement>(null);
  const saved = (ref: TemplateRef) => (close(), onClose(ref));
  const showProblems = () => (setMode('edit'), requestAnimationFrame(() => summary.current?.focus()));
  const { attempted, saving, error: saveError, save } = useSave(saved, showProblems);
  const guard = useLeaveGuard(dirty);
  useFocusRequests();
  useEffect(() => (data ? start(data.content) : undefined), [data, start]);
  useEffect(() => close, [close]);
  const problems = useMemo(() => (draft && attempted ? draftProblems(draft) : []), [draft, attempted]);
  const map = useMemo(() => (attempted ? byPath(problems) : null), [problems, attempted]);
  const name = i18n.language === 'en' ? source.name.en : source.name.nl;
  const leave = () => (dirty ? guard.setPending(() => () => onClose(null)) : onClose(null));

  return (
    <section aria-labelledby="matrix-editor-title" className="mx-editor">
      <h1 id="matrix-editor-title" tabIndex={-1}>
        {t('matrixEditor.title', { name })}
      </h1>
      <p>{t('matrixEditor.intro', { version: source.version })}</p>
      <ErrorBanner error={loadError ?? saveError} />
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {!draft && !loadError && <p className="muted">{t('matrixEditor.loading')}</p>}
      {draft && (
        <ProblemsContext.Provider value={map}>
          <ProblemSummary ref={summary} problems={problems} />
          <div className="mx-mode" role="group" aria-label={t('matrixEditor.modeLabel')}>
            <button type="button" className="btn" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
              {t('matrixEditor.edit')}
            </button>
            <button type="button" className="btn" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
              {t('matrixEditor.preview')}
            </button>
          </div>
          {mode === 'edit' ? <DraftForm draft={draft} /> : <MatrixDraftPreview draft={draft} />}
          <div className="form-actions mx-actions">
            <button type="button" className="btn" onClick={leave}>
              {t('matrixEditor.cancel')}
            </button>
            <button type="button" className="btn btn--primary" disabled={saving} onClick={() => void save(draft)}>
              {saving ? t('matrixEditor.saving') : t('matrixEditor.save')}
            </button>
          </div>
        </ProblemsContext.Provider>
      )}
      <LeaveDialog
        pending={guard.pending}
        onStay={() => guard.setPending(null)}
        onLeave={(proceed) => {
          guard.setPending(null);
          setLeaveGuard(null);
          close();
          onClose(null);
          proceed();
        }}
      />
    </section>
  );
}
