/**
 * End-to-end runner: serves dist/ with `vite preview` on a free port, runs the browser tests
 * against it (E2E_URL), stops the server by its PID and exits with the tests' exit code.
 * Builds first when dist/ is missing (`npm test` has just built it). E2E_DIST names another
 * build folder, so that parallel work on one checkout does not overwrite each other's build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

async function main(): Promise<number> {
  const outDir = process.env.E2E_DIST ?? `${root}/dist`;
  const outDirArgs = process.env.E2E_DIST ? ['--outDir', outDir] : [];
  if (!existsSync(`${outDir}/index.html`)) {
    const build = spawnSync(process.execPath, [vite, 'build', ...outDirArgs, '--emptyOutDir'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    process.execPath,
    [vite, 'preview', ...outDirArgs, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitForServer(url, server, 30_000);
    const tests = spawnSync(
      process.execPath,
      [vitest, 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
      { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_URL: url } },
    );
    return tests.status ?? 1;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
