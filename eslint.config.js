// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every feature folder under src/features/. */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Packages only one module may reach (elkjs, mdx-bundler): every browser zone forbids them. */
const ONE_MODULE_PACKAGES = [
  {
    name: 'elkjs',
    message: 'elkjs is reached only through src/pipeline/layout.ts (and the compact worker).',
  },
  {
    name: 'elkjs/lib/elk.bundled.js',
    message: 'elkjs is reached only through src/pipeline/layout.ts.',
  },
  {
    name: 'mdx-bundler',
    message: 'MDX is compiled only in src/pipeline/docs.ts, at build time.',
  },
];

/**
 * The dependency rule of docs/architecture.md, enforced here. Each zone's message says why,
 * so a contributor who trips it learns the rule from the error.
 */
const ZONES = [
  {
    target: './src/model',
    from: ['./src/state', './src/ui', './src/features', './src/app', './src/pipeline'],
    message:
      'src/model is pure graph logic shared by the build and the browser: it may not import UI, state, features, app or pipeline code.',
  },
  {
    target: './src/state',
    from: ['./src/ui', './src/features', './src/app', './src/pipeline'],
    message: 'src/state may import src/model only.',
  },
  {
    target: './src/ui',
    from: ['./src/model', './src/state', './src/features', './src/app', './src/pipeline'],
    message:
      'src/ui is presentational and knows nothing of the atlas: it may not import anything from src/.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/pipeline'],
    message: 'A feature may import model, state and ui, never the app shell or the build pipeline.',
  },
  {
    target: './src/app',
    from: ['./src/pipeline'],
    message: 'Browser code never imports the build pipeline (Node only).',
  },
  {
    target: './src/pipeline',
    from: ['./src/state', './src/ui', './src/features', './src/app'],
    message: 'The pipeline runs in Node at build time: it may import src/model only.',
  },
  // Features are vertical slices: none imports another (shared code moves down to model/state/ui).
  // The list is read from the folder, so a new feature is checked the day it is created.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other: move shared code down to src/model, src/state or src/ui.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.atlas-cache', 'shots', 'tmp-tools', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: the page runs under a CSP without unsafe-eval.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the page runs under a CSP without unsafe-eval.',
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo|fixme)$/]',
          message: 'No focused or skipped tests: a skipped test proves nothing.',
        },
        {
          // Playwright's test.describe.only / .skip / .fixme.
          selector:
            'CallExpression[callee.object.property.name="describe"][callee.property.name=/^(only|skip|fixme)$/]',
          message: 'No focused or skipped tests: a skipped test proves nothing.',
        },
      ],
    },
  },
  {
    // A Playwright fixture hands its value on through a callback named `use`, which is not React's.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // The compact worker is the one browser module allowed to load elkjs (lazily, off the main thread).
    ignores: ['src/pipeline/**', 'src/features/map/compact-worker.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ONE_MODULE_PACKAGES }],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // ESLint keeps one options object per rule: the model's own ban adds to the general
          // one rather than replacing it, so model code may not reach elkjs either.
          paths: ONE_MODULE_PACKAGES,
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', 'wouter'],
              message: 'src/model has no React: it is shared with the build.',
            },
          ],
        },
      ],
    },
  },
);
