/**
 * Both scores of one item on one line: the consultant as a circle, the reviewer as a diamond, in two neutral
 * colours. Shape, colour and the number beside each marker all tell them apart.
 */
import type { Answer } from '../../../shared/domain/compare';
import type { Rater } from '../../../shared/domain/model';
import type { Scale } from '../../../shared/domain/template';

const W = 440;
const PAD = 18;
const AXIS_Y = 30;
const H = 60;
const R = 7;

export const xOf = (scale: Scale, value: number, width = W, pad = PAD) =>
  pad + ((value - scale.min) / (scale.max - scale.min)) * (width - 2 * pad);

export function Marker({ rater, x, y, r = R }: { rater: Rater; x: number; y: number; r?: number }) {
  return rater === 'consultant' ? (
    <circle cx={x} cy={y} r={r} className="mark mark--consultant" />
  ) : (
    <rect
      x={x - r * 0.8}
      y={y - r * 0.8}
      width={r * 1.6}
      height={r * 1.6}
      transform={`rotate(45 ${x} ${y})`}
      className="mark mark--reviewer"
    />
  );
}

/** The tick values to label: every point on small scales, about ten on larger ones. */
export function ticks(scale: Scale): number[] {
  const span = scale.max - scale.min;
  const step = span <= 10 ? 1 : Math.ceil(span / 10);
  const out: number[] = [];
  for (let v = scale.min; v <= scale.max; v += step) out.push(v);
  if (out[out.length - 1] !== scale.max) out.push(scale.max);
  return out;
}

export function ScoreLine({ scale, answers, label }: { scale: Scale; answers: Record<Rater, Answer>; label: string }) {
  const c = answers.consultant.kind === 'score' ? answers.consultant.score : null;
  const r = answers.reviewer.kind === 'score' ? answers.reviewer.score : null;
  const cx = c === null ? null : xOf(scale, c);
  const rx = r === null ? null : xOf(scale, r);
  // Close together: lift the circle and lower the diamond so both stay visible.
  const close = cx !== null && rx !== null && Math.abs(cx - rx) < 2 * R + 2;
  const cy = close ? AXIS_Y - 7 : AXIS_Y;
  const ry = close ? AXIS_Y + 7 : AXIS_Y;
  return (
    <svg className="score-line" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} focusable="false">
      <line x1={PAD} x2={W - PAD} y1={AXIS_Y} y2={AXIS_Y} className="score-line__axis" />
      {ticks(scale).map((v) => (
        <g key={v}>
          <line x1={xOf(scale, v)} x2={xOf(scale, v)} y1={AXIS_Y - 4} y2={AXIS_Y + 4} className="score-line__tick" />
          <text x={xOf(scale, v)} y={H - 3} textAnchor="middle" className="score-line__label">
            {v}
          </text>
        </g>
      ))}
      {cx !== null && rx !== null && !close && (
        <line x1={cx} x2={rx} y1={AXIS_Y} y2={AXIS_Y} className="score-line__gap" />
      )}
      {cx !== null && (
        <>
          <Marker rater="consultant" x={cx} y={cy} />
          <text x={cx} y={cy - R - 4} textAnchor="middle" className="score-line__value score-line__value--consultant">
            {c}
          </text>
        </>
      )}
      {rx !== null && (
        <>
          <Marker rater="reviewer" x={rx} y={ry} />
          {/* The reviewer's number sits beside the diamond, so it never collides with the tick labels. */}
          <text
            x={rx > W - 2 * PAD - 10 ? rx - R - 5 : rx + R + 5}
            y={ry + 4}
            textAnchor={rx > W - 2 * PAD - 10 ? 'end' : 'start'}
            className="score-line__value score-line__value--reviewer"
          >
            {r}
          </text>
        </>
      )}
    </svg>
  );
}
