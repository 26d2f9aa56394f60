import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/; its build lands in web/dist, which the BFF serves.
export default defineConfig({
  root: 'web',
  // Relative asset URLs: one build serves any BASE_PATH. The server makes index.html's absolute under its prefix
  // (server/src/http/index-page.ts); chunks load each other relative to their own URL.
  base: './',
  plugins: [react()],
  resolve: {
    // The React 17 shim of useSyncExternalStore that wouter imports: React 19 has the hook, so it is first-load
    // JavaScript for nothing (web/src/lib/use-sync-external-store-shim.ts).
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./web/src/lib/use-sync-external-store-shim.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one file. Without this group, Rolldown moves modules the entry shares
        // with a lazy chunk (React among them) into common chunks of their own once a lazy chunk is imported from a
        // module that also imports them (rolldown/rolldown#10731): three files, compressed apart, 3 KB more.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
    // Hidden source maps: debuggable, but no inline script or comment that points a browser at them.
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
