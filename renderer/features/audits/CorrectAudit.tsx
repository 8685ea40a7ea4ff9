/**
 * Correct an audit's date and who sits in which seat, with the rules of the new audit form; and the names of its
 * two participants. The API refuses a change of participants once someone started scoring.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { auditCorrection, personNameCorrection } from '../../../shared/domain/corrections';
import type { AuditDetail, Person } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { FormDateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { isolatedPlainText } from '../../components/UserText';
import { useApi } from '../../lib/useApi';
import { RoleField } from './RoleField';

interface Props {
  audit: AuditDetail;
  onSaved: () => void;
  onCancel: () => void;
}
const toId = (v: unknown) => (v === '' || v == null ? undefined : Number(v));

function Actions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="btn" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}

/** The audit's date and its two seats. */
export function CorrectAudit({ audit, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const people = useApi('listPeople', {});
  const [apiError, setApiError] = useState<unknown>(null);
  const { register, handleSubmit, formState, control, setValue } = useForm<
    z.input<typeof auditCorrection>,
    unknown,
    z.output<typeof auditCorrection>
  >({
    resolver: zodResolver(auditCorrection),
    defaultValues: {
      auditId: audit.id,
      consultantId: audit.consultant.id,
      reviewerId: audit.reviewer.id,
      auditDate: audit.auditDate,
      reviewerRole: audit.reviewerRole,
    },
  });
  const { errors } = formState;
  const submit = handleSubmit(async (values) => {
    try {
      await call('correctAudit', values);
      onSaved();
    } catch (err) {
      setApiError(err);
    }
  });
  // Until the list is in, the selects would have no option for the current participants.
  const options = (list: Person[]) =>
    list.map((p) => (
      <option key={p.id} value={p.id}>
        {isolatedPlainText(p.name)} ({t(`roles.${p.role}`)})
      </option>
    ));
  return (
    <section aria-labelledby="correct-audit" className="correct-part">
      <h2 id="correct-audit">{t('correct.auditTitle')}</h2>
      <ErrorBanner error={apiError ?? people.error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormDateField
          control={control}
          name="auditDate"
          label={t('audit.auditDate')}
          error={errors.auditDate?.message}
        />
        <RoleField
          initial={audit.reviewerRole}
          put={(v) => setValue('reviewerRole', v, { shouldValidate: formState.isSubmitted, shouldDirty: true })}
          error={errors.reviewerRole}
        />
        {people.data && (
          <>
            <p className="muted">{t('correct.auditParticipantsHint')}</p>
            <div className="grid-2">
              <Field label={t('audit.consultant')} error={errors.consultantId?.message}>
                <select {...register('consultantId', { setValueAs: toId })}>{options(people.data)}</select>
              </Field>
              <Field label={t('audit.reviewer')} error={errors.reviewerId?.message}>
                <select {...register('reviewerId', { setValueAs: toId })}>{options(people.data)}</select>
              </Field>
            </div>
          </>
        )}
        <Actions submitLabel={t('correct.auditSubmit')} busy={formState.isSubmitting} onCancel={onCancel} />
      </form>
    </section>
  );
}

/** One participant's name, as on the new audit form's "add a person". */
function PersonName({
  person,
  label,
  onSaved,
  onCancel,
}: { person: Person | AuditDetail['consultant']; label: string } & Omit<Props, 'audit'>) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<unknown>(null);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof personNameCorrection>,
    unknown,
    z.output<typeof personNameCorrection>
  >({ resolver: zodResolver(personNameCorrection), defaultValues: { id: person.id, name: person.name } });
  const submit = handleSubmit(async (values) => {
    try {
      await call('correctPersonName', values);
      onSaved();
    } catch (err) {
      setApiError(err);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="subform">
      <ErrorBanner error={apiError} />
      <Field label={label} error={formState.errors.name?.message}>
        <input type="text" autoComplete="off" {...register('name')} />
      </Field>
      <Actions submitLabel={t('correct.personSubmit')} busy={formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}

/** The names of the audit's two participants. */
export function CorrectNames({ audit, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="correct-names" className="correct-part">
      <h2 id="correct-names">{t('correct.peopleTitle')}</h2>
      <p className="muted">{t('correct.peopleHint')}</p>
      <PersonName person={audit.consultant} label={t('audit.consultant')} onSaved={onSaved} onCancel={onCancel} />
      <PersonName person={audit.reviewer} label={t('audit.reviewer')} onSaved={onSaved} onCancel={onCancel} />
    </section>
  );
}
