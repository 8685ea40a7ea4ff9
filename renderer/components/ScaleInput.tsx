/**
 * A 0–10 scale as large radio targets with written anchors at both ends. Mouse, touch and keyboard: arrows move
 * (native radio behaviour), a digit jumps straight to that score, Home and End to the lowest and highest (10), and
 * Enter moves on (`onEnter`). No timing: "1" then "0" is 0, never a guess at 10. The chosen radio keeps focus, so a
 * screen reader announces the score.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Scale } from '../../shared/domain/template';

interface Props {
  name: string;
  scale: Scale;
  minAnchor: string;
  maxAnchor: string;
  value: number | null;
  disabled?: boolean;
  labelledBy: string;
  onChange: (score: number) => void;
  /** Enter on the scale: move on to the next question. */
  onEnter?: () => void;
}

/** The score a key picks on this scale, if any. */
function scoreForKey(key: string, scale: Scale): number | null {
  if (/^[0-9]$/.test(key)) return Number(key);
  if (key === 'Home') return scale.min;
  if (key === 'End') return scale.max;
  return null;
}

export function ScaleInput(props: Props) {
  const { name, scale, minAnchor, maxAnchor, value, disabled, labelledBy, onChange, onEnter } = props;
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const group = useRef<HTMLDivElement>(null);

  const choose = (v: number) => {
    if (v < scale.min || v > scale.max || disabled) return;
    onChange(v);
    group.current?.querySelector<HTMLInputElement>(`input[value="${v}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      return onEnter();
    }
    const score = scoreForKey(e.key, scale);
    if (score === null) return;
    e.preventDefault();
    choose(score);
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
