import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'server/src/__generated__/**',
      'web/src/gql/**',
      'server/embedded-neo4j/target/**',
      'web/test-results/**',
      // Neo4j's data folders: files come and go while a database runs.
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Resolvers are thin: the driver is reached only through the executor (STYLE.md).
    files: ['server/src/schema/**/*.ts', 'server/src/http/**/*.ts', 'web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only server/src/db reaches the driver.' }] },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '**/*.test.ts',
      '**/e2e/**/*.ts',
      'server/test/**/*.ts',
      'server/bench/**/*.ts',
      'server/src/cli/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
