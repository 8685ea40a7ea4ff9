/**
 * The case file form, shared by creating and correcting a case file: the pseudonymous dossier code (with a nudge when
 * it looks like a name), the service and the optional context; validated by the API's own schema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { caseFileInput, MAIN_THEMES, SERVICES } from '../../../shared/domain/model';
import { TEAM_MAX } from '../../../shared/domain/breadth';
import { looksLikePersonName } from '../../../shared/domain/privacy';
import { Field } from '../../components/Field';

export type CaseFileFormIn = z.input<typeof caseFileInput>;
export type CaseFileFormOut = z.output<typeof caseFileInput>;
type FormIn = CaseFileFormIn;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const toYear = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** The optional context of the case file: region, team, main theme, years, ages, people involved, complicating factors. */
function ContextFields({ register, errors }: { register: UseFormRegister<FormIn>; errors: FieldErrors<FormIn> }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('caseFile.context')}</h2>
      <p className="muted">{t('caseFile.contextHint')}</p>
      <div className="grid-2">
        <Field label={t('caseFile.region')} optional error={errors.region?.message}>
          <input type="text" autoComplete="off" {...register('region', { setValueAs: emptyToNull })} />
        </Field>
        <Field label={t('caseFile.team')} optional error={errors.team?.message}>
          <input
            type="text"
            autoComplete="off"
            maxLength={TEAM_MAX}
            {...register('team', { setValueAs: emptyToNull })}
          />
        </Field>
        <Field label={t('caseFile.mainTheme')} optional error={errors.mainTheme?.message}>
          <select {...register('mainTheme', { setValueAs: emptyToNull })}>
            <option value="">{t('caseFile.noTheme')}</option>
            {MAIN_THEMES.map((m) => (
              <option key={m} value={m}>
                {t(`themes.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('caseFile.referralYear')} optional error={errors.referralYear?.message}>
          <input
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            {...register('referralYear', { setValueAs: toYear })}
          />
        </Field>
        <Field label={t('caseFile.closureYear')} optional error={errors.closureYear?.message}>
          <input
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            {...register('closureYear', { setValueAs: toYear })}
          />
        </Field>
        <Field label={t('caseFile.sofsExperienceYears')} optional error={errors.sofsExperienceYears?.message}>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={60}
            {...register('sofsExperienceYears', { setValueAs: toYear })}
          />
        </Field>
        <Field label={t('caseFile.minorAges')} optional error={errors.minorAges?.message}>
          <input type="text" autoComplete="off" {...register('minorAges', { setValueAs: emptyToNull })} />
        </Field>
      </div>
      <Field
        label={t('caseFile.peopleInvolved')}
        hint={t('caseFile.peopleInvolvedHint')}
        optional
        error={errors.peopleInvolved?.message}
      >
        <input type="text" autoComplete="off" {...register('peopleInvolved', { setValueAs: emptyToNull })} />
      </Field>
      <Field label={t('caseFile.complicatingFactors')} optional error={errors.complicatingFactors?.message}>
        <input type="text" autoComplete="off" {...register('complicatingFactors', { setValueAs: emptyToNull })} />
      </Field>
    </>
  );
}

export interface CaseFileFormProps {
  defaultValues: CaseFileFormIn;
  submitLabel: string;
  onSubmit: (values: CaseFileFormOut) => Promise<void>;
  onCancel: () => void;
}

export function CaseFileForm({ defaultValues, submitLabel, onSubmit, onCancel }: CaseFileFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, CaseFileFormOut>({
    resolver: zodResolver(caseFileInput),
    defaultValues,
    mode: 'onBlur',
  });
  // A warning while typing, never a refusal: the code can be saved as it is.
  const nameLike = looksLikePersonName(useWatch({ control, name: 'dossierCode' }) ?? '');

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Field
        label={t('caseFile.dossierCode')}
        hint={t('caseFile.dossierCodeHint')}
        error={errors.dossierCode?.message}
        warning={nameLike ? t('privacy.nameLikeCode') : null}
      >
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          className="mono"
          {...register('dossierCode')}
        />
      </Field>
      <Field label={t('caseFile.service')} error={errors.service?.message}>
        <select {...register('service')}>
          {SERVICES.map((s) => (
            <option key={s} value={s}>
              {t(`services.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <ContextFields register={register} errors={errors} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
