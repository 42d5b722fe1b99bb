/**
 * The purchase order being drafted: shared by the stock section and the supplier comparison so
 * both quote the same order. UI-only, never part of a replay.
 */
export const orderDraft = { listingIndex: 0, supplierId: '', qty: 0, qualityCheck: false };
