/**
 * Writes datasets.json: the deterministic data sets the agreement module is checked against (reference.py and
 * reference.R compute their figures from this file). A pair is [consultant, reviewer] on the set's scale, N/A left
 * out. The random sets come from a seeded generator (mulberry32), so every run writes the same file.
 * Run: node scripts/agreement-reference/make-datasets.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clip = (v, min, max) => Math.min(max, Math.max(min, v));

/** Consultant around `centre`, reviewer = consultant + offset + noise in [-spread, spread], both clipped. */
function correlated(seed, n, scale, { centre, width, offset = 0, spread = 1 }) {
  const rand = mulberry32(seed);
  const pairs = [];
  for (let i = 0; i < n; i++) {
    const c = clip(Math.round(centre + (rand() * 2 - 1) * width), scale.min, scale.max);
    const noise = (rand() * 2 - 1) * spread;
    pairs.push([c, clip(Math.round(c + offset + noise), scale.min, scale.max)]);
  }
  return pairs;
}

function fromCounts(cells) {
  return cells.flatMap(([c, r, n]) => Array.from({ length: n }, () => [c, r]));
}

const ten = { min: 0, max: 10 };
const sets = [
  {
    name: 'small',
    scale: ten,
    pairs: [
      [6, 7],
      [4, 4],
      [8, 7],
      [5, 6],
      [7, 7],
      [3, 5],
      [9, 8],
      [6, 6],
      [2, 3],
      [7, 9],
      [5, 5],
      [8, 8],
    ],
  },
  { name: 'large', scale: ten, pairs: correlated(15, 500, ten, { centre: 6, width: 4, spread: 2 }) },
  { name: 'perfect', scale: ten, pairs: correlated(3, 30, ten, { centre: 5, width: 5, spread: 0 }) },
  { name: 'offset', scale: ten, pairs: correlated(4, 40, ten, { centre: 4, width: 3, offset: 2, spread: 0 }) },
  { name: 'unused-categories', scale: ten, pairs: correlated(5, 35, ten, { centre: 5, width: 2, spread: 1 }) },
  {
    name: 'scale-1-4',
    scale: { min: 1, max: 4 },
    pairs: correlated(6, 60, { min: 1, max: 4 }, { centre: 2.5, width: 1.5 }),
  },
  {
    name: 'many-ties',
    scale: ten,
    pairs: fromCounts([
      [5, 5, 30],
      [5, 6, 12],
      [6, 5, 9],
      [6, 6, 14],
      [4, 5, 3],
      [7, 6, 2],
    ]),
  },
  { name: 'kappa-undefined', scale: ten, pairs: fromCounts([[6, 6, 25]]) },
  { name: 'one-rater-constant', scale: ten, pairs: correlated(8, 24, ten, { centre: 6, width: 0, spread: 2 }) },
  {
    name: 'disagreeing',
    scale: ten,
    pairs: fromCounts([
      [2, 8, 5],
      [8, 2, 5],
      [3, 7, 6],
      [7, 3, 4],
      [5, 5, 2],
    ]),
  },
  {
    name: 'three-pairs',
    scale: ten,
    pairs: [
      [4, 5],
      [7, 7],
      [2, 4],
    ],
  },
  {
    name: 'team-year',
    scale: ten,
    pairs: correlated(2026, 48, ten, { centre: 6.5, width: 3, offset: -0.4, spread: 1.5 }),
  },
  { name: 'team-quarter', scale: ten, pairs: correlated(7, 21, ten, { centre: 5.5, width: 2.5, spread: 1 }) },
  {
    name: 'scale-1-4-large',
    scale: { min: 1, max: 4 },
    pairs: correlated(99, 480, { min: 1, max: 4 }, { centre: 3, width: 1.5, offset: -0.3, spread: 1 }),
  },
];

/** Spreads of values that need not be integers (a principle's score is the mean of item scores). */
const spreads = [
  { name: 'means', values: [6.5, 7, 5.25, 8, 6.5, 4.75, 9, 7.5, 6, 6.5, 3.5] },
  { name: 'one-value', values: [7] },
  { name: 'two-values', values: [3, 8] },
  { name: 'ties', values: [5, 5, 5, 5, 6, 6, 9, 1, 5] },
];

const here = path.dirname(fileURLToPath(import.meta.url));
fs.writeFileSync(path.join(here, 'datasets.json'), `${JSON.stringify({ sets, spreads }, null, 1)}\n`);
console.log(`wrote ${sets.length} data sets and ${spreads.length} spreads`);
