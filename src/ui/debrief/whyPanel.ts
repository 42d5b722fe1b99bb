import './why.css';
import type { DecisionEffect, Level } from '../../sim';
import { el } from '../kit/dom';
import { formatFen, formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import type { WhyView } from '../../present/views/why';
import { decisionWords } from '../../present/decisionWords';
import type { FineCaseRow } from '../../present/views/fines';

/** What the fines line was made of, case by case, inside its detail. */
function caseDetail(cases: readonly FineCaseRow[]): HTMLElement[] {
  if (cases.length === 0) return [];
  return [
    el('h4', { text: t('fines.heading') }),
    el(
      'ul',
      { class: 'why-cases' },
      cases.map((c) =>
        el('li', {
          'data-case': c.key,
          text: t('why.lineItem', {
            decision: c.label,
            amount: formatSignedFen(c.amountFen, 'exact'),
          }),
        }),
      ),
    ),
  ];
}

function sentence(effect: DecisionEffect, level: Level): string {
  const params = {
    decision: decisionWords(effect.decision, level),
    gmv: formatFen(effect.gmvEffectFen, { signed: true }),
    net: formatFen(Math.abs(effect.netEffectFen)),
  };
  return effect.netEffectFen < 0 ? t('why.cost', params) : t('why.earn', params);
}

function effectList(
  effects: readonly DecisionEffect[],
  level: Level,
  kind: 'cost' | 'earn',
): HTMLElement {
  if (effects.length === 0) {
    return el('p', { class: 'hint', text: t(kind === 'cost' ? 'why.noCosts' : 'why.noEarns') });
  }
  const list = el('ol', { class: `why-list why-${kind}` });
  for (const effect of effects) {
    list.append(
      el('li', { class: 'why-item', 'data-net-fen': String(effect.netEffectFen) }, [
        el('span', { class: 'why-sentence', text: sentence(effect, level) }),
        el('span', {
          class: `why-figure num wf-${kind === 'cost' ? 'loss' : 'gain'}`,
          text: formatSignedFen(effect.netEffectFen, 'exact'),
        }),
      ]),
    );
  }
  return list;
}

/** Each non-zero waterfall line opens to the decisions that moved it, largest first. */
function lineMovers(
  view: WhyView,
  level: Level,
  amounts: ReadonlyMap<string, number>,
  fineCases: readonly FineCaseRow[],
) {
  const list = el('ul', { class: 'why-lines' });
  for (const { line, movers, more } of view.lines) {
    const amount = amounts.get(line) ?? 0;
    if (amount === 0 && movers.length === 0) continue;
    const inner =
      movers.length === 0
        ? el('p', { class: 'hint', text: t('why.lineNone') })
        : el(
            'ul',
            { class: 'why-movers' },
            movers.map((m) =>
              el('li', {
                text: t('why.lineItem', {
                  decision: decisionWords(m.effect.decision, level),
                  amount: formatSignedFen(m.amountFen, 'exact'),
                }),
              }),
            ),
          );
    const details = el('details', { class: 'why-line', 'data-line': line }, [
      el('summary', {}, [
        el('span', { class: 'why-line-label', text: tKey(`waterfall.${line}`) }),
        el('span', { class: 'num', text: formatSignedFen(amount, 'exact') }),
      ]),
      inner,
    ]);
    if (more > 0)
      details.append(el('p', { class: 'hint', text: t('why.lineMore', { count: more }) }));
    if (line === 'finesAndClaims') details.append(...caseDetail(fineCases));
    list.append(el('li', {}, [details]));
  }
  return list;
}

/** The decisions that cost and earned most, side by side: the debrief's and the trainer's. */
export function topDecisions(view: WhyView, level: Level): HTMLElement {
  return el('div', { class: 'why-columns' }, [
    el('div', { class: 'why-column' }, [
      el('h3', { text: t('why.costHeading') }),
      effectList(view.costs, level, 'cost'),
    ]),
    el('div', { class: 'why-column' }, [
      el('h3', { text: t('why.earnHeading') }),
      effectList(view.earns, level, 'earn'),
    ]),
  ]);
}

/** The "why" section's body for a weighed run. */
export function renderWhy(
  view: WhyView,
  level: Level,
  waterfall: readonly { line: string; amountFen: number }[],
  fineCases: readonly FineCaseRow[] = [],
): HTMLElement[] {
  if (view.decisionCount === 0) return [el('p', { class: 'hint', text: t('why.none') })];
  const amounts = new Map(waterfall.map((w) => [w.line, w.amountFen]));
  return [
    el('p', { class: 'hint', text: t('why.intro') }),
    topDecisions(view, level),
    el('p', {
      class: 'why-remainder',
      'data-remainder-fen': String(view.remainderNetFen),
      text: t('why.remainder', {
        baseline: formatSignedFen(view.baselineNetFen, 'exact'),
        remainder: formatSignedFen(view.remainderNetFen, 'exact'),
      }),
    }),
    el('h3', { text: t('why.linesHeading') }),
    lineMovers(view, level, amounts, fineCases),
  ];
}
