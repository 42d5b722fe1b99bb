import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { readLayerTable } from '../../eslint.layers.js';

// Lints text as if it were a file in the given folder: the file need not exist.
async function importErrors(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layer table is enforced by ESLint', () => {
  it.each([
    ['src/sim/probe.ts', "import { el } from '../ui/kit/dom';\nexport const x = el;\n"],
    ['src/game/scenes/Probe.ts', "import { el } from '../../ui/kit/dom';\nexport const x = el;\n"],
    ['src/present/probe.ts', "import { el } from '../ui/kit/dom';\nexport const x = el;\n"],
    [
      'src/present/views/probe.ts',
      "import { game } from '../../game/createGame';\nexport const x = game;\n",
    ],
    ['src/sim/probe.ts', "import { t } from '../present/i18n';\nexport const x = t;\n"],
    ['src/store/probe.ts', "import { t } from '../present/i18n';\nexport const x = t;\n"],
    ['src/ui/kit/probe.ts', "import { mountUi } from '../shell/app';\nexport const x = mountUi;\n"],
    [
      'src/ui/shop/probe.ts',
      "import { openRoute } from '../../pages/route';\nexport const x = openRoute;\n",
    ],
    ['src/classroom/probe.ts', "import { el } from '../ui/kit/dom';\nexport const x = el;\n"],
    ['src/sim/probe.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n"],
  ])('%s: an upward import fails lint (%#)', async (filePath, source) => {
    const errors = await importErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/docs\/ARCHITECTURE\.md/);
  });

  it.each([
    ['src/game/scenes/Probe.ts', "import { t } from '../../present/i18n';\nexport const x = t;\n"],
    ['src/ui/shop/probe.ts', "import { el } from '../kit/dom';\nexport const x = el;\n"],
    ['src/pages/probe.ts', "import { el } from '../ui/kit/dom';\nexport const x = el;\n"],
    [
      'src/present/views/probe.ts',
      "import type { GameState } from '../../store/gameStore';\nexport type X = GameState;\n",
    ],
    [
      'src/game/scenes/Probe.ts',
      "import { street } from '../shop/street';\nexport const x = street;\n",
    ],
  ])('%s: a downward or same-layer import passes (%#)', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });

  it('reads every layer from docs/ARCHITECTURE.md, sim at the bottom importing nothing', () => {
    const layers = readLayerTable();
    expect(layers.map((layer) => layer.name)).toContain('present');
    expect(layers.find((layer) => layer.name === 'sim')?.imports).toEqual([]);
  });

  it('refuses a table that names a layer it does not define', () => {
    const table = [
      '<!-- layers:start -->',
      '| Layer | Folder | May import | Packages it may not use |',
      '| ----- | ------ | ---------- | ----------------------- |',
      '| sim | `src/sim` | ghost | — |',
      '<!-- layers:end -->',
    ].join('\n');
    expect(() => readLayerTable(table)).toThrow(/unknown layer ghost/);
  });
});
