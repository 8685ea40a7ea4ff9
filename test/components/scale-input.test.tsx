/** Scoring with the keyboard: digits jump, "1" then "0" gives 10, arrows move, N/A disables the scale. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ScaleInput } from '../../renderer/features/scoring/ScaleInput';

// jsdom lacks CSS.escape, which user-event uses to move between radios with arrow keys.
const g = globalThis as { CSS?: { escape?: (s: string) => string } };
g.CSS ??= {};
g.CSS.escape ??= (v: string) => v.replace(/[^\w-]/g, (c) => `\\${c}`);

const scale = {
  min: 0,
  max: 10,
  minAnchor: { nl: 'nog niet', en: 'not yet' },
  maxAnchor: { nl: 'overal', en: 'everywhere' },
};

function Harness({ disabled = false, saved }: { disabled?: boolean; saved: number[] }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <>
      <p id="q">Vraag</p>
      <ScaleInput
        name="s"
        scale={scale}
        minAnchor="nog niet"
        maxAnchor="overal"
        value={value}
        disabled={disabled}
        labelledBy="q"
        onChange={(v) => {
          saved.push(v);
          setValue(v);
        }}
      />
    </>
  );
}

const checked = () => screen.getAllByRole('radio').findIndex((r) => (r as HTMLInputElement).checked);

describe('ScaleInput', () => {
  it('is one labelled radio group with eleven targets and anchors in their names', () => {
    render(<Harness saved={[]} />);
    expect(screen.getByRole('radiogroup', { name: 'Vraag' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByRole('radio', { name: '0: nog niet' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '10: overal' })).toBeTruthy();
  });

  it('takes digits, "1" then "0" as 10, and arrows', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    render(<Harness saved={saved} />);
    await user.tab();
    await user.keyboard('7');
    expect(checked()).toBe(7);
    await user.keyboard('10');
    expect(checked()).toBe(10);
    await user.keyboard('{ArrowLeft}');
    expect(checked()).toBe(9);
    await user.keyboard('3');
    expect(checked()).toBe(3);
    expect(saved).toEqual([7, 1, 10, 9, 3]);
  });

  it('ignores input when not applicable', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    render(<Harness disabled saved={saved} />);
    await user.click(screen.getByRole('radio', { name: '5' }));
    expect(saved).toEqual([]);
    expect(checked()).toBe(-1);
  });
});
