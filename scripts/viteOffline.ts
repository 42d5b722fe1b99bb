import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { SINGLE_FILE_NAME } from './viteSingleFile.ts';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? listFiles(path, root)
      : [relative(root, path).split(sep).join('/')];
  });
}

/**
 * After the build: copies the app icon next to the manifest, then writes the list of built files
 * and a hash of their contents into dist/sw.js, so the worker precaches exactly this build.
 */
export function offlinePlugin(iconSource: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'four-stages-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = config.build.outDir;
      copyFileSync(iconSource, join(outDir, 'icon.svg'));
      const files = listFiles(outDir)
        // The single file is for folders without a server: a served visitor never loads it.
        .filter((file) => file !== 'sw.js' && file !== SINGLE_FILE_NAME && !file.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const swPath = join(outDir, 'sw.js');
      const list = ['./', ...files.map((file) => `./${file}`)];
      const sw = readFileSync(swPath, 'utf8')
        .replace('__BUILD_HASH__', hash.digest('hex').slice(0, 16))
        .replace("['__PRECACHE_LIST__']", JSON.stringify(list));
      writeFileSync(swPath, sw);
    },
  };
}
