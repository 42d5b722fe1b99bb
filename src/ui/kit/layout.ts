/**
 * The screen's layout, decided once here and published on <html data-layout>, so the CSS selects
 * on `[data-layout…]` instead of repeating the phone breakpoints in every file, and scripts (the
 * shop's decisions sheet) ask the same question the CSS answers.
 *
 * - `desktop`: the wide layout, the decisions a column beside the street.
 * - `phone-portrait`: a phone held upright, or any window under 900 px wide or taller than wide;
 *   the shop stacks and the decisions are a sheet under the street.
 * - `phone-landscape`: a phone on its side (at most 500 px high, under 900 px wide); the stacked
 *   rules hold and the side-sheet rules override them.
 * - `phone-landscape-compact`: the same at 740 px wide or less (667×375), where the time bar
 *   drops its "Paused" text.
 * - `short`: landscape, at most 500 px high but 900 px wide or more: only the side-sheet rules.
 *
 * The CSS reads `[data-layout|='phone']` for the stacked rules (every phone-… value) and
 * `[data-layout|='phone-landscape'], [data-layout='short']` for the side-sheet rules, each
 * inside `:where()` so a rule keeps the specificity it had inside its media query.
 */
export type Layout =
  'desktop' | 'phone-portrait' | 'phone-landscape' | 'phone-landscape-compact' | 'short';

/** Narrow or upright: the stacked shop. */
const STACKED_QUERY = '(max-width: 899px), (max-aspect-ratio: 1/1)';
/** Short and on its side: the street takes the height, the decisions slide in from the right. */
const SIDEWAYS_QUERY = '(orientation: landscape) and (max-height: 500px)';
const COMPACT_QUERY = '(max-width: 740px)';
const QUERIES = [STACKED_QUERY, SIDEWAYS_QUERY, COMPACT_QUERY] as const;

/** The layout for what the three media queries say; pure, so the table is tested as it is. */
export function layoutFor(stacked: boolean, sideways: boolean, compact: boolean): Layout {
  if (sideways) {
    if (!stacked) return 'short';
    return compact ? 'phone-landscape-compact' : 'phone-landscape';
  }
  return stacked ? 'phone-portrait' : 'desktop';
}

function matches(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** The layout of the page as it is now; `desktop` where media queries cannot be asked. */
export function currentLayout(): Layout {
  return layoutFor(matches(STACKED_QUERY), matches(SIDEWAYS_QUERY), matches(COMPACT_QUERY));
}

/** Whether the decisions are a sheet (every layout but the desktop column). */
export function isSheetLayout(layout: Layout): boolean {
  return layout !== 'desktop';
}

/** Whether the sheet is a side sheet over the street (a short screen on its side). */
export function isSidewaysLayout(layout: Layout): boolean {
  return layout === 'phone-landscape' || layout === 'phone-landscape-compact' || layout === 'short';
}

/**
 * Calls `listener` whenever a breakpoint is crossed, also on the window's resize, which comes
 * before the media query events in a frame: a resize handler registered later (the street's frame
 * measure) then already sees the new layout. Returns the unsubscribe.
 */
export function watchLayout(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const lists = typeof matchMedia === 'function' ? QUERIES.map((q) => matchMedia(q)) : [];
  for (const list of lists) list.addEventListener('change', listener);
  window.addEventListener('resize', listener);
  return () => {
    for (const list of lists) list.removeEventListener('change', listener);
    window.removeEventListener('resize', listener);
  };
}

/**
 * Publishes the layout on `root` now and keeps it current. Boot calls it before building any
 * screen or page, so nothing is ever laid out without it.
 */
export function installLayout(root: HTMLElement = document.documentElement): () => void {
  const apply = () => {
    const layout = currentLayout();
    if (root.dataset['layout'] !== layout) root.dataset['layout'] = layout;
  };
  apply();
  return watchLayout(apply);
}
