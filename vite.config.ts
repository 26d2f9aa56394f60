import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/; its build lands in web/dist, which the BFF serves.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hidden source maps: debuggable, but no inline script or comment that points a browser at them.
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
