/**
 * Joins datasets.json with the figures of scikit-learn (sklearn.json) and R (psych.json) into the one file the
 * tests read: test/fixtures/agreement-reference.json. Run: node scripts/agreement-reference/combine.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (name) => JSON.parse(fs.readFileSync(path.join(here, name), 'utf8'));
const data = read('datasets.json');
const sklearn = read('sklearn.json');
const r = read('psych.json');

const out = {
  about:
    'Reference figures for shared/domain/agreement*.ts and spread.ts, made by scripts/agreement-reference/run.sh ' +
    '(see its README). kappaSklearn: scikit-learn cohen_kappa_score, quadratic, labels min..max. kappa: vcd::Kappa ' +
    'with Fleiss-Cohen weights and confint(). icc: psych::ICC(lmer = FALSE), Single_random_raters. psychKappa: ' +
    'psych::cohen.kappa weighted bounds, for the record only (README). Spreads: quantile(type = 7).',
  versions: { ...sklearn.versions, ...r.versions },
  sets: data.sets.map((set) => ({
    ...set,
    kappaSklearn: sklearn.kappa[set.name],
    ...r.sets[set.name],
  })),
  spreads: data.spreads.map((spread) => ({ ...spread, spread: r.spreads[spread.name] })),
};
const target = path.join(here, '..', '..', 'test', 'fixtures', 'agreement-reference.json');
fs.writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
