/**
 * English texts of the deck's newer events (issue 13) and the Double 11 arc, with the terms
 * tables they show. Every figure in braces is a quote from src/sim/eventQuotes.ts.
 */
export const enEvents = {
  'event.badReviewWave.title': 'A wave of bad reviews',
  'event.badReviewWave.body':
    '{qty} buyers of {listing} say the sizes run small and are about to leave one-star reviews.',
  'event.badReviewWave.compensate.label': 'Refund part of the price',
  'event.badReviewWave.compensate.effect':
    'Pay {compensate} now ({qty} partial refunds); most buyers withdraw the complaint and the rating stays {ratingNow}.',
  'event.badReviewWave.ignore.label': 'Let the reviews stand',
  'event.badReviewWave.ignore.effect':
    'No cost today; the rating falls from {ratingNow} to {ratingIgnored}, and a lower rating converts fewer visitors.',

  'event.serviceSurge.title': 'Customer chats pile up',
  'event.serviceSurge.body':
    'A viral post sends a rush of questions: for {surgeDays} days chats rise from {chatsNow} to about {chatsSurge} a day, against {capacity} your agents can answer.',
  'event.serviceSurge.hireTemp.label': 'Hire temporary agents',
  'event.serviceSurge.hireTemp.effect':
    'Pay {tempCost} now for {temps} agency temps; capacity {capacityTemps} chats a day keeps conversion at {convTemp} of normal.',
  'event.serviceSurge.letSlide.label': 'Let response times slide',
  'event.serviceSurge.letSlide.effect':
    'No cost; unanswered chats buy at half the rate, so conversion drops to {convSlide} of normal for {surgeDays} days.',

  'event.rivalExposed.title': 'A rival is caught brushing',
  'event.rivalExposed.body':
    'The platform caught {party} faking orders and pushed it down the search results; its buyers are looking elsewhere.',
  'event.rivalExposed.advertise.label': 'Advertise into the gap',
  'event.rivalExposed.advertise.effect':
    'Pay {pushFee} now for {pushDays} days of +{extraVisits} visits a day; at yesterday’s conversion that is about {extraOrders} orders a day at {margin} each before returns.',
  'event.rivalExposed.hold.label': 'Hold your budget',
  'event.rivalExposed.hold.effect':
    'No cost; you still gain a little from the rival’s fall, without paying for more.',

  'event.qualityDefect.title': 'A faulty batch',
  'event.qualityDefect.body':
    '{party} admits that the {units} units of {listing} on your shelf have loose seams.',
  'event.qualityDefect.rework.label': 'Pay for inspection and rework',
  'event.qualityDefect.rework.effect':
    'Pay {rework} now ({reworkEach} a unit); the stock ships as good as before.',
  'event.qualityDefect.ship.label': 'Ship as they are',
  'event.qualityDefect.ship.effect':
    'No cost today; returns rise by {extraRate}, about {extraReturns} more returns at {returnCost} each beyond the refund ({returnsCost}), and more bad reviews.',

  'event.festivalStockUp.title': 'Stock up for Double 11',
  'event.festivalStockUp.body':
    'Double 11 is on day {festivalDay}. Suppliers need their lead time: order now and the goods arrive before the day (see the table).',
  'event.festivalStockUp.stockUp.label': 'Order festival stock',
  'event.festivalStockUp.stockUp.effect':
    'Pay {stockDeposit} in deposits now for the orders in the table; the rest is due after delivery. Stock left after the stage is cleared at a loss.',
  'event.festivalStockUp.skip.label': 'Keep the usual orders',
  'event.festivalStockUp.skip.effect':
    'No cash tied up; if Double 11 sells out your shelf, the extra buyers go elsewhere.',

  'event.festivalPreheat.title': 'Double 11 pre-heat',
  'event.festivalPreheat.body':
    'Pre-heat is about to start: for the next days buyers fill their carts for Double 11 on day {festivalDay}.',
  'event.festivalPreheat.presale.label': 'Run a pre-sale',
  'event.festivalPreheat.presale.effect':
    'Deposit holders come back: searches on the day rise by {presaleSearch} of a normal day, but each deposit counts for {presaleDiscount} more off (see the table).',
  'event.festivalPreheat.adPush.label': 'Push add-to-cart ads',
  'event.festivalPreheat.adPush.effect':
    'Pay {adPushFee} now; searches on the day rise by {adPushSearch} of a normal day, at the prices you already have.',
  'event.festivalPreheat.skip.label': 'No pre-heat push',
  'event.festivalPreheat.skip.effect': 'No cost; the day brings the traffic it brings.',

  'event.festivalReturns.title': 'The Double 11 return wave',
  'event.festivalReturns.body':
    'Of the {festivalOrders} orders from pre-heat and Double 11, {units} are coming back from day {firstDue}.',
  'event.festivalReturns.inspect.label': 'Grade every return',
  'event.festivalReturns.inspect.effect':
    'Pay {inspectFee} now; {resoldInspected} units go back on the shelf instead of {resoldAsIs}, saving {saved} of stock.',
  'event.festivalReturns.asIs.label': 'Process them as usual',
  'event.festivalReturns.asIs.effect':
    'No cost; {resoldAsIs} units go back on the shelf and the rest are written off.',

  'terms.stockUp.caption': 'Festival orders, one per listing',
  'terms.listing': 'Listing',
  'terms.qty': 'Units',
  'terms.depositNow': 'Deposit now',
  'terms.arrives': 'Arrives',
  'terms.arrivesDay': 'day {day}',
  'terms.notAffordable': 'not enough cash',
  'terms.preheat.caption': 'One Double 11 order of each listing, left after costs',
  'terms.campaignOnly': 'Campaign price',
  'terms.withPresale': 'With pre-sale',
  'terms.marginDeclined': 'Declined',
  'terms.marginJoined': 'Joined',
  'event.moreBelow': 'More below: scroll for every choice',
} as const;
