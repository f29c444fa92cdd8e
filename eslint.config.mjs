// ESLint over the TypeScript and the build scripts: ESLint's and typescript-eslint's recommended rules, without
// type information (fast enough to run inside `npm test`: test/unit/lint.test.ts runs this configuration).
// Rules switched off or adjusted below fire on patterns this project uses on purpose; each says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the linter reads: every folder of source, test and tooling, and the build scripts at the root. */
export const LINTED = ['client/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'eval/**/*.ts', 'scripts/**/*.mjs', '*.mjs'];

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'test/fixtures/**'] },
  {
    files: LINTED,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore marks a parameter or binding unused on purpose (a callback's fixed signature, a loop
      // that only counts); a rest sibling drops a property from a copy (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An ignored error is deliberate where a catch is empty: logging over a connection that is already closed,
      // best-effort clean-up. Empty blocks elsewhere are still errors.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Text cleaning matches NUL and the ASCII separators (\x1c-\x1f) on purpose: binary files, CoNLL and brat
      // field separators.
      'no-control-regex': 'off',
      // `\-` and `\[` inside a character class keep those characters literal wherever the class is edited later.
      'no-useless-escape': ['error', { allowRegexCharacters: ['-', '['] }],
    },
  },
  {
    // Tests read untyped data (foreign export formats' JSON, the browser's DOM through playwright without the DOM
    // typings): `any` is the honest type there.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The benchmark loads the peer libraries and the analyzer bundle with require() on purpose: when (and from
    // which path) they load is what it measures.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // `import x = require()` binds the real module objects, which the network guard patches (a namespace import
    // would be a copy, and patching it would guard nothing).
    files: ['test/robustness/support/network-guard.ts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }] },
  },
);
