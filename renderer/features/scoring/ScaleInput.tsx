/**
 * A 0–10 scale as large radio targets with written anchors at both ends. Mouse, touch and keyboard:
 * arrows move (native radio behaviour), digits jump straight to a score ("1" then "0" quickly gives 10).
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Scale } from '../../../shared/domain/template';

interface Props {
  name: string;
  scale: Scale;
  minAnchor: string;
  maxAnchor: string;
  value: number | null;
  disabled?: boolean;
  labelledBy: string;
  onChange: (score: number) => void;
}

const TEN_WINDOW_MS = 800;

export function ScaleInput({ name, scale, minAnchor, maxAnchor, value, disabled, labelledBy, onChange }: Props) {
  const lastDigit = useRef<{ digit: number; at: number } | null>(null);
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const group = useRef<HTMLDivElement>(null);

  const choose = (v: number) => {
    if (v < scale.min || v > scale.max || disabled) return;
    onChange(v);
    group.current?.querySelector<HTMLInputElement>(`input[value="${v}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!/^[0-9]$/.test(e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    const digit = Number(e.key);
    const now = Date.now();
    const prev = lastDigit.current;
    lastDigit.current = { digit, at: now };
    if (prev && now - prev.at < TEN_WINDOW_MS && prev.digit === 1 && digit === 0 && scale.max >= 10) return choose(10);
    choose(digit);
  };

  return (
    <div className="scale" role="radiogroup" aria-labelledby={labelledBy} ref={group} onKeyDown={onKeyDown}>
      <div className="scale__options">
        {values.map((v) => (
          <label key={v} className={`scale__option${value === v ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              disabled={disabled}
              onChange={() => onChange(v)}
              aria-label={v === scale.min ? `${v}: ${minAnchor}` : v === scale.max ? `${v}: ${maxAnchor}` : String(v)}
            />
            <span aria-hidden="true">{v}</span>
          </label>
        ))}
      </div>
      <div className="scale__anchors" aria-hidden="true">
        <span>
          <strong>{scale.min}</strong> = {minAnchor}
        </span>
        <span className="scale__anchor-max">
          <strong>{scale.max}</strong> = {maxAnchor}
        </span>
      </div>
    </div>
  );
}
