// Lint: TypeScript recommended rules plus the layer rule from docs/ARCHITECTURE.md
// (shared ← db ← {server, electron}; renderer → shared only).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.native-electron/**', 'tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
    },
  },
  layer(
    ['shared/**'],
    ['db', 'server', 'electron', 'renderer'],
    'shared/ is pure domain code and imports nothing else of ours.',
  ),
  layer(['db/**'], ['server', 'electron', 'renderer'], 'db/ may import only shared/.'),
  layer(
    ['renderer/**'],
    ['db', 'server', 'electron'],
    'The renderer talks to data only through the typed API (renderer/api/client.ts).',
  ),
  layer(['server/**'], ['renderer', 'electron'], 'server/ may import shared/ and db/ only.'),
  layer(['electron/**'], ['renderer', 'server'], 'electron/ may import shared/ and db/ only.'),
);
