/**
 * Bundles goldenEntry.ts into one classic script (an IIFE, ES2022, no imports) with esbuild, the
 * bundler Vite ships, and wraps it for each way an engine takes code: an expression for a browser
 * page, a whole program for WebKit's `jsc` shell. The plans are read from the golden file at run
 * time and passed in as JSON, so a regenerated file is picked up without touching this code.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { GoldenPlan } from './goldenEntry';

const ENTRY = fileURLToPath(new URL('./goldenEntry.ts', import.meta.url));
const GLOBAL = '__fourStagesGoldens';

let cached: Promise<string> | null = null;

/** The bundle's source; built once per process (about 0.2 s). */
export function goldenBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2022',
    // The sim has no Node or DOM imports; JSON level files are bundled as data.
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild wrote no bundle');
    return file.text;
  });
  return cached;
}

/** An expression for page.evaluate: runs the replays and yields the EngineRun as JSON text. */
export async function browserExpression(plans: readonly GoldenPlan[]): Promise<string> {
  const bundle = await goldenBundle();
  return `(() => {\n${bundle}\nreturn JSON.stringify(${GLOBAL}.replayGoldens(${JSON.stringify(plans)}));\n})()`;
}

/**
 * The jsc shell is the bare engine: no structuredClone, which is a web platform API. The sim
 * clones plain data only (objects, arrays, numbers, strings, booleans, null), so this stand-in
 * copies exactly those and refuses anything else rather than copy it differently.
 */
const JSC_STRUCTURED_CLONE = `
globalThis.structuredClone = function structuredClone(value) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('not cloneable');
    return value;
  }
  if (Array.isArray(value)) return value.map(structuredClone);
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new TypeError('not plain data');
  const copy = {};
  for (const key of Object.keys(value)) copy[key] = structuredClone(value[key]);
  return copy;
};
`;

/** A whole program for `jsc`: prints the EngineRun as one line of JSON. */
export async function jscProgram(plans: readonly GoldenPlan[]): Promise<string> {
  const bundle = await goldenBundle();
  return `${JSC_STRUCTURED_CLONE}\n${bundle}\nprint(JSON.stringify(${GLOBAL}.replayGoldens(${JSON.stringify(plans)})));\n`;
}
