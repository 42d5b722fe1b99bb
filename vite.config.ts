import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { offlinePlugin } from './scripts/build/viteOffline.ts';
import {
  SINGLE_FILE_MODE,
  singleFileBuild,
  singleFilePlugins,
} from './scripts/build/viteSingleFile.ts';

const ICON = fileURLToPath(new URL('./assets/icon.svg', import.meta.url));

const shared: UserConfig = {
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
};

export default defineConfig(({ mode }) => {
  // The nested build of four-stages.html: one chunk, everything inlined (scripts/build/viteSingleFile.ts).
  if (mode === SINGLE_FILE_MODE) {
    return { ...shared, plugins: singleFilePlugins(ICON), build: { target: 'es2022' } };
  }
  return {
    ...shared,
    plugins: [
      // Offline play: the service worker's precache list and cache version come from the build.
      offlinePlugin(ICON),
      // Play from a folder: the same game as one self-contained file beside index.html.
      singleFileBuild(fileURLToPath(import.meta.url)),
    ],
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
  };
});
