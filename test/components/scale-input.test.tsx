/** Scoring with the keyboard: digits jump, End gives 10 (no timing), arrows move, Enter moves on, N/A disables. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ScaleInput } from '../../renderer/components/ScaleInput';

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

function Harness({ disabled = false, saved, onEnter }: { disabled?: boolean; saved: number[]; onEnter?: () => void }) {
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
        onEnter={onEnter}
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

  it('takes digits, End for 10, Home for 0, and arrows; "1" then "0" is 0, whatever the speed', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    render(<Harness saved={saved} />);
    await user.tab();
    await user.keyboard('7');
    expect(checked()).toBe(7);
    await user.keyboard('{End}');
    expect(checked()).toBe(10);
    await user.keyboard('{ArrowLeft}');
    expect(checked()).toBe(9);
    await user.keyboard('10');
    expect(checked()).toBe(0);
    await user.keyboard('3{Home}');
    expect(checked()).toBe(0);
    expect(saved).toEqual([7, 10, 9, 1, 0, 3, 0]);
    // The chosen score keeps focus, so a screen reader announces it.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '0: nog niet' }));
  });

  it('moves on with Enter, without changing the score', async () => {
    const user = userEvent.setup();
    const saved: number[] = [];
    let entered = 0;
    render(<Harness saved={saved} onEnter={() => entered++} />);
    await user.tab();
    await user.keyboard('4{Enter}');
    expect(entered).toBe(1);
    expect(saved).toEqual([4]);
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
