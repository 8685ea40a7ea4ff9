/**
 * A date typed as dd/mm/jjjj in both shells, whatever the browser's locale (a native date input follows the
 * browser: in an English (US) browser "15012027" became 1 December 2027). The field reads "15/01/2027",
 * "15-01-2027", "15.1.2027" or "15012027", shows it back as 15/01/2027 on leaving the field, and hands the form
 * `yyyy-mm-dd` (stored as before). What is not a real date is handed on as typed (or as the ISO form of a day that does
 * not exist, such as 31/02), so the form's ISO date schema refuses it with `date_format` or `date_invalid`; the same
 * message shows as soon as the field is left.
 */
import { useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dateProblem, dayMonthYear, parseTypedDate } from '../../shared/domain/dates';
import { Field } from './Field';

interface Props {
  label: string;
  /** `yyyy-mm-dd`, '' for none, or what was typed when it is not a date. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** A validation key from the form (`date_format`, `date_invalid`, `required` …). */
  error?: string | undefined;
  optional?: boolean;
  name?: string;
}

/** The value the form gets for what was typed. */
function formValue(text: string): string {
  const typed = parseTypedDate(text);
  return typed.kind === 'date' || typed.kind === 'impossible' ? typed.iso : typed.kind === 'empty' ? '' : text;
}

export function DateField({ label, value, onChange, onBlur, error, optional, name }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dayMonthYear(value));
  // The value the form last had from this field: another value (a reset, a default) replaces the text.
  const [known, setKnown] = useState(value);
  const [left, setLeft] = useState(false);
  if (value !== known) {
    setKnown(value);
    setText(dayMonthYear(value));
  }
  const own = left && value !== '' ? (dateProblem(value) ?? undefined) : undefined;

  return (
    <Field label={label} hint={t('dates.hint')} error={error ?? own} optional={optional}>
      <input
        type="text"
        name={name}
        value={text}
        placeholder={t('dates.placeholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        onChange={(e) => {
          const next = formValue(e.target.value);
          setText(e.target.value);
          setKnown(next);
          onChange(next);
        }}
        onBlur={() => {
          setLeft(true);
          if (dateProblem(value) === null) setText(dayMonthYear(value));
          onBlur?.();
        }}
      />
    </Field>
  );
}

/** A DateField bound to a react-hook-form field (the audit date on creation and on correction). */
export function FormDateField<T extends FieldValues>({
  control,
  name,
  label,
  error,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  error?: string | undefined;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateField
          label={label}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
