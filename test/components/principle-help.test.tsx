/**
 * The help about a principle: for every principle of the default matrix a closed disclosure that explains the
 * principle and its practice tools, in both languages; nothing for a principle without help text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../renderer/i18n';
import { PrincipleHelp } from '../../renderer/components/PrincipleHelp';
import { templateContentSchema } from '../../shared/domain/template';

const template = templateContentSchema.parse(
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'db/templates/sofs-default-v1.json'), 'utf8')),
);

afterEach(() => void i18n.changeLanguage('nl'));

describe('PrincipleHelp', () => {
  it.each(['nl', 'en'])('explains every principle of the default matrix (%s)', async (lang) => {
    await i18n.changeLanguage(lang);
    for (const p of template.principles) {
      const { container, unmount } = render(<PrincipleHelp principleKey={p.key} />);
      const details = container.querySelector('details')!;
      expect(details, p.key).not.toBeNull();
      expect(details.open).toBe(false);
      expect(details.querySelectorAll('li').length, p.key).toBeGreaterThan(1);
      expect(details.textContent!.length, p.key).toBeGreaterThan(200);
      unmount();
    }
  });

  // Opening by keyboard is proven in Chromium (test/e2e/conversation-sections.test.ts): jsdom has no <summary> keys.
  it('names the practice tools the principle refers to', () => {
    const { container } = render(<PrincipleHelp principleKey="assessment" />);
    expect(screen.getByText('Wat betekent dit uitgangspunt in de praktijk?').tagName).toBe('SUMMARY');
    expect(container.textContent).toContain('Driekolommenmodel');
    expect(container.textContent).toContain('Gevaarsboodschap');
  });

  it("shows nothing for a principle of an organisation's own matrix without help text", () => {
    const { container } = render(<PrincipleHelp principleKey="eigen-uitgangspunt" />);
    expect(container.innerHTML).toBe('');
  });
});
