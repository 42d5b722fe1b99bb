import type { Campaign } from '../../platform/save';
import type { SaveSlot } from '../../platform/saveSlot';
import type { BriefLink } from '../../share/roundLinks';
import type { Level } from '../../sim';
import type { ClassRoundGame } from '../../store/classRound';
import type { PreviousMarket } from './briefView';

/**
 * A brief link (#n=…) opens its round in the game: the brief in the world map's place, the shop
 * on the round's level, the hand-in in the debrief's place. What the page needs to build it.
 */
export interface JoinedRound {
  brief: BriefLink;
  /** The class market's base stage as shipped: what hand-ins are packed against. */
  base: Level;
  game: ClassRoundGame;
  /** The round's own save slot: a reload continues the round; the campaign save is not touched. */
  slot: SaveSlot | null;
  resume: Campaign | null;
  previous: PreviousMarket | null;
}
