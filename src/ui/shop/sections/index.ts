import type { RankPlan } from '../../../sim';
import { el, setText } from '../../kit/dom';
import { formatBp, formatCount, formatFen, formatPrice } from '../../../present/format';
import { t, type MessageKey } from '../../../present/i18n';
import { RANGES, type ControlsView, type ShellControl } from '../../../present/views/controls';
import { claimsSection, copySection } from './market';
import { creditSection, staffSection } from './manage';
import { designSection, stockSection } from './product';
import { createSlider } from '../../kit/slider';
import { riskLevel, riskPercent } from '../../../present/risk';
import { adReportView } from '../../../present/views/ads';
import { createAdReport } from './adReport';
import { fieldset, type Dispatch, type OpenPanel, type Section, type SetOrderDraft } from './parts';

export type { Dispatch, OpenPanel, Section } from './parts';

function adsSection(dispatch: Dispatch): Section {
  const root = fieldset('ads.heading', 'ads.explain', 'control-ads');
  let current: ControlsView | null = null;
  const send = (budget: number, bid: number) => {
    if (!current) return;
    dispatch({ type: 'setAds', listingId: current.listingId, dailyBudgetFen: budget, bidFen: bid });
  };
  const budget = createSlider({
    label: t('ads.budget'),
    range: RANGES.adBudgetFen,
    format: (v) => t('ads.budgetValue', { amount: formatFen(v) }),
    onCommit: (v) => send(v, current?.adBidFen ?? RANGES.adBidFen.min),
  });
  const bid = createSlider({
    label: t('ads.bid'),
    range: RANGES.adBidFen,
    format: formatPrice,
    onCommit: (v) => send(current?.adBudgetFen ?? 0, v),
  });
  const report = createAdReport();
  root.append(budget.root, bid.root, report.root);
  return {
    root,
    update(view, state) {
      current = view;
      const index = state.run?.sim.listings.findIndex((l) => l.id === view.listingId) ?? -1;
      report.update(index < 0 ? null : adReportView(state, index));
      budget.set(view.adBudgetFen);
      bid.set(view.adBidFen);
      budget.setDisabled(view.locked);
      bid.setDisabled(view.locked);
    },
  };
}

function priceSection(dispatch: Dispatch): Section {
  const root = fieldset('price.heading', null, 'control-price');
  let listingId = '';
  const price = createSlider({
    label: t('price.label'),
    range: RANGES.priceFen,
    format: formatPrice,
    onCommit: (v) => dispatch({ type: 'setPrice', listingId, priceFen: v }),
  });
  root.append(price.root);
  return {
    root,
    update(view) {
      listingId = view.listingId;
      price.set(view.priceFen);
      price.setDisabled(view.locked);
    },
  };
}

function discountSection(dispatch: Dispatch): Section {
  const root = fieldset('discount.heading', 'discount.explain', 'control-discount');
  let listingId = '';
  const discount = createSlider({
    label: t('discount.label'),
    range: RANGES.discountBp,
    format: (v) => (v === 0 ? t('discount.none') : formatBp(v)),
    onCommit: (v) => dispatch({ type: 'setDiscount', listingId, discountBp: v }),
  });
  root.append(discount.root);
  return {
    root,
    update(view) {
      listingId = view.listingId;
      discount.set(view.discountBp);
      discount.setDisabled(view.locked);
    },
  };
}

