/**
 * The export button as the desktop app uses it: the real backend over a temporary SQLite file behind the
 * renderer's transport, and `savePdf` standing where Electron's preload puts it (the main process owns the
 * save dialog). The bytes handed over are the audit's PDF, under its file name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/api/contract';
import { OPERATION_NAMES } from '../../shared/api/operations';
import type { AuditDetail } from '../../shared/domain/model';
import { openBackend, type Backend } from '../../db/backend';
import { seedCompletedAuditDemo } from '../../db/demoCompletedAudit';
import { reportModelFor } from '../../scripts/reportNode';
import { setTransport } from '../../renderer/api/client';
import { ExportPdfButton } from '../../renderer/features/report/ExportPdfButton';

let dir: string;
let backend: Backend;
let audit: AuditDetail;
let fingerprint: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-export-'));
  backend = openBackend(path.join(dir, 'export.sqlite'));
  const { auditId } = seedCompletedAuditDemo(backend.db, { now: () => new Date('2026-03-19T10:00:00Z') });
  fingerprint = reportModelFor(backend.db, auditId, 'nl').fingerprint;
  const api = Object.fromEntries(
    OPERATION_NAMES.map((op) => [op, async (args: unknown) => backend.dispatch(op, args)]),
  ) as unknown as Api;
  setTransport(api);
  const got = backend.dispatch('getAudit', { id: auditId });
  if (!got.ok) throw new Error('demo audit missing');
  audit = got.value as AuditDetail;
});

afterAll(() => {
  delete window.casusaudit;
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ExportPdfButton in the desktop app', () => {
  it('hands the PDF bytes and file name to savePdf and says where it went', async () => {
    const savePdf = vi.fn(async (_bytes: Uint8Array, _name: string) => ({
      saved: true,
      path: '/home/lea/Documenten/audit.pdf',
    }));
    window.casusaudit = { savePdf } as unknown as NonNullable<typeof window.casusaudit>;
    render(<ExportPdfButton audit={audit} />);
    await userEvent.click(screen.getByRole('button', { name: 'PDF-samenvatting maken' }));
    await waitFor(() => expect(savePdf).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const [bytes, name] = savePdf.mock.calls[0]!;
    expect(name).toBe('casusaudit-DEMO-OCJ-2025-031-2026-03-12.pdf');
    const head = new TextDecoder('latin1').decode(bytes);
    expect(head.startsWith('%PDF-')).toBe(true);
    // The fingerprint sits, uncompressed, in the document information as well as in every footer.
    expect(head).toContain(`/Keywords (${fingerprint})`);
    expect(bytes.length).toBeLessThan(400_000);
    expect(await screen.findByText('De PDF is klaar: /home/lea/Documenten/audit.pdf')).toBeTruthy();
  }, 30_000);

  it('says so calmly when the save dialog is cancelled', async () => {
    const savePdf = vi.fn(async () => ({ saved: false }));
    window.casusaudit = { savePdf } as unknown as NonNullable<typeof window.casusaudit>;
    render(<ExportPdfButton audit={audit} />);
    await userEvent.click(screen.getByRole('button', { name: 'PDF-samenvatting maken' }));
    expect(await screen.findByText('Niet bewaard.', undefined, { timeout: 15_000 })).toBeTruthy();
    expect(savePdf).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('offers the concept version before sign-off', () => {
    render(<ExportPdfButton audit={{ ...audit, status: 'conversation' }} />);
    expect(screen.getByRole('button', { name: 'PDF-samenvatting maken (concept)' })).toBeTruthy();
    expect(screen.getByText(/staat er ‘concept’ op de PDF/)).toBeTruthy();
  });
});
