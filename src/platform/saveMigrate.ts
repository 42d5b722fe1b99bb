/**
 * Save migrations, one step per version. Each step takes the previous version's JSON (already
 * parsed, not yet validated) and returns the next version's; the result is validated once, at the
 * end, by save.ts. A save from a newer version is never guessed at: it is reported as 'newer'.
 */
export type Migrated = { ok: true; value: unknown } | { ok: false; problem: 'corrupt' | 'newer' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 was the bare campaign with `version: 1`; v2 wraps it with a writer lease. */
export function migrateV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
  return {
    version: 2,
    // No tab has written under the lease yet: count 0 lets any tab claim it.
    writer: { tab: '', count: 0 },
    campaign: { seed: v1['seed'], results: v1['results'], run: v1['run'] },
  };
}

/**
 * v3 adds `campaign.logs`, the log of each finished stage. A v2 save never kept them, so they
 * start empty: its results still show, and a stage played again (or the saved run, once it
 * ends) is carried by links again. Anything else in the v2 campaign is left to the schema.
 */
export function migrateV2toV3(v2: Record<string, unknown>): Record<string, unknown> {
  const campaign = v2['campaign'];
  return {
    ...v2,
    version: 3,
    campaign: isRecord(campaign) ? { ...campaign, logs: {} } : campaign,
  };
}

/**
 * v4 keeps each stage's best run where v3 kept the last (`results`/`logs`: a v3 save's last runs
 * become its best), adds the latest runs that are not the best (`latestLogs`, none yet), the runs
 * in progress of other stages (`paused`, none: v3 threw them away), the write time (`savedAt`,
 * unknown) and a checksum, which only saves written as v4 must carry.
 */
export function migrateV3toV4(v3: Record<string, unknown>): Record<string, unknown> {
  const campaign = v3['campaign'];
  return {
    ...v3,
    version: 4,
    savedAt: null,
    campaign: isRecord(campaign) ? { ...campaign, latestLogs: {}, paused: [] } : campaign,
  };
}

/**
 * v5 adds `campaign.reflections`, the answers to the stages' reflection prompts. No earlier save
 * kept them, so they start empty; everything else is carried over as it was.
 */
export function migrateV4toV5(v4: Record<string, unknown>): Record<string, unknown> {
  const campaign = v4['campaign'];
  return {
    ...v4,
    version: 5,
    campaign: isRecord(campaign) ? { ...campaign, reflections: {} } : campaign,
  };
}

const STEPS: Readonly<Record<number, (save: Record<string, unknown>) => Record<string, unknown>>> =
  {
    1: migrateV1toV2,
    2: migrateV2toV3,
    3: migrateV3toV4,
    4: migrateV4toV5,
  };
const CURRENT = 5;

export function migrateToCurrent(value: unknown): Migrated {
  if (!isRecord(value)) return { ok: false, problem: 'corrupt' };
  let save = value;
  for (;;) {
    const version = save['version'];
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      return { ok: false, problem: 'corrupt' };
    }
    if (version === CURRENT) return { ok: true, value: save };
    if (version > CURRENT) return { ok: false, problem: 'newer' };
    const step = STEPS[version];
    if (!step) return { ok: false, problem: 'corrupt' };
    save = step(save);
  }
}
