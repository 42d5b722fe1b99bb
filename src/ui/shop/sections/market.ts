import type { GameState } from '../../../store/gameStore';
import { el, setText } from '../../kit/dom';
import { formatBp, formatPrice } from '../../../present/format';
import { local, t } from '../../../present/i18n';
import type { ControlsView } from '../../../present/views/controls';
import { marketView } from '../../../present/views/market';
import { createSlider } from '../../kit/slider';
import {
  button,
  checkbox,
  fieldset,
  selectField,
  type Dispatch,
  type OpenPanel,
  type Section,
} from './parts';

function indexOf(state: GameState, listingId: string): number {
  return state.run?.sim.listings.findIndex((l) => l.id === listingId) ?? -1;
}

/** Re-make the listing after a competitor, with a chosen degree of differentiation. */
export function copySection(dispatch: Dispatch, openPanel: OpenPanel): Section {
  const root = fieldset('copy.heading', 'copy.explain', 'control-copy');
  const competitor = selectField(t('copy.competitor'));
  let diffValue = 3000;
  const diff = createSlider({
    label: t('copy.diff'),
    hint: t('copy.diffHint'),
    range: { min: 0, max: 10_000, step: 500 },
    format: formatBp,
    onCommit: (v) => {
      diffValue = v;
    },
  });
  diff.input.addEventListener('input', () => {
    diffValue = Number(diff.input.value);
  });
  const status = el('p', { class: 'copy-status' });
  let listingId = '';
  const apply = button(t('copy.apply'), 'btn-primary', () =>
    dispatch({
      type: 'copyCompetitor',
      listingId,
      competitorId: competitor.select.value,
      differentiationBp: diffValue,
    }),
  );
  const data = button(t('market.open'), 'btn-ghost btn-open', () => openPanel('market'));
  root.append(
    competitor.root,
    diff.root,
    el('div', { class: 'row-buttons' }, [apply, data]),
    status,
  );
  return {
    root,
    update(view: ControlsView, state: GameState) {
      listingId = view.listingId;
      const mv = marketView(state, indexOf(state, listingId));
      if (!mv) return;
      competitor.setOptions(
        mv.competitors.map((c) => ({
          value: c.id,
          text: `#${c.rank} ${local(c.name)}`,
          detail: t('copy.option', { price: formatPrice(c.priceFen) }),
        })),
        competitor.select.value || (mv.competitors[0]?.id ?? ''),
      );
      diff.set(diffValue);
      const l = mv.listing;
      setText(
        status,
        l.copiedFrom
          ? t('copy.status', {
              name: local(l.copiedFrom),
              similarity: formatBp(l.similarityBp),
              diff: formatBp(l.differentiationBp),
            })
          : t('copy.none'),
      );
      competitor.select.disabled = view.locked;
      diff.setDisabled(view.locked);
      apply.disabled = view.locked;
    },
  };
}

/** The claims the player may write on the listing page. */
export function claimsSection(dispatch: Dispatch): Section {
  const root = fieldset('claims.heading', 'claims.explain', 'control-claims');
  const superlative = checkbox(t('claims.superlative'));
  const material = checkbox(t('claims.material'));
  let listingId = '';
  const send = () =>
    dispatch({
      type: 'setClaims',
      listingId,
      superlative: superlative.input.checked,
      materialClaim: material.input.checked,
    });
  superlative.input.addEventListener('change', send);
  material.input.addEventListener('change', send);
  root.append(superlative.root, material.root);
  return {
    root,
    update(view: ControlsView, state: GameState) {
      listingId = view.listingId;
      const listing = state.run?.sim.listings[indexOf(state, listingId)];
      if (!listing) return;
      superlative.input.checked = listing.superlativeClaim;
      material.input.checked = listing.materialClaim;
      superlative.input.disabled = view.locked;
      material.input.disabled = view.locked;
    },
  };
}
