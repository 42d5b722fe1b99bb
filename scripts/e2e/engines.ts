/**
 * Cross-engine runner (`npm run test:engines`): serves the built game from a static server on
 * loopback and runs test/engines/ against it (E2E_URL): the golden replays in Node, Chromium,
 * Firefox and WebKit, and result links opened in the built game. Builds first when the build folder
 * is missing; E2E_DIST names another folder, as for the browser tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../staticServer';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

async function main(): Promise<number> {
  const outDir = process.env['E2E_DIST'] ?? `${root}/dist`;
  if (!existsSync(`${outDir}/index.html`)) {
    const outDirArgs = process.env['E2E_DIST'] ? ['--outDir', outDir] : [];
    const build = spawnSync(process.execPath, [vite, 'build', ...outDirArgs, '--emptyOutDir'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  const server = await serveStatic(outDir);
  try {
    // Not spawnSync: the static server in this process must keep answering while the tests run.
    const tests = spawn(
      process.execPath,
      [vitest, 'run', '-c', 'vitest.engines.config.ts', ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, E2E_URL: server.url, E2E_DIST: outDir },
      },
    );
    return await new Promise<number>((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
