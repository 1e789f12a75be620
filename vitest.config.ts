import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Vitest's own config, so the tests do not run the atlas's Vite plugin: with it, every test
 * project built the real atlas before its first test. Tests that need an atlas build the one they
 * need (the fixture in tests/component/global-setup.ts, the real data in tests/data, a production
 * build in tests/build).
 */
export default defineConfig({
  plugins: [react()],
  // The component tests see a build that names a repository (vite.config.ts's setting).
  define: {
    'import.meta.env.ATLAS_REPOSITORY': JSON.stringify('https://github.com/example/jupyter-atlas'),
    'import.meta.env.ATLAS_BRANCH': JSON.stringify('main'),
  },
  test: {
    // Vitest's default is one worker fewer than the cores: one, on this 2-core machine, so every
    // file ran after the other. Two workers halve the wall time (issue #17: npm test ≤ 45 s).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/build/**/*.test.ts',
          ],
          environment: 'node',
          // Node tests share nothing through module state, so a worker keeps its imported
          // modules between files instead of importing the pipeline again for each one.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          // Rendering a whole page in jsdom on a loaded machine can pass the default 5 s.
          testTimeout: 15000,
          // Like the node tests: no re-import of React and the app per file. Each test renders
          // its own tree and Testing Library unmounts it; the suite passes shuffled
          // (`npx vitest run --sequence.shuffle`), so no test leans on another's leftovers.
          isolate: false,
          setupFiles: ['tests/component/setup.ts'],
          globalSetup: ['tests/component/global-setup.ts'],
        },
      },
    ],
  },
});
