/**
 * A compact bar chart of one step over the quarters (and now), in Okabe-Ito blue on a light track; a quarter with
 * too few dossiers has no bar, only a short grey dash. Hidden from assistive technology: the table beside it holds
 * the same figures.
 */
import type { BreadthCell } from '../../../shared/domain/breadthView';

const BAR = 10;
const GAP = 4;
const HEIGHT = 28;
/** Okabe-Ito blue and vermillion-free grey: readable for every kind of colour blindness. */
const BLUE = '#0072B2';
const TRACK = '#e6eef5';
const DASH = '#6b6b6b';

export function TrendChart({ cells }: { cells: BreadthCell[] }) {
  const width = cells.length * (BAR + GAP) - GAP;
  return (
    <svg
      className="trend-chart"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {cells.map((c, i) => {
        const x = i * (BAR + GAP);
        if (c.percent === null) return <rect key={c.quarter} x={x} y={HEIGHT - 2} width={BAR} height={2} fill={DASH} />;
        const h = Math.max(1, (c.percent / 100) * HEIGHT);
        return (
          <g key={c.quarter}>
            <rect x={x} y={0} width={BAR} height={HEIGHT} fill={TRACK} />
            <rect x={x} y={HEIGHT - h} width={BAR} height={h} fill={BLUE} />
          </g>
        );
      })}
    </svg>
  );
}
