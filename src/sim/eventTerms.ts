/** The terms of the original event kinds, apart from their rules so quotes can read them. */

export const CAMPAIGN_REQUIRED_DISCOUNT_BP = 2000;
export const HUNTER_CLAIM_MIN_FEN = 50_000;
export const PRICE_CUT_BP = 1500;

/** The terms each event choice carries, so dialogs quote the same numbers the rules use. */
export const EVENT_TERMS = {
  raiseBp: 11_000,
  volumePriceCostBp: 9_200,
  volumePriceMoqBp: 20_000,
  longerTermsCostBp: 10_300,
  longerTermsExtraDays: 30,
  ipAcceptPoints: 6,
  ipContestLostPoints: 12,
  hunterContestWinBp: 2_500,
} as const;
