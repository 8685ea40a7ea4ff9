/**
 * Not applicable has one reason box, "Waarom niet van toepassing?", in place of "Waarom dit cijfer?"; what was
 * already written moves into the box that is shown, and is stored there. The real backend on a temporary SQLite
 * file stands behind the renderer's transport.
 */
import fs from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Api } from '../../shared/api/contract';
import { OPERATION_NAMES } from '../../shared/api/operations';
import type { RaterSession } from '../../shared/domain/scoring';
import type { TemplateItem } from '../../shared/domain/template';
import { setTransport } from '../../renderer/api/client';
import { ItemCard } from '../../renderer/features/scoring/ItemCard';
import { useScoring } from '../../renderer/features/scoring/store';
import { createTestAudit, type TestAudit } from '../support/testAudit';
import { ok } from '../support/results';

let t: TestAudit;
let item: TemplateItem;

beforeAll(() => {
  t = createTestAudit('na', 'OCJ-2026-900');
  setTransport(
    Object.fromEntries(
      OPERATION_NAMES.map((op) => [op, async (args: unknown) => t.backend.dispatch(op, args)]),
    ) as unknown as Api,
  );
  item = t.content.principles.flatMap((p) => p.items).find((i) => i.allowNotApplicable)!;
  const session = ok<RaterSession>(t.backend.dispatch('startScoring', { auditId: t.auditId, rater: 'consultant' }));
  useScoring.getState().open(session, t.content, null);
});
afterAll(() => {
  useScoring.getState().clear();
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

const stored = () =>
  ok<RaterSession>(t.backend.dispatch('startScoring', { auditId: t.auditId, rater: 'consultant' })).ratings.find(
    (r) => r.itemKey === item.key,
  );

it('shows one reason box when not applicable, carrying what was written', async () => {
  const user = userEvent.setup({ delay: null });
  render(<ItemCard item={item} index={10} locale="nl" onNext={() => {}} />);
  await user.click(screen.getByRole('radio', { name: '6' }));
  await user.type(screen.getByLabelText('Waarom dit cijfer?'), 'Via de grootouders');
  await user.click(screen.getByRole('checkbox', { name: /Niet van toepassing/ }));

  expect(screen.getAllByRole('textbox')).toHaveLength(1);
  expect(screen.queryByLabelText('Waarom dit cijfer?')).toBeNull();
  const reason = screen.getByLabelText('Waarom niet van toepassing?');
  expect((reason as HTMLTextAreaElement).value).toBe('Via de grootouders');
  await user.type(reason, ', zie verslag');
  await act(() => useScoring.getState().flush());
  expect(stored()).toMatchObject({
    score: null,
    notApplicable: true,
    naReason: 'Via de grootouders, zie verslag',
    rationale: '',
  });

  // Unticking brings the text back as the reason for a number: still one box, nothing lost.
  await user.click(screen.getByRole('checkbox', { name: /Niet van toepassing/ }));
  expect(screen.getAllByRole('textbox')).toHaveLength(1);
  expect((screen.getByLabelText('Waarom dit cijfer?') as HTMLTextAreaElement).value).toBe(
    'Via de grootouders, zie verslag',
  );
}, 30_000);
