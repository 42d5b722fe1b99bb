import './hud.css';
import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import {
  formatBp,
  formatCount,
  formatFen,
  formatHeadlineFen,
  formatRating,
} from '../../present/format';
import { currentLanguage, t, type MessageKey } from '../../present/i18n';
import { glossaryTip } from '../kit/glossary';
import { hudView } from '../../present/views/hud';
import { riskLevel, riskPercent } from '../../present/risk';
import { createGoalsFigure } from './goalsFigure';

interface Figure {
  root: HTMLElement;
  value: HTMLElement;
  sub: HTMLElement;
}

function figure(labelKey: MessageKey, className: string, title?: string): Figure {
  const value = el('dd', { class: 'hud-value' });
  const sub = el('span', { class: 'hud-sub' });
  const label = el('dt', { class: 'hud-label', text: t(labelKey), title: title ?? null });
  const root = el('div', { class: `hud-figure ${className}` }, [label, value]);
  value.append(sub);
  return { root, value, sub };
}

/** Sets a figure's main text without wiping its sub-line. */
function show(f: Figure, main: string, sub = ''): void {
  const first = f.value.firstChild;
  if (first && first !== f.sub && first.nodeType === Node.TEXT_NODE) {
    if (first.textContent !== main) first.textContent = main;
  } else {
    f.value.insertBefore(document.createTextNode(main), f.sub);
  }
  setText(f.sub, sub);
}

/** What the way-back button says: the world map, or a class round's brief. */
export interface BackLabels {
  text: string;
  label: string;
}

/** The dashboard across the top of the shop: day, cash, GMV, orders, rank, rating, risk. */
export function createHud(onMap: () => void, back?: BackLabels) {
  const day = figure('hud.day', 'hud-day');
  const progress = el('div', { class: 'hud-progress', 'aria-hidden': 'true' }, [
    el('div', { class: 'hud-progress-bar' }),
  ]);
  day.root.append(progress);
  const cash = figure('hud.cash', 'hud-cash');
  const gmv = figure('hud.gmv', 'hud-gmv', t('hud.gmvHint'));
  gmv.root.firstElementChild?.append(glossaryTip('gmv'));
  const orders = figure('hud.orders', 'hud-orders');
  const rank = figure('hud.rank', 'hud-rank');
  const rating = figure('hud.rating', 'hud-rating');
  const risk = figure('hud.risk', 'hud-risk');
  const riskMeter = el(
    'div',
    {
      class: 'risk-meter',
      role: 'meter',
      'aria-label': t('hud.risk'),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
    },
    [el('div', { class: 'risk-meter-fill' })],
  );
  risk.root.append(riskMeter);
  const mapButton = el('button', {
    type: 'button',
    class: 'btn btn-ghost hud-map',
    'aria-label': back?.label ?? t('hud.mapLabel'),
    text: back?.text ?? t('hud.map'),
  });
  mapButton.addEventListener('click', onMap);
  const goals = createGoalsFigure();
  const list = el('dl', { class: 'hud-figures' }, [
    day.root,
    goals.root,
    cash.root,
    gmv.root,
    orders.root,
    rank.root,
    rating.root,
    risk.root,
  ]);
  const root = el('header', { class: 'hud panel', 'aria-label': t('hud.label') }, [
    mapButton,
    list,
  ]);

  let last: unknown = null;
  function update(state: GameState): void {
    if (state.run === last) return;
    last = state.run;
    const view = hudView(state);
    if (!view) return;
    goals.update(state);
    show(day, t('hud.dayValue', { day: view.day, days: view.days }));
    const bar = progress.firstElementChild as HTMLElement;
    bar.style.width = `${Math.round((view.day * 100) / Math.max(1, view.days))}%`;
    show(cash, formatHeadlineFen(view.cashFen, currentLanguage()));
    const today = view.day > 0;
    show(
      gmv,
      formatHeadlineFen(view.gmvFen, currentLanguage()),
      today ? t('hud.today', { value: formatFen(view.gmvTodayFen, { signed: true }) }) : '',
    );
    show(
      orders,
      formatCount(view.orders),
      today ? t('hud.today', { value: formatCount(view.ordersToday, { signed: true }) }) : '',
    );
    if (view.rank > 0) {
      show(
        rank,
        t('hud.rankValue', { rank: view.rank }),
        t('hud.rankOf', { count: view.rankedListings }),
      );
    } else show(rank, t('hud.unranked'));
    if (view.ratingCenti > 0) {
      show(
        rating,
        t('hud.ratingValue', { rating: formatRating(view.ratingCenti) }),
        t('hud.reviews', { count: formatCount(view.reviews) }),
      );
    } else show(rating, t('hud.ratingNone'));
    risk.root.hidden = !view.fakesEnabled;
    const riskBp = view.riskBp ?? 0;
    show(
      risk,
      view.riskBp === null ? t('hud.riskOff') : t('hud.riskValue', { percent: formatBp(riskBp) }),
    );
    const percent = riskPercent(riskBp);
    riskMeter.setAttribute('aria-valuenow', String(percent));
    riskMeter.setAttribute('aria-valuetext', formatBp(riskBp));
    riskMeter.dataset['level'] = riskLevel(riskBp);
    (riskMeter.firstElementChild as HTMLElement).style.width = `${percent}%`;
  }

  return { root, update };
}
