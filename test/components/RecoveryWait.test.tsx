/**
 * The recovery screen for a data file that another Casusaudit window or program has open: the real backend (a
 * second one on a file the first holds) behind the renderer's transport. It says so plainly, offers nothing that
 * would act on the file, and opens the app once the other one has closed and the user tries again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../shared/api/contract';
import { OPERATION_NAMES } from '../../shared/api/operations';
import { openBackend, type Backend } from '../../db/backend';
import { setTransport } from '../../renderer/api/client';
import { RecoveryGate } from '../../renderer/features/recovery/RecoveryGate';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const open = (file: string) => {
  const b = openBackend(file, { backups: { intervalMinutes: 0, keep: 5 }, log: () => {} });
  opened.push(b);
  return b;
};
const serve = (backend: Backend) =>
  setTransport(
    Object.fromEntries(OPERATION_NAMES.map((op) => [op, async (args: unknown) => backend.dispatch(op, args)])) as Api,
  );

describe('RecoveryScreen: the data file is open elsewhere', () => {
  it('offers only trying again, and opens the app once the other window has closed', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-wait-')), 'casusaudit.sqlite');
    const first = open(file);
    const second = open(file);
    serve(second);
    render(
      <RecoveryGate>
        <h1>De app</h1>
      </RecoveryGate>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Dit gegevensbestand is al open' });
    screen.getByText('Casusaudit heeft niets aan het bestand veranderd.');
    screen.getByText(/Sluit het andere venster of programma/);
    expect(screen.queryByRole('button', { name: 'Deze back-up terugzetten' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Met een leeg bestand beginnen' })).toBeNull();

    const retry = screen.getByRole('button', { name: 'Opnieuw proberen' });
    await userEvent.click(retry);
    expect(await screen.findByText('Het bestand is nog altijd elders open.')).toBeTruthy();

    first.close();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('heading', { level: 1, name: 'De app' });
    expect(second.mode).toBe('ok');
  });
});
