// Lint: TypeScript and React hooks rules, the import boundaries of docs/ARCHITECTURE.md (eslint/boundaries.js) and
// the size limits (no source file over 300 lines, no function over 80). Formatting is Prettier's (`prettier --check`).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint/boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.native-electron/**', 'tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { casusaudit: { rules: { boundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
      'casusaudit/boundaries': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Short enough to read at once. Tests and data are exempt (long tables of cases are easier to read whole).
    files: ['{shared,db,server,electron,renderer,scripts,eslint}/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
);
