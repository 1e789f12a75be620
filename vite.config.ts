import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { parseRepository } from './src/model/fix-links.ts';
import { atlasPlugin } from './src/pipeline/vite-plugin.ts';

/**
 * The Content-Security-Policy of the built app. The dev server needs inline styles and its
 * websocket, so the policy is added to the built index.html only; docs/security.md has the
 * same policy as a header for servers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'jupyter-atlas-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

/**
 * The atlas's own GitHub repository, for "Edit on GitHub" and "Report a wrong fact": the
 * ATLAS_REPOSITORY setting (https://github.com/OWNER/NAME; the Pages workflow passes its own),
 * else this clone's origin remote when it is on GitHub, else none (the panels then show the
 * file's path). ATLAS_BRANCH names the branch edit links open (main).
 */
function atlasRepository(): string {
  const named = process.env.ATLAS_REPOSITORY;
  if (named !== undefined) return parseRepository(named)?.url ?? '';
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseRepository(origin)?.url ?? '';
  } catch {
    return '';
  }
}

export default defineConfig({
  define: {
    'import.meta.env.ATLAS_REPOSITORY': JSON.stringify(atlasRepository()),
    'import.meta.env.ATLAS_BRANCH': JSON.stringify(process.env.ATLAS_BRANCH ?? 'main'),
  },
  // Set ATLAS_BASE=/some/path/ to host the atlas under a sub-path.
  base: process.env.ATLAS_BASE ?? '/',
  // ATLAS_DATA_ROOT builds the app over another folder's graph-data/ and docs/ (fixtures, benchmarks).
  plugins: [react(), atlasPlugin({ root: process.env.ATLAS_DATA_ROOT }), contentSecurityPolicy()],
  resolve: {
    // wouter and zustand (React Flow's store) import the shim that brings useSyncExternalStore to
    // React 16 and 17; the same package's builds for React 18 and newer use React's own hook.
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: 'use-sync-external-store',
      },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser of the es2022 target supports modulepreload; the polyfill would only ship
    // bytes (index.html has no modulepreload links anyway, see src/pipeline/vite-plugin.ts).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The small modules the map's first screen shares with the pages loaded later would each
        // be a chunk of their own (five requests of 1–10 kB); one chunk holds them instead.
        codeSplitting: {
          groups: [
            {
              name: 'map-shared',
              test: /src\/(ui\/kind-chip|model\/scene|state\/map-bridge|state\/view-drawings|state\/url-state|state\/shortcuts|ui\/error-boundary|ui\/deferred-module)\./,
            },
          ],
        },
      },
    },
  },
});
