/**
 * WebKit two ways, both from Debian: the bare engine (`jsc`, from libjavascriptcoregtk-4.0-bin)
 * for the golden replays, and WebKitGTK's MiniBrowser (webkit2gtk-driver) for the built game. The
 * MiniBrowser needs a display, so it runs under its own Xvfb; WebKitWebDriver speaks classic
 * WebDriver over HTTP on loopback, few enough commands that plain fetch drives it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const JSC_PATH = '/usr/bin/jsc';
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = '/usr/bin/Xvfb';

/** Runs one program in the jsc shell and returns what it printed; throws on a non-zero exit. */
export function runJsc(program: string): string {
  if (!existsSync(JSC_PATH)) {
    throw new Error(`${JSC_PATH} is missing: apt-get install -y libjavascriptcoregtk-4.0-bin`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'four-stages-jsc-'));
  try {
    const file = join(dir, 'program.js');
    writeFileSync(file, program);
    const run = spawnSync(JSC_PATH, [file], { encoding: 'utf8', timeout: 300_000 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`jsc exited with ${run.status}: ${run.stderr.trim()}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

/** Xvfb picks a free display itself and writes its number to the given descriptor. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      XVFB_PATH,
      ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      },
    );
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 20 s')), 20_000);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve({ display: `:${text.trim()}`, process: xvfb });
      }
    });
  });
}

interface WireReply {
  value: unknown;
}

export interface WebKitPage {
  goto(url: string): Promise<void>;
  /** Runs a function body in the page (`return …` gives the value) with `arguments` from args. */
  execute<T>(body: string, args?: unknown[]): Promise<T>;
  version: string;
  close(): Promise<void>;
}

/** One MiniBrowser session under a fresh Xvfb; close() stops the driver and the display. */
export async function launchWebKit(): Promise<WebKitPage> {
  const missing = [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} missing: apt-get install -y webkit2gtk-driver xvfb`);
  }
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const base = `http://127.0.0.1:${port}`;
  const stopAll = () => {
    if (driver.exitCode === null) driver.kill('SIGTERM');
    if (xvfb.process.exitCode === null) xvfb.process.kill('SIGTERM');
  };
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const reply = (await response.json()) as WireReply;
    if (!response.ok)
      throw new Error(`WebKitWebDriver ${method} ${path}: ${JSON.stringify(reply.value)}`);
    return reply.value;
  };
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await call('GET', '/status');
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const session = (await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        },
      },
    })) as { sessionId: string; capabilities: { browserVersion?: string } };
    const path = `/session/${session.sessionId}`;
    return {
      version: `MiniBrowser (WebKitGTK ${session.capabilities.browserVersion ?? '?'})`,
      async goto(url) {
        await call('POST', `${path}/url`, { url });
      },
      async execute<T>(body: string, args: unknown[] = []) {
        return (await call('POST', `${path}/execute/sync`, { script: body, args })) as T;
      },
      async close() {
        try {
          await call('DELETE', path);
        } finally {
          stopAll();
        }
      },
    };
  } catch (error) {
    stopAll();
    throw error;
  }
}
