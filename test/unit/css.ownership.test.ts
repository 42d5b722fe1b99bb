import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

// The bundler orders stylesheets by the order modules are first imported, and the single-file
// build orders them differently from the web build: a rule that only wins by coming later is a
// rule that differs between builds. These checks keep every stylesheet owned by its folder and
// every cross-file tie broken by specificity, never by position.

const SRC = resolve(__dirname, '../../src');

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** Drops balanced `:where(…)` groups: they add no specificity, so they cannot break a tie. */
function withoutWhere(selector: string): string {
  let out = '';
  let index = 0;
  while (index < selector.length) {
    if (selector.startsWith(':where(', index)) {
      let depth = 0;
      let end = index + ':where'.length;
      for (; end < selector.length; end++) {
        if (selector[end] === '(') depth++;
        else if (selector[end] === ')' && --depth === 0) break;
      }
      index = end + 1;
      continue;
    }
    out += selector[index];
    index++;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/^[ >]+/, '')
    .trim();
}

/** The selectors a possibly nested rule really applies, `&` and plain nesting resolved. */
function fullSelectors(rule: Rule): string[] {
  const parent = rule.parent;
  if (parent?.type !== 'rule') return rule.selectors;
  return fullSelectors(parent as Rule).flatMap((outer) =>
    rule.selectors.map((inner) =>
      inner.includes('&') ? inner.replaceAll('&', outer) : `${outer} ${inner}`,
    ),
  );
}

/** Two declarations collide when one property is the other or a longhand of it (margin, margin-top). */
function sameProperty(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

interface Setting {
  readonly file: string;
  readonly line: number;
  readonly property: string;
}

/** Every place where two stylesheets set one property on one selector (at any media or layout). */
function crossFileTies(cssFiles: readonly string[]): string[] {
  const bySelector = new Map<string, Setting[]>();
  const ties: string[] = [];
  for (const path of cssFiles) {
    const file = relative(SRC, path);
    postcss.parse(readFileSync(path, 'utf8')).walkRules((rule) => {
      if (
        rule.parent?.type === 'atrule' &&
        /keyframes$/.test((rule.parent as { name: string }).name)
      )
        return;
      const declarations = rule.nodes.filter((node) => node.type === 'decl');
      for (const selector of fullSelectors(rule).map(withoutWhere)) {
        const settings = bySelector.get(selector) ?? [];
        for (const declaration of declarations) {
          const line = declaration.source?.start?.line ?? 0;
          const clash = settings.find(
            (setting) => setting.file !== file && sameProperty(setting.property, declaration.prop),
          );
          if (clash)
            ties.push(
              `${selector} { ${declaration.prop} }: ${clash.file}:${clash.line} and ${file}:${line}`,
            );
          settings.push({ file, line, property: declaration.prop });
        }
        bySelector.set(selector, settings);
      }
    });
  }
  return ties;
}

const CSS_IMPORT = /^\s*import\s+['"]([^'"]+\.css)['"]/gm;

/** Every `import '….css'` in src, as [importing module, stylesheet], both relative to src. */
function cssImports(): Array<[string, string]> {
  return filesUnder(SRC, '.ts').flatMap((module) =>
    [...readFileSync(module, 'utf8').matchAll(CSS_IMPORT)].map((match): [string, string] => [
      relative(SRC, module),
      relative(SRC, resolve(dirname(module), match[1] ?? '')),
    ]),
  );
}

describe('stylesheets', () => {
  const cssFiles = filesUnder(SRC, '.css');

  it('finds the stylesheets and their imports', () => {
    expect(cssFiles.length).toBeGreaterThan(10);
    expect(cssImports().length).toBeGreaterThanOrEqual(cssFiles.length);
  });

  it('are imported only by modules in their own folder or below it', () => {
    const strangers = cssImports().filter(
      ([module, sheet]) => !`${dirname(module)}/`.startsWith(`${dirname(sheet)}/`),
    );
    expect(strangers).toEqual([]);
  });

  it('are each imported by some module (none left unloaded)', () => {
    const imported = new Set(cssImports().map(([, sheet]) => sheet));
    expect(cssFiles.map((path) => relative(SRC, path)).filter((f) => !imported.has(f))).toEqual([]);
  });

  it('never set one property on one selector in two files', () => {
    expect(crossFileTies(cssFiles)).toEqual([]);
  });
});

describe('the tie check', () => {
  it('sees a tie through :where, nesting and a shorthand', () => {
    const ties = (a: string, b: string): number => {
      const folder = resolve(__dirname, '../fixtures/css-ties');
      const files = [join(folder, a), join(folder, b)];
      return crossFileTies(files).length;
    };
    expect(ties('base.css', 'phone.css')).toBe(2);
    expect(ties('base.css', 'scoped.css')).toBe(0);
  });
});
