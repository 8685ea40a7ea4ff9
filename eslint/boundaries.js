/**
 * Local ESLint rule `casusaudit/boundaries`: which part of the code may import which (docs/ARCHITECTURE.md).
 * ESLint's own no-restricted-imports matches import strings only: it cannot tell where a relative path lands
 * (`../scoring/store` from one feature into another) and ignores `import()` and `require()`. This rule resolves
 * every static import, `export … from`, dynamic `import()` and `require()` against the file that contains it.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_BUILTINS = new Set(builtinModules);

/** The part of the code a repository-relative path belongs to, e.g. `renderer/features/scoring` or `db/api`. */
export function zoneOf(relative) {
  const [top, second, third] = relative.split(/[\\/]/);
  if (top === 'renderer') {
    if (second === 'features' && third) return `renderer/features/${third}`;
    if (['app', 'components', 'lib', 'api'].includes(second)) return `renderer/${second}`;
    return 'renderer';
  }
  if (top === 'db' && (second === 'api' || second === 'repositories')) return `db/${second}`;
  if (top === 'electron' && /^preload\.[cm]?[jt]s$/.test(second ?? '')) return 'electron/preload';
  return top;
}

const within = (zone, area) => zone === area || zone.startsWith(`${area}/`);
const isFeature = (zone) => zone.startsWith('renderer/features/');

/** Why an import from zone `from` into zone `to` is refused, or null when it is allowed. */
export function refusal(from, to) {
  if (within(from, 'shared') && ['db', 'server', 'electron', 'renderer'].some((a) => within(to, a)))
    return 'shared/ is pure domain code and imports nothing else of ours.';
  if (within(from, 'db') && ['server', 'electron', 'renderer'].some((a) => within(to, a)))
    return 'db/ may import only shared/.';
  if (from === 'db/repositories' && to === 'db/api')
    return 'Repositories hold SQL only; the rules in db/api use them, not the other way round.';
  if (within(from, 'server') && ['renderer', 'electron'].some((a) => within(to, a)))
    return 'server/ may import shared/ and db/ only.';
  if (from === 'electron/preload' && within(to, 'db'))
    return 'The preload runs sandboxed in the window: it may not load the database code (shared/api names only).';
  if (within(from, 'electron') && ['renderer', 'server'].some((a) => within(to, a)))
    return 'electron/ may import shared/ and db/ only.';
  if (within(from, 'renderer') && ['db', 'server', 'electron'].some((a) => within(to, a)))
    return 'The renderer talks to data only through the typed API (renderer/api/client.ts).';
  if (isFeature(from) && to === 'renderer/app')
    return 'A feature does not import the app shell: the shell composes features and passes callbacks.';
  if (isFeature(from) && isFeature(to) && from !== to)
    return 'Features do not import each other: move what both need to renderer/components or renderer/lib.';
  if (
    ['renderer/components', 'renderer/lib', 'renderer/api'].includes(from) &&
    (isFeature(to) || to === 'renderer/app')
  )
    return `${from}/ is shared by the features and imports none of them (nor the app shell).`;
  return null;
}

const NO_NODE = 'shared/ and renderer/ run in the browser too: no Node built-ins.';

/** @type {import('eslint').Rule.RuleModule} */
export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the import boundaries of docs/ARCHITECTURE.md, dynamic import() included.' },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const from = zoneOf(path.relative(ROOT, file));
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const to = zoneOf(path.relative(ROOT, path.resolve(path.dirname(file), source)));
        const message = refusal(from, to);
        if (message) context.report({ node, message: `'${source}': ${message}` });
      } else if (
        (within(from, 'shared') || within(from, 'renderer')) &&
        (source.startsWith('node:') || NODE_BUILTINS.has(source.split('/')[0]))
      ) {
        context.report({ node, message: `'${source}': ${NO_NODE}` });
      }
    };
    const literal = (node) =>
      node?.type === 'Literal'
        ? node.value
        : node?.type === 'TemplateLiteral' && node.expressions.length === 0
          ? node.quasis[0]?.value.cooked
          : undefined;
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportEqualsDeclaration: (node) => check(node, literal(node.moduleReference?.expression)),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, literal(node.arguments[0]));
      },
    };
  },
};
