import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/build/viteOffline.ts';

export default defineConfig({
  base: './',
  // Offline play: the service worker's precache list and cache version come from the build.
  plugins: [offlinePlugin(fileURLToPath(new URL('./assets/icon.svg', import.meta.url)))],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Vite 8 requires a function here; Phaser gets its own long-cached chunk.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
});
