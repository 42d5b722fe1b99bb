import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin, type PluginOption, type ResolvedConfig, type Rollup } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The self-contained page, next to index.html in the build folder. */
export const SINGLE_FILE_NAME = 'four-stages.html';
/** The Vite mode of the nested build that makes it (vite.config.ts picks its plugins by it). */
export const SINGLE_FILE_MODE = 'file';

const ART_PREFIX = '\0four-stages-inline-art:';

/**
 * Art is imported with `?no-inline` so that the served game keeps files under its 'self' policy.
 * From a folder there is nothing to fetch, so the single file gets the same SVGs as base64 data
 * URIs: Phaser's loader decodes any data: URI as base64, and Vite's own `?inline` is not base64.
 */
function inlineArt(): Plugin {
  return {
    name: 'four-stages-inline-art',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.svg?no-inline')) return null;
      const file = await this.resolve(source.slice(0, -'?no-inline'.length), importer, {
        skipSelf: true,
      });
      return file ? `${ART_PREFIX}${file.id}` : null;
    },
    load(id) {
      if (!id.startsWith(ART_PREFIX)) return null;
      const base64 = readFileSync(id.slice(ART_PREFIX.length)).toString('base64');
      return `export default ${JSON.stringify(`data:image/svg+xml;base64,${base64}`)};`;
    },
  };
}

/**
 * A file:// page has no origin to load from and no service worker: the manifest and touch icon
 * links would only fail, so they go, and the tab icon (which Vite never inlines) becomes data.
 */
function folderHead(iconSource: string): Plugin {
  const icon = `data:image/svg+xml;base64,${readFileSync(iconSource).toString('base64')}`;
  return {
    name: 'four-stages-folder-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/\s*<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g, '')
          .replace(/(<link rel="icon"[^>]*href=")[^"]*(")/, `$1${icon}$2`),
    },
  };
}

/** The plugins of the nested single-file build, used by vite.config.ts in SINGLE_FILE_MODE. */
export function singleFilePlugins(iconSource: string): PluginOption[] {
  return [inlineArt(), folderHead(iconSource), viteSingleFile({ removeViteModuleLoader: true })];
}

const base64Sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * The page keeps its Content-Security-Policy: script-src allows exactly the inlined scripts by
 * their hashes instead of 'self' (a folder has nothing else to run), and connect-src adds data:
 * because Phaser's loader reads the inlined SVGs with XHR.
 */
export function pinInlineScripts(html: string): string {
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((code) => code.length > 0)
    .map((code) => `'sha256-${base64Sha256(code)}'`);
  let policyFound = false;
  const pinned = html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
    (_, open: string, policy: string, close: string) => {
      policyFound = true;
      const directives = policy
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => {
          if (part.startsWith('script-src ')) return `script-src ${hashes.join(' ')}`;
          if (part.startsWith('connect-src ')) return `${part} data:`;
          return part;
        });
      return `${open}${directives.join('; ')}${close}`;
    },
  );
  if (!policyFound)
    throw new Error(`${SINGLE_FILE_NAME}: index.html has no Content-Security-Policy`);
  if (hashes.length === 0) throw new Error(`${SINGLE_FILE_NAME}: no inlined script was found`);
  return pinned;
}

/**
 * After the normal build: builds the game again as one HTML file with every script, style and
 * drawing inlined, for trainers who copy the folder and open it without a server, and writes it
 * into the same build folder. About ten seconds; the served build is not touched.
 */
export function singleFileBuild(configFile: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'four-stages-single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const result = await build({
        configFile,
        mode: SINGLE_FILE_MODE,
        logLevel: 'warn',
        build: { write: false, emptyOutDir: false },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const page = outputs
        .flatMap((output) => output.output)
        .find((file) => file.type === 'asset' && file.fileName === 'index.html');
      if (!page || page.type !== 'asset') throw new Error('the single-file build made no page');
      const html = pinInlineScripts(String(page.source));
      const path = resolve(config.root, config.build.outDir, SINGLE_FILE_NAME);
      writeFileSync(path, html);
      config.logger.info(
        `${SINGLE_FILE_NAME}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} kB, one file for file://`,
      );
    },
  };
}
