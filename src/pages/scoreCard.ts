import { resultSteps } from '../classroom/board';
import {
  encodeSessionLink,
  isolateName,
  verifyResultLink,
  type LevelSet,
  type VerifiedResult,
} from '../share';
import type { Level } from '../sim';
import { waterfallChart } from '../ui/debrief/waterfall';
import { el, nameNode } from '../ui/kit/dom';
import { formatBp, formatCount, formatFen, formatSignedFen } from '../present/format';
import { local, t, tKey } from '../present/i18n';
import { linkMessage } from '../present/linkMessage';
import { pageBase } from '../ui/debrief/shareDialog';

function figure(label: string, value: string, className = ''): HTMLElement {
  return el('div', { class: `score-figure ${className}` }, [
    el('dt', { text: label }),
    el('dd', { class: 'num', text: value }),
  ]);
}

function stageTable(result: VerifiedResult, levels: LevelSet): HTMLElement {
  const head = el('tr', {}, [
    el('th', { scope: 'col', text: t('score.stage') }),
    el('th', { scope: 'col', class: 'num', text: t('debrief.gmv') }),
    el('th', { scope: 'col', class: 'num', text: t('debrief.netProfit') }),
    el('th', { scope: 'col', text: t('debrief.stars') }),
    el('th', { scope: 'col', text: t('score.outcome') }),
    el('th', { scope: 'col', text: t('score.runCode') }),
  ]);
  const rows = result.stages.map(({ stage, summary }) => {
    const level = levels[stage];
    return el('tr', {}, [
      el('th', { scope: 'row', text: level ? local(level.title) : stage }),
      el('td', { class: 'num', text: formatFen(summary.gmv) }),
      el('td', { class: 'num', text: formatSignedFen(summary.netProfit) }),
      el('td', {
        'aria-label': t('debrief.starsEarned', { stars: summary.stars }),
        text: `${'★'.repeat(summary.stars)}${'☆'.repeat(Math.max(0, 3 - summary.stars))}`,
      }),
      el('td', { text: tKey(`outcome.${summary.outcome}`) }),
      // The replay's state hash, as the debrief shows it: equal codes mean the same run, in any browser.
      el('td', {}, [
        el('code', { class: 'score-run-code', 'data-testid': 'run-code', text: summary.stateHash }),
      ]),
    ]);
  });
  return el('div', { class: 'table-scroll' }, [
    el('table', { class: 'score-stages' }, [
      el('caption', { text: t('score.stages') }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/** "Play the same market": a session link with this run's seed, levers and stages, no decisions. */
function sameMarketLink(result: VerifiedResult, levels: LevelSet): string | null {
  const encoded = encodeSessionLink(
    {
      name: '',
      seed: result.seed,
      levers: result.levers,
      stages: result.stages.map((s) => s.stage),
      language: null,
    },
    levels,
    pageBase(),
  );
  return encoded.ok ? encoded.link : null;
}

function card(result: VerifiedResult, levels: LevelSet): HTMLElement {
  const { gmv, netProfit } = result.totals;
  const stars = result.stages.reduce((n, s) => n + s.summary.stars, 0);
  const margin = gmv > 0 ? Math.trunc((netProfit * 10_000) / gmv) : 0;
  const again = sameMarketLink(result, levels);
  const steps = resultSteps(result);
  return el('article', { class: 'score-card panel', 'aria-labelledby': 'score-name' }, [
    el('p', { class: 'score-kicker', text: t('score.kicker') }),
    el('h1', { id: 'score-name', class: 'score-name', tabindex: '-1' }, [nameNode(result.name)]),
    el('p', { class: 'score-verified' }, [
      el('span', { class: 'verified-mark', text: t('score.verified') }),
      el('span', {
        class: 'verified-what',
        text: t('score.verifiedWhat', { rules: result.rulesVersion }),
      }),
    ]),
    el('p', {
      class: 'score-outcome',
      text: result.outcome ? tKey(`outcome.${result.outcome}`) : t('score.noOutcome'),
    }),
    el('dl', { class: 'score-figures' }, [
      figure(t('debrief.gmv'), formatFen(gmv, { precision: 'exact' }), 'fig-gmv'),
      figure(t('debrief.netProfit'), formatSignedFen(netProfit, 'exact'), 'fig-net'),
      figure(t('score.margin'), formatBp(margin)),
      figure(
        t('debrief.stars'),
        t('score.starsOf', { stars, max: formatCount(result.stages.length * 3) }),
      ),
    ]),
    stageTable(result, levels),
    el('section', { class: 'score-waterfall' }, [
      el('h2', { text: t('debrief.chartWaterfall') }),
      waterfallChart(
        steps,
        t('debrief.chartWaterfall'),
        t('debrief.chartWaterfallDesc', {
          gmv: formatFen(gmv),
          net: formatSignedFen(netProfit),
        }),
      ),
    ]),
    el('p', { class: 'hint', text: t('score.market', { seed: result.seed }) }),
    el('div', { class: 'score-actions' }, [
      again
        ? el('a', { class: 'btn btn-primary btn-large', href: again, text: t('score.playSame') })
        : el('span'),
      el('a', { class: 'btn', href: pageBase(), text: t('score.openGame') }),
    ]),
  ]);
}

/**
 * The page a `#r=` link opens: the run replayed here and shown as a score card, or the link's one
 * sentence of failure. It never creates a game store and never touches the visitor's save.
 */
export function showScoreCard(root: HTMLElement, shipped: readonly Level[], text: string): void {
  const levels: LevelSet = Object.fromEntries(shipped.map((l) => [l.id, l]));
  const outcome = verifyResultLink(text, levels);
  // The tab's title names the player too, isolated so a right-to-left name keeps it readable.
  if (outcome.ok) document.title = `${isolateName(outcome.result.name)} · ${t('score.kicker')}`;
  const content = outcome.ok
    ? card(outcome.result, levels)
    : el('article', { class: 'score-card panel score-bad', 'aria-labelledby': 'score-name' }, [
        el('h1', { id: 'score-name', tabindex: '-1', text: t('score.badHeading') }),
        el('p', { role: 'alert', class: 'score-reason', text: linkMessage(outcome) }),
        el('a', { class: 'btn btn-primary', href: pageBase(), text: t('score.openGame') }),
      ]);
  root.replaceChildren(el('div', { class: 'page page-score' }, [content]));
  root.querySelector<HTMLElement>('#score-name')?.focus();
}
