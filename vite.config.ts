import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { offlinePlugin } from './scripts/build/viteOffline.ts';
import {
  SINGLE_FILE_MODE,
  singleFileBuild,
  singleFilePlugins,
} from './scripts/build/viteSingleFile.ts';

const ICON = fileURLToPath(new URL('./assets/icon.svg', import.meta.url));

/**
 * main.ts imports the game (createGame and Phaser) once it knows the address opens the game;
 * modulepreload links let the browser fetch and compile those chunks while the title's own
 * scripts load, instead of after them. Pages without a game (result cards, the trainer's
 * pages) fetch them too: the chunks are long-cached, and the game is one click away.
 */
function preloadGame(): Plugin {
  return {
    name: 'four-stages-preload-game',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((output) => output.type === 'chunk');
        const phaser = chunks.find((chunk) => chunk.name === 'phaser');
        if (!phaser) return [];
        // The game's own chunk is the dynamic entry that imports Phaser directly.
        const game = chunks.filter(
          (chunk) => chunk.isDynamicEntry && chunk.imports.includes(phaser.fileName),
        );
        return [...game, phaser].map((chunk) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

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
      preloadGame(),
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
