/**
 * The recovery screen's desktop-only "choose another file": shown only when the preload offers it, a wrong
 * pick is explained in Dutch (nothing switched), a good pick hands over to the app.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartupState } from '../../shared/domain/storage';
import { RecoveryScreen } from '../../renderer/features/recovery/RecoveryScreen';

const state: StartupState = {
  mode: 'recovery',
  problem: 'database_damaged',
  path: '/data/casusaudit.sqlite',
  newestGoodBackup: null,
  key: { encrypted: false, notice: false, passphrase: null },
};
type Preload = { chooseDatabaseFile?: () => Promise<unknown> };
const preload = () => window as unknown as { casusaudit?: Preload };

afterEach(() => {
  delete preload().casusaudit;
});

describe('RecoveryScreen: choosing another file', () => {
  it('is not offered in the browser harness', () => {
    render(<RecoveryScreen state={state} onRecovered={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Ander bestand kiezen…' })).toBeNull();
  });

  it('explains a wrong pick and stays on the recovery screen', async () => {
    preload().casusaudit = {
      chooseDatabaseFile: async () => ({
        chosen: false,
        error: { code: 'database_foreign', params: { path: '/home/x/notities.sqlite' } },
      }),
    };
    const onRecovered = vi.fn();
    render(<RecoveryScreen state={state} onRecovered={onRecovered} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ander bestand kiezen…' }));
    expect(
      await screen.findByText(
        'Het bestand /home/x/notities.sqlite is geen gegevensbestand van Casusaudit. Het bestand blijft onaangeroerd.',
      ),
    ).toBeTruthy();
    expect(onRecovered).not.toHaveBeenCalled();
  });

  it('hands over to the app when a good file was chosen, and does nothing when the dialog was cancelled', async () => {
    const answers = [{ chosen: false }, { chosen: true }];
    preload().casusaudit = { chooseDatabaseFile: async () => answers.shift() };
    const onRecovered = vi.fn();
    render(<RecoveryScreen state={state} onRecovered={onRecovered} />);
    const button = screen.getByRole('button', { name: 'Ander bestand kiezen…' });
    await userEvent.click(button);
    expect(onRecovered).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(button);
    await vi.waitFor(() => expect(onRecovered).toHaveBeenCalledTimes(1));
  });
});
