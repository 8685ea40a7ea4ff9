/** Start an audit: a case file, the consultant who holds it and a second rater (usually the team leader). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { auditInput, PERSON_ROLES, personInput, type Person } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useApi } from '../../lib/useApi';

type AuditIn = z.input<typeof auditInput>;
type AuditOut = z.output<typeof auditInput>;
const toId = (v: unknown) => (v === '' || v == null ? undefined : Number(v));
const today = () => new Date().toISOString().slice(0, 10);

function AddPerson({ onAdded }: { onAdded: (p: Person) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const { register, handleSubmit, reset, formState } = useForm<
    z.input<typeof personInput>,
    unknown,
    z.output<typeof personInput>
  >({
    resolver: zodResolver(personInput),
    defaultValues: { name: '', role: 'consulent' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      onAdded(await call('createPerson', values));
      reset({ name: '', role: values.role });
      setError(null);
    } catch (err) {
      setError(err);
    }
  });
  return (
    <div className="subform" role="group" aria-labelledby="add-person-title">
      <h3 id="add-person-title">{t('audit.addPerson')}</h3>
      <ErrorBanner error={error} />
      <div className="grid-2">
        <Field label={t('audit.personName')} error={formState.errors.name?.message}>
          <input
            type="text"
            autoComplete="off"
            {...register('name')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void submit();
              }
            }}
          />
        </Field>
        <Field label={t('audit.personRole')}>
          <select {...register('role')}>
            {PERSON_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="button" className="btn" onClick={() => void submit()}>
        {t('audit.addPersonSubmit')}
      </button>
    </div>
  );
}

export interface NewAuditPageProps {
  /** The case file to preselect (just made on the new case file screen). */
  caseFileId?: number | undefined;
  onCreated: (auditId: number) => void;
  onNewCaseFile: () => void;
  onCancel: () => void;
}

export function NewAuditPage({ caseFileId, onCreated, onNewCaseFile, onCancel }: NewAuditPageProps) {
  const { t } = useTranslation();
  const caseFiles = useApi('listCaseFiles', {});
  const people = useApi('listPeople', {});
  const [apiError, setApiError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<AuditIn, unknown, AuditOut>({
    resolver: zodResolver(auditInput),
    defaultValues: { caseFileId: caseFileId as number, auditDate: today() },
  });

  // Once the list shows a person just added, seat them in the first empty place: one step less for the user.
  const [justAdded, setJustAdded] = useState<Person | null>(null);
  useEffect(() => {
    if (!justAdded || !people.data?.some((p) => p.id === justAdded.id)) return;
    const seat = !getValues('consultantId') ? 'consultantId' : !getValues('reviewerId') ? 'reviewerId' : null;
    if (seat) setValue(seat, justAdded.id);
    setJustAdded(null);
  }, [people.data, justAdded, getValues, setValue]);

  const onSubmit = async (values: AuditOut) => {
    try {
      const audit = await call('createAudit', values);
      onCreated(audit.id);
    } catch (err) {
      setApiError(err);
    }
  };
  const list = people.data ?? [];
  const personOptions = (
    <>
      <option value="">{t('audit.choosePerson')}</option>
      {list.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name} ({t(`roles.${p.role}`)})
        </option>
      ))}
    </>
  );

  return (
    <section aria-labelledby="na-title" className="narrow">
      <h1 id="na-title" tabIndex={-1}>
        {t('audit.newTitle')}
      </h1>
      <p className="muted">{t('audit.newIntro')}</p>
      <ErrorBanner error={apiError ?? caseFiles.error ?? people.error} />
      {caseFiles.data && caseFiles.data.length === 0 ? (
        <div className="empty">
          <p>{t('audit.noCaseFiles')}</p>
          <button type="button" className="btn btn--primary" onClick={onNewCaseFile}>
            {t('audit.makeCaseFile')}
          </button>
        </div>
      ) : (
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <Field label={t('audit.caseFile')} error={errors.caseFileId ? 'required' : undefined}>
            <select {...register('caseFileId', { setValueAs: toId })} defaultValue={caseFileId ?? ''}>
              <option value="">{t('audit.chooseCaseFile')}</option>
              {(caseFiles.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.dossierCode} · {c.service}
                </option>
              ))}
            </select>
          </Field>
          <div className="grid-2">
            <Field label={t('audit.consultant')} error={errors.consultantId ? 'required' : undefined}>
              <select {...register('consultantId', { setValueAs: toId })}>{personOptions}</select>
            </Field>
            <Field
              label={t('audit.reviewer')}
              error={
                errors.reviewerId
                  ? errors.reviewerId.message === 'same_person'
                    ? 'same_person'
                    : 'required'
                  : undefined
              }
            >
              <select {...register('reviewerId', { setValueAs: toId })}>{personOptions}</select>
            </Field>
          </div>
          <AddPerson
            onAdded={(p) => {
              setJustAdded(p);
              void people.reload();
            }}
          />
          <Field label={t('audit.auditDate')} error={errors.auditDate?.message}>
            <input type="date" {...register('auditDate')} />
          </Field>
          <div className="form-actions">
            <button type="button" className="btn" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
              {t('audit.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
