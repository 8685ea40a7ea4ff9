/**
 * The second participant's role in this audit: teamverantwoordelijke (the default), groepscoördinator, co-consulent
 * or another role typed in. The form's `reviewerRole` holds the known role's key or the typed text; the API's schema
 * checks it (required, one line, at most LIMITS.role characters).
 */
import { useId, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PARTNER_ROLE, KNOWN_PARTNER_ROLES, knownPartnerRole, LIMITS } from '../../../shared/domain/model';
import { capitalized } from '../../../shared/i18n/roles';
import { Field } from '../../components/Field';

const OTHER = 'other';

export function RoleField({
  initial = DEFAULT_PARTNER_ROLE,
  put,
  error,
}: {
  /** The role stored so far (a known role's key or a typed role); the default for a new audit. */
  initial?: string;
  /** Called with the known role's key or the typed text, on every change. */
  put: (value: string) => void;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const known = knownPartnerRole(initial);
  const [choice, setChoice] = useState<string>(known ?? OTHER);
  const [typed, setTyped] = useState(known ? '' : initial);
  const choose = (value: string) => {
    setChoice(value);
    put(value === OTHER ? typed : value);
  };
  return (
    <fieldset className="field plain role-field" aria-describedby={hintId}>
      <legend>{t('audit.reviewerRole')}</legend>
      <p className="field__hint" id={hintId}>
        {t('audit.reviewerRoleHint')}
      </p>
      <div className="choice-row">
        {[...KNOWN_PARTNER_ROLES, OTHER].map((value) => (
          <label className="choice" key={value}>
            <input
              type="radio"
              name="reviewerRoleChoice"
              value={value}
              checked={choice === value}
              onChange={() => choose(value)}
            />{' '}
            {value === OTHER ? t('audit.reviewerRoleOther') : capitalized(t(`participantRoles.${value}`))}
          </label>
        ))}
      </div>
      {choice === OTHER && (
        <Field label={t('audit.reviewerRoleTyped')} error={error?.message}>
          <input
            type="text"
            autoComplete="off"
            maxLength={LIMITS.role}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              put(e.target.value);
            }}
          />
        </Field>
      )}
    </fieldset>
  );
}
