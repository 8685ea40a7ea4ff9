/** Start an audit: a case file, the consultant who holds it and a second participant in the role they take. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { auditInput, DEFAULT_PARTNER_ROLE, type CaseFile, type Person } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormDateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { useApi } from '../../lib/useApi';
import { AddPerson } from './AddPerson';
import { RoleField } from './RoleField';
import { MatrixField, offeredMatrices } from './MatrixField';
import { isolatedPlainText } from '../../components/UserText';
import { localIsoDate } from '../../../shared/domain/dates';

type AuditIn = z.input<typeof auditInput>;
type AuditOut = z.output<typeof auditInput>;
const toId = (v: unknown) => (v === '' || v == null ? undefined : Number(v));
// The default audit date is today on this laptop, not in UTC.
const today = () => localIsoDate();

export interface NewAuditPageProps {
  /** The case file to preselect (just made on the new case file screen). */
  caseFileId?: number | undefined;
  onCreated: (auditId: number) => void;
  onNewCaseFile: () => void;
  onCancel: () => void;
}

/** The lists to choose from, the form and what happens on submit or when a person was just added. */
function useNewAudit(caseFileId: number | undefined, onCreated: (auditId: number) => void) {
  const caseFiles = useApi('listCaseFiles', {});
  const people = useApi('listPeople', {});
  const matrices = useApi('listTemplates', {});
  const [apiError, setApiError] = useState<unknown>(null);
  const form = useForm<AuditIn, unknown, AuditOut>({
    resolver: zodResolver(auditInput),
    defaultValues: { caseFileId: caseFileId as number, auditDate: today(), reviewerRole: DEFAULT_PARTNER_ROLE },
  });
  const { getValues, setValue } = form;

  // Once the list shows a person just added, seat them in the first empty place: one step less for the user.
  // The person waits in a ref until the reloaded list that contains them has rendered (their option exists).
  const justAdded = useRef<Person | null>(null);
  useEffect(() => {
    const added = justAdded.current;
    if (!added || !people.data?.some((p) => p.id === added.id)) return;
    const seat = !getValues('consultantId') ? 'consultantId' : !getValues('reviewerId') ? 'reviewerId' : null;
    if (seat) setValue(seat, added.id);
    justAdded.current = null;
  }, [people.data, getValues, setValue]);
  const onPersonAdded = (p: Person) => {
    justAdded.current = p;
    void people.reload();
  };

  const onSubmit = async (values: AuditOut) => {
    try {
      const audit = await call('createAudit', values);
      onCreated(audit.id);
    } catch (err) {
      setApiError(err);
    }
  };
  return { caseFiles, people, matrices, apiError, form, onSubmit, onPersonAdded };
}

/**
 * The case file to audit. Rendered only once the list has loaded: the form then selects its default (the case file
 * just made) in a select that already has that option, instead of in an empty one that silently stays on "choose".
 */
function CaseFileField({
  caseFiles,
  register,
  errors,
}: {
  caseFiles: CaseFile[];
  register: UseFormRegister<AuditIn>;
  errors: FieldErrors<AuditIn>;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('audit.caseFile')} error={errors.caseFileId ? 'required' : undefined}>
      <select {...register('caseFileId', { setValueAs: toId })}>
        <option value="">{t('audit.chooseCaseFile')}</option>
        {caseFiles.map((c) => (
          <option key={c.id} value={c.id}>
            {isolatedPlainText(c.dossierCode)} · {c.service}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The consultant and the reviewer, both chosen from the same list of people. */
function PersonFields({
  people,
  register,
  errors,
}: {
  people: Person[];
  register: UseFormRegister<AuditIn>;
  errors: FieldErrors<AuditIn>;
}) {
  const { t } = useTranslation();
  const personOptions = (
    <>
      <option value="">{t('audit.choosePerson')}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {isolatedPlainText(p.name)} ({t(`roles.${p.role}`).toLocaleLowerCase()})
        </option>
      ))}
    </>
  );
  return (
    <div className="grid-2">
      <Field label={t('audit.consultant')} error={errors.consultantId ? 'required' : undefined}>
        <select {...register('consultantId', { setValueAs: toId })}>{personOptions}</select>
      </Field>
      <Field
        label={t('audit.reviewer')}
        error={
          errors.reviewerId ? (errors.reviewerId.message === 'same_person' ? 'same_person' : 'required') : undefined
        }
      >
        <select {...register('reviewerId', { setValueAs: toId })}>{personOptions}</select>
      </Field>
    </div>
  );
}

export function NewAuditPage({ caseFileId, onCreated, onNewCaseFile, onCancel }: NewAuditPageProps) {
  const { t } = useTranslation();
  const { caseFiles, people, matrices, apiError, form, onSubmit, onPersonAdded } = useNewAudit(caseFileId, onCreated);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    watch,
    formState: { errors, isSubmitting, isSubmitted },
  } = form;
  // A choice of matrix only when there is more than one to choose from: the common case stays as quick as before.
  const offered = offeredMatrices(matrices.data);
  const chooseMatrix = useCallback((id: number) => setValue('templateId', id, { shouldDirty: true }), [setValue]);
  // The case file just made on the previous screen, once the list that holds it has loaded.
  const created = caseFileId === undefined ? undefined : caseFiles.data?.find((c) => c.id === caseFileId);

  return (
    <section aria-labelledby="na-title" className="narrow">
      <h1 id="na-title" tabIndex={-1}>
        {t(caseFileId === undefined ? 'audit.newTitle' : 'audit.newTitleForCaseFile')}
      </h1>
      {created && (
        <p className="banner banner--ok" role="status">
          {t('audit.caseFileCreated', { code: isolatedPlainText(created.dossierCode) })}
        </p>
      )}
      <p className="muted">{t('audit.newIntro')}</p>
      <ErrorBanner error={apiError ?? caseFiles.error ?? people.error} />
      {!caseFiles.data ? (
        caseFiles.loading && <p className="muted">{t('common.loading')}</p>
      ) : caseFiles.data.length === 0 ? (
        <div className="empty">
          <p>{t('audit.noCaseFiles')}</p>
          <button type="button" className="btn btn--primary" onClick={onNewCaseFile}>
            {t('audit.makeCaseFile')}
          </button>
        </div>
      ) : (
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <CaseFileField caseFiles={caseFiles.data ?? []} register={register} errors={errors} />
          {offered.length > 0 && <MatrixField matrices={offered} value={watch('templateId')} onChange={chooseMatrix} />}
          <PersonFields people={people.data ?? []} register={register} errors={errors} />
          <RoleField
            put={(v) => setValue('reviewerRole', v, { shouldValidate: isSubmitted, shouldDirty: true })}
            error={errors.reviewerRole}
          />
          <AddPerson onAdded={onPersonAdded} />
          <FormDateField
            control={control}
            name="auditDate"
            label={t('audit.auditDate')}
            error={errors.auditDate?.message}
          />
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
