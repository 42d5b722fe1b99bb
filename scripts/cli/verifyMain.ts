import { verifyResultLink } from '../../src/share/index';
import { EXIT_OK, withErrorContract } from './errors';
import { loadLevels } from './levels';
import type { CliIo } from './main';
import { parseVerifyArgs, VERIFY_USAGE } from './verifyArgs';
import { registerCatalogue, setLanguage } from '../../src/present/i18n/index';
import { zh } from '../../src/present/i18n/zh';
import { verifyCsv } from './verifyCsv';
import { jsonLine, textLine } from './verifyFormat';
import { readLinkFile } from './verifyInput';

/** Some link did not verify: the run itself worked, so this is not a usage error (2). */
export const EXIT_NOT_VERIFIED = 1;

/** `npm run verify` as a function: returns the exit code, throws only on bugs. */
export function verifyMain(argv: readonly string[], io: CliIo): number {
  const command = parseVerifyArgs(argv);
  if (command.kind === 'help') {
    io.stdout(`${VERIFY_USAGE}\n`);
    return EXIT_OK;
  }
  const links = command.file === null ? command.links : readLinkFile(command.file);
  // The shipped levels, exactly as the game loads them, so a link from an edited level fails.
  const levels = loadLevels(io.root);
  registerCatalogue('zh', zh);
  setLanguage(command.lang);
  let allVerified = true;
  if (command.output === 'csv') {
    // The ranks need every link verified first, so the CSV comes out in one piece.
    const results = links.map((link) => verifyResultLink(link, levels));
    allVerified = results.every((r) => r.ok);
    io.stdout(verifyCsv(links, results, levels));
    return allVerified ? EXIT_OK : EXIT_NOT_VERIFIED;
  }
  links.forEach((link, i) => {
    const result = verifyResultLink(link, levels);
    allVerified &&= result.ok;
    if (command.output === 'json') io.stdout(jsonLine(result));
    else io.stdout(textLine(i + 1, result));
  });
  return allVerified ? EXIT_OK : EXIT_NOT_VERIFIED;
}

/** verifyMain with the same error contract as `npm run sim`: one stderr line, never a stack. */
export function runVerifyCli(argv: readonly string[], io: CliIo): number {
  return withErrorContract(() => verifyMain(argv, io), io.stderr);
}
