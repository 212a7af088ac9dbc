import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The gateway serves the built files at / and answers /api, /q and /console-config.json itself;
// `npm run dev` forwards those to a gateway on localhost:8080 (GATEWAY to point elsewhere).
const gateway = process.env.GATEWAY ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // no inline <script> or data: URLs in the page: the gateway's Content-Security-Policy allows only 'self'
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': gateway,
      '/q': gateway,
      '/console-config.json': gateway,
    },
  },
});
