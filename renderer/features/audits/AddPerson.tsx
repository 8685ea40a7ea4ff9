/** Adds a person (consultant or team leader) from within the new audit form, without leaving it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PERSON_ROLES, personInput, type Person } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';

export function AddPerson({ onAdded }: { onAdded: (p: Person) => void }) {
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
