import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLevelError } from '../../src/content/errors';
import { parseLevelBytes } from '../../src/content/parseLevel';
import { STAGE_IDS, type Level, type StageId } from '../../src/sim/index';
import { CliError } from './errors';

export type Levels = Record<StageId, Level>;

/** `levels/<id>.json` under the repo root; the root is passed in so the cwd never matters. */
export function levelPath(root: string, id: StageId): string {
  return join(root, 'levels', `${id}.json`);
}

/** Reads and validates one level; the first validation error is the one line shown. */
export function loadLevel(root: string, id: StageId): Level {
  const shown = `levels/${id}.json`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(levelPath(root, id));
  } catch (error) {
    throw new CliError(`${shown}: cannot be read (${fileErrorReason(error)})`);
  }
  const result = parseLevelBytes(bytes);
  if (!result.ok) {
    const first = result.errors[0];
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    throw new CliError(
      `${shown}: ${first === undefined ? 'invalid level' : formatLevelError(first)}${more}`,
    );
  }
  if (result.level.id !== id) {
    throw new CliError(`${shown}: $.id: the file defines stage "${result.level.id}", not "${id}"`);
  }
  return result.level;
}

/**
 * Loads all four levels even when one stage runs: a plan file may name any stage and its days are
 * checked against that stage's length, and --list-actions reports every stage. Four small files.
 */
export function loadLevels(root: string): Levels {
  const levels: Partial<Levels> = {};
  for (const id of STAGE_IDS) levels[id] = loadLevel(root, id);
  return levels as Levels;
}

/** Short reason for a failed read, from the Node error code, without the absolute path. */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown';
  }
}
