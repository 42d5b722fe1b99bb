// Turns the layer table in docs/ARCHITECTURE.md into one `no-restricted-imports` rule per layer, so
// the table the docs show and the rule the linter runs cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The rows between the `layers:start` and `layers:end` comments: name, folder, allowed, banned packages. */
export function readLayerTable(
  markdown = readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8'),
) {
  const block = /<!-- layers:start -->([\s\S]*?)<!-- layers:end -->/.exec(markdown);
  if (!block) throw new Error('docs/ARCHITECTURE.md has no layers:start/layers:end block');
  const list = (cell) =>
    cell === '—' || cell === 'every layer' ? [] : cell.split(',').map((item) => item.trim());
  const rows = block[1]
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells[0] !== 'Layer' && !/^-+$/.test(cells[0] ?? ''));
  const layers = rows.map(([name, folder, imports, packages]) => ({
    name,
    folder: folder.replaceAll('`', ''),
    everything: imports === 'every layer',
    imports: list(imports),
    packages: list(packages),
  }));
  const names = new Set(layers.map((layer) => layer.name));
  for (const layer of layers) {
    for (const name of layer.imports) {
      if (!names.has(name)) throw new Error(`layer ${layer.name} imports unknown layer ${name}`);
    }
  }
  return layers;
}

const isFile = (folder) => folder.endsWith('.ts');

/** Import patterns that reach `target` from a file in `from`. */
function patternsFor(target, from) {
  const base = path.basename(target.folder, '.ts');
  const patterns = [`**/${base}`, `**/${base}/**`];
  // A layer nested in another (src/ui/kit in src/ui) reaches its parent's other folders as siblings.
  if (from.folder.startsWith(`${target.folder}/`)) {
    const own = path.basename(from.folder);
    for (const entry of readdirSync(path.join(root, target.folder), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== own)
        patterns.push(`../${entry.name}`, `../${entry.name}/**`);
    }
  }
  return patterns;
}

/** One flat-config entry per layer, for its folder minus any deeper layer's folder. */
export function layerRules(layers = readLayerTable()) {
  return layers
    .filter((layer) => !layer.everything)
    .map((layer) => {
      const deeper = layers.filter((other) => other.folder.startsWith(`${layer.folder}/`));
      const banned = layers.filter(
        (other) => other !== layer && !layer.imports.includes(other.name),
      );
      const allowed = layer.imports.length > 0 ? layer.imports.join(', ') : 'nothing';
      const patterns = [];
      if (layer.packages.length > 0) {
        patterns.push({
          group: layer.packages.flatMap((name) => [name, `${name}/*`]),
          message: `${layer.folder} may not use ${layer.packages.join(', ')} (docs/ARCHITECTURE.md).`,
        });
      }
      if (banned.length > 0) {
        patterns.push({
          group: banned.flatMap((other) => patternsFor(other, layer)),
          message: `${layer.folder} (layer ${layer.name}) may import only ${allowed} (docs/ARCHITECTURE.md).`,
        });
      }
      return {
        files: isFile(layer.folder) ? [layer.folder] : [`${layer.folder}/**/*.ts`],
        ignores: deeper.map((other) => `${other.folder}/**`),
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
    });
}
