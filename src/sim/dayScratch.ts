/**
 * Working records of the day being simulated (step.ts). None of them outlives a day or enters the
 * state, so the day loop reuses these few objects instead of allocating new ones every day.
 */
import type { ConversionInputs } from './conversion';
import type { BatchMoney } from './returns';
import type { AdPurchase } from './traffic';

export interface ListingDay {
  organic: number;
  paid: number;
  fakeSearch: number;
  fakeAd: number;
  fakeCpcFen: number;
  orders: number;
}

/** Per-listing figures of the day, one record per listing slot; listingDay(i) clears slot i. */
export const listingDays: ListingDay[] = [];

export function listingDay(index: number): ListingDay {
  let today = listingDays[index];
  if (today === undefined) {
    today = { organic: 0, paid: 0, fakeSearch: 0, fakeAd: 0, fakeCpcFen: 0, orders: 0 };
    listingDays.push(today);
  }
  today.organic = 0;
  today.paid = 0;
  today.fakeSearch = 0;
  today.fakeAd = 0;
  today.fakeCpcFen = 0;
  today.orders = 0;
  return today;
}

/** Reused like listingDays: conversion inputs of the day being simulated. */
export const inputs: ConversionInputs = {
  categoryConversionBp: 0,
  customerServiceBp: 0,
  operatorBp: 0,
  designerBp: 0,
  kind: 'none',
  discountBp: 0,
};

/** Reused like listingDays: one listing's ad purchase. */
export const ads: AdPurchase = { clicks: 0, spendFen: 0, marginalCpcFen: 0 };

/** Reused like listingDays: the money per unit of the sale being booked (copied into batches). */
export const saleMoney: BatchMoney = {
  paidPerUnitFen: 0,
  commissionPerUnitFen: 0,
  taxPerUnitFen: 0,
  unitCostFen: 0,
  settleDay: 0,
};
