/**
 * The date field reads dd/mm/jjjj however it is typed, shows it back as 15/01/2027, hands the form yyyy-mm-dd, and
 * refuses a day that does not exist in the user's language, through react-hook-form and the domain's ISO date schema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate } from '../../shared/domain/model';
import { DateField } from '../../renderer/components/DateField';

const schema = z.object({ day: isoDate });

function Form({ initial, onValid }: { initial: string; onValid: (iso: string) => void }) {
  const { control, handleSubmit, formState } = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { day: initial },
  });
  return (
    <form noValidate onSubmit={handleSubmit((v) => onValid(v.day))}>
      <Controller
        control={control}
        name="day"
        render={({ field }) => (
          <DateField
            label="Datum"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.day?.message}
          />
        )}
      />
      <button type="submit">Bewaren</button>
    </form>
  );
}

afterEach(() => act(() => void i18next.changeLanguage('nl')));

describe('DateField', () => {
  it('shows the default as dd/mm/jjjj and turns 15012027 into 15/01/2027, stored as 2027-01-15', async () => {
    const user = userEvent.setup({ delay: null });
    const got: string[] = [];
    render(<Form initial="2026-03-09" onValid={(v) => got.push(v)} />);
    const field = screen.getByLabelText('Datum') as HTMLInputElement;
    expect(field.value).toBe('09/03/2026');
    expect(field.placeholder).toBe('dd/mm/jjjj');
    expect(field.type).toBe('text');
    await user.clear(field);
    await user.type(field, '15012027');
    await user.tab();
    expect(field.value).toBe('15/01/2027');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(got).toEqual(['2027-01-15']);
    for (const typed of ['15-01-2027', '15.1.2027']) {
      await user.clear(field);
      await user.type(field, typed);
      await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    }
    expect(got).toEqual(['2027-01-15', '2027-01-15', '2027-01-15']);
  });

  it('refuses 31/02/2027 with a clear message as soon as the field is left, and on submitting', async () => {
    const user = userEvent.setup({ delay: null });
    const got: string[] = [];
    render(<Form initial="" onValid={(v) => got.push(v)} />);
    const field = screen.getByLabelText('Datum');
    await user.type(field, '31/02/2027');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Die datum bestaat niet. Kijk de dag en de maand nog eens na.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(got).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('bestaat niet');
    await user.clear(field);
    await user.type(field, 'morgen');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toBe('Schrijf de datum als dd/mm/jjjj, bijvoorbeeld 15/03/2026.');
    expect(got).toEqual([]);
  });

  it('in English: dd/mm/yyyy, day first as well', async () => {
    await act(() => i18next.changeLanguage('en'));
    const user = userEvent.setup({ delay: null });
    render(<Form initial="" onValid={() => {}} />);
    const field = screen.getByLabelText('Datum') as HTMLInputElement;
    expect(field.placeholder).toBe('dd/mm/yyyy');
    await user.type(field, '31/02/2027');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('That date does not exist. Please check the day and the month.');
  });
});
