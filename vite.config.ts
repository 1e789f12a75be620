import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  // Set ATLAS_BASE=/some/path/ to host the atlas under a sub-path.
  base: process.env.ATLAS_BASE ?? '/',
  // ATLAS_DATA_ROOT builds the app over another folder's graph-data/ and docs/ (fixtures, benchmarks).
  plugins: [react(), atlasPlugin({ root: process.env.ATLAS_DATA_ROOT }), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
