import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { firstScreenPrefetch } from './scripts/first-screen-prefetch';
import { headersFile, iisWebConfig, metaContentSecurityPolicy, nginxHeaders, securityHeaders } from './src/config/security-policy';

/**
 * The built index.html carries the content security policy (any static host serves it), and the build ships the
 * full header set, `frame-ancestors` included, for Netlify/Cloudflare (`_headers`), nginx and IIS (see the README).
 */
function securityPolicy(): Plugin {
  return {
    name: 'roster-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      const headers = securityHeaders('production');
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headers) });
      this.emitFile({ type: 'asset', fileName: 'security-headers.nginx.conf', source: nginxHeaders(headers) });
      this.emitFile({ type: 'asset', fileName: 'security-headers.iis.config', source: iisWebConfig(headers) });
    },
  };
}

/**
 * `vite preview` (the e2e tests and the bench) serves the hashed files under /assets as never changing, as a production
 * host should: a new build gives them new names, and a returning browser then needs no round trip per file.
 */
function immutableAssets(): Plugin {
  return {
    name: 'roster-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), securityPolicy(), firstScreenPrefetch(), immutableAssets()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, headers: securityHeaders('development') },
  preview: { port: 4173, strictPort: true, headers: securityHeaders('production') },
  worker: { format: 'es' },
  // The members route carries MUI X Data Grid (~170 KB gzip); it is lazy-loaded, never on the first screen.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'app', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        test: { name: 'emulator', environment: 'node', include: ['emulator/**/*.test.ts'] },
      },
    ],
  },
});
