import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.data', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },

  // One import order everywhere (packages, then `@/` app modules, then relative ones); Prettier does the rest of the layout.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { import: importPlugin },
    rules: {
      'import/order': [
        'error',
        {
          groups: [['builtin', 'external'], 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  { files: ['scripts/**', '*.config.*'], languageOptions: { globals: globals.node } },

  // The app: React rules and the dependency rule app → features → shared.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin, 'jsx-a11y': jsxA11y },
    extends: [reactHooks.configs.flat['recommended-latest'], ...pluginQuery.configs['flat/recommended-strict']],
    languageOptions: { globals: globals.browser },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.app.json' } } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features never import each other; share through components, lib or hooks.',
            })),
            { target: './src/features', from: './src/app', message: 'Features must not depend on the app layer.' },
            {
              target: './src/features/members-import/core',
              from: './src/features/members-import',
              except: ['./core'],
              message: 'The import core is pure: it imports nothing else of members-import (scripts/ run it in Node).',
            },
            {
              target: ['./src/components', './src/lib', './src/theme', './src/config', './src/hooks'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app layer.',
            },
          ],
        },
      ],
      'import/no-cycle': 'error',
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['PortalSession', 'SessionStore'] } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/arcgis/**', 'src/features/*/api/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@esri/*'], message: 'Call ArcGIS only from features/*/api or lib/arcgis.' }] }],
    },
  },
  // scripts/ may use only the import's pure core (and two lib files) from the app.
  {
    files: ['scripts/**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.node.json' } } },
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './scripts',
              from: './src',
              except: ['./features/members-import/core', './lib/arcgis/role-labels.ts', './lib/arcgis/license-seats.ts'],
              message: 'scripts/ imports only src/features/members-import/core (and lib/arcgis role-labels, license-seats).',
            },
          ],
        },
      ],
    },
  },
  // emulator/ and e2e/ stand apart from the app.
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../src/*', '../../src/*', '@/*'], message: 'emulator/, e2e/ and bench/ never import the app.' }] },
      ],
    },
  },
  { files: ['e2e/**/*.ts'], ...playwright.configs['flat/recommended'] },
);
