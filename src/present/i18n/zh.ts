/**
 * The Simplified Chinese catalogue. Typed as a full record of the English keys, so a key added
 * to any English file and not translated here fails the typecheck.
 */
import type { MessageKey } from './en';
import { zhCode } from './zhCode';
import { zhDebrief } from './zhDebrief';
import { zhEvents } from './zhEvents';
import { zhGame } from './zhGame';
import { zhMarket } from './zhMarket';
import { zhMarketDesk } from './zhMarketDesk';
import { zhPlatform } from './zhPlatform';
import { zhShare } from './zhShare';
import { zhShell } from './zhShell';
import { zhStages } from './zhStages';

export const zh: Readonly<Record<MessageKey, string>> = {
  ...zhShell,
  ...zhGame,
  ...zhEvents,
  ...zhStages,
  ...zhPlatform,
  ...zhShare,
  ...zhMarket,
  ...zhMarketDesk,
  ...zhDebrief,
  ...zhCode,
};