function plansSection(dispatch: Dispatch): Section {
  const root = fieldset('plans.heading', 'plans.explain', 'control-plans');
  let listingId = '';
  const start = (plan: RankPlan) => dispatch({ type: 'startPlan', listingId, plan });
  const planButton = (plan: RankPlan, labelKey: MessageKey, hintKey: MessageKey) => {
    const button = el('button', { type: 'button', class: 'btn btn-plan', text: t(labelKey) });
    const hint = el('span', { class: 'hint', text: t(hintKey) });
    button.addEventListener('click', () => start(plan));
    return { button, wrap: el('div', { class: 'plan-option' }, [button, hint]) };
  };
  const spiral = planButton('spiral', 'plans.spiral', 'plans.spiralHint');
  const ramp = planButton('ramp123', 'plans.ramp123', 'plans.ramp123Hint');
  const choices = el('div', { class: 'plan-choices' }, [spiral.wrap, ramp.wrap]);
  const statusText = el('p', { class: 'plan-status-text', role: 'status' });
  const steps = el('ol', { class: 'plan-steps', 'aria-hidden': 'true' });
  const cancel = el('button', { type: 'button', class: 'btn btn-danger', text: t('plans.cancel') });
  cancel.addEventListener('click', () => dispatch({ type: 'cancelPlan', listingId }));
  const running = el('div', { class: 'plan-running', hidden: true }, [statusText, steps, cancel]);
  const offline = el('p', { class: 'hint', text: t('plans.takenDown'), hidden: true });
  root.append(choices, running, offline);
  return {
    root,
    update(view) {
      listingId = view.listingId;
      const plan = view.plan;
      running.hidden = plan === null;
      choices.hidden = plan !== null;
      offline.hidden = !view.takenDown;
      spiral.button.disabled = view.locked || view.takenDown;
      ramp.button.disabled = view.locked || view.takenDown;
      cancel.disabled = view.locked;
      if (!plan) return;
      const name = t(plan.kind === 'spiral' ? 'plans.name.spiral' : 'plans.name.ramp123');
      setText(statusText, t('plans.running', { plan: name, day: plan.day, days: plan.days }));
      if (steps.childElementCount !== plan.days) {
        steps.replaceChildren(...Array.from({ length: plan.days }, () => el('li')));
      }
      [...steps.children].forEach((step, i) => {
        step.className = i < plan.day - 1 ? 'done' : i === plan.day - 1 ? 'now' : '';
      });
    },
  };
}

function fakesSection(dispatch: Dispatch): Section {
  const root = fieldset('fakes.heading', 'fakes.explain', 'control-fakes');
  let current: ControlsView | null = null;
  const send = (search: number, ad: number) => {
    if (!current) return;
    dispatch({
      type: 'setFakeOrders',
      listingId: current.listingId,
      searchPerDay: search,
      adPerDay: ad,
    });
  };
  const perDay = (v: number) => t('fakes.perDay', { count: formatCount(v) });
  const search = createSlider({
    label: t('fakes.search'),
    hint: t('fakes.searchHint'),
    range: RANGES.fakesPerDay,
    format: perDay,
    onCommit: (v) => send(v, current?.fakeAdPerDay ?? 0),
  });
  const ad = createSlider({
    label: t('fakes.ad'),
    hint: t('fakes.adHint'),
    range: RANGES.fakesPerDay,
    format: perDay,
    onCommit: (v) => send(current?.fakeSearchPerDay ?? 0, v),
  });
  const riskText = el('p', { class: 'risk-text' });
  const fill = el('div', { class: 'risk-meter-fill' });
  const meter = el(
    'div',
    {
      class: 'risk-meter risk-meter-large',
      role: 'meter',
      'aria-label': t('fakes.risk'),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
    },
    [fill],
  );
  root.append(search.root, ad.root, el('div', { class: 'risk' }, [riskText, meter]));
  return {
    root,
    update(view) {
      current = view;
      search.set(view.fakeSearchPerDay);
      ad.set(view.fakeAdPerDay);
      search.setDisabled(view.locked);
      ad.setDisabled(view.locked);
      const active = view.fakeSearchPerDay + view.fakeAdPerDay > 0 || view.plan !== null;
      setText(
        riskText,
        active ? t('fakes.riskValue', { percent: formatBp(view.riskBp) }) : t('fakes.riskNone'),
      );
      const percent = active ? riskPercent(view.riskBp) : 0;
      meter.setAttribute('aria-valuenow', String(percent));
      meter.setAttribute('aria-valuetext', formatBp(active ? view.riskBp : 0));
      meter.dataset['level'] = riskLevel(view.riskBp);
      fill.style.width = `${percent}%`;
    },
  };
}

export const SECTION_BUILDERS: Record<
  ShellControl,
  (dispatch: Dispatch, openPanel: OpenPanel, setOrderDraft: SetOrderDraft) => Section
> = {
  ads: adsSection,
  price: priceSection,
  discount: discountSection,
  plans: plansSection,
  fakes: fakesSection,
  design: designSection,
  stock: stockSection,
  copy: copySection,
  claims: claimsSection,
  staff: staffSection,
  credit: creditSection,
};
