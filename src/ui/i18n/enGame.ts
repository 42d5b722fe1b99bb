/**
 * English texts about what happens in the game: events and their choices, notices, star rules,
 * outcomes, decisions and the sim's error codes. Part of the catalogue in en.ts.
 */
export const enGame = {
  'event.supplierDelay.title': 'The factory is running late',
  'event.supplierDelay.body':
    'Your supplier says the next shipment for {listing} will arrive {qty} days later than promised.',
  'event.supplierDelay.wait.label': 'Wait for it',
  'event.supplierDelay.wait.effect':
    'Nothing to pay; the goods arrive {qty} days late and you may sell out meanwhile.',
  'event.supplierDelay.expedite.label': 'Pay for express freight',
  'event.supplierDelay.expedite.effect':
    'Pay {rate} of the shipment’s value now; it arrives on the day promised.',

  'event.competitorPriceCut.title': 'A competitor cuts its price',
  'event.competitorPriceCut.body':
    '{party} cut its price by {cut}. Buyers compare prices, and its sales jump.',
  'event.competitorPriceCut.match.label': 'Match the cut',
  'event.competitorPriceCut.match.effect':
    'Your list price drops by {cut}: you stay competitive, but every order earns less.',
  'event.competitorPriceCut.hold.label': 'Hold your price',
  'event.competitorPriceCut.hold.effect':
    'You keep your margin, but some buyers go to {party} and your rank may slip.',

  'event.campaignInvitation.title': 'Invitation to the festival campaign',
  'event.campaignInvitation.body':
    'The platform invites you to its shopping festival. To take part you must give at least {discount} off on festival days.',
  'event.campaignInvitation.join.label': 'Join the campaign',
  'event.campaignInvitation.join.effect':
    'The festival’s search traffic comes to you, at {discount} off every festival order.',
  'event.campaignInvitation.decline.label': 'Decline',
  'event.campaignInvitation.decline.effect':
    'You keep your prices, and see only a small part of the festival traffic.',

  'event.hunterClaim.title': 'A professional anti-counterfeiter (职业打假人)',
  'event.hunterClaim.body':
    'A buyer ordered {qty} pieces of {listing} and says your listing’s claims are false. Under the rule of refund plus three times the price (退一赔三) they claim {amount}.',
  'event.hunterClaim.settle.label': 'Settle',
  'event.hunterClaim.settle.effect': 'Pay {amount} now and the matter is closed.',
  'event.hunterClaim.contest.label': 'Go to court',
  'event.hunterClaim.contest.effect':
    'Pay {legal} in legal costs; you win about one time in four, otherwise you pay the claim too.',
  'event.hunterClaim.changeListing.label': 'Settle and fix the listing',
  'event.hunterClaim.changeListing.effect':
    'Pay {amount} and remove the claims from the listing, so the next hunter has no case.',

  'event.ipComplaint.title': 'An IP complaint',
  'event.ipComplaint.body':
    '{party} filed a complaint: {listing} copies its registered design too closely.',
  'event.ipComplaint.accept.label': 'Accept the takedown',
  'event.ipComplaint.accept.effect':
    'The listing goes offline for {days} days, loses its sales history and the shop gets penalty points.',
  'event.ipComplaint.contest.label': 'Contest it',
  'event.ipComplaint.contest.effect':
    'Pay {legal} in legal costs; the closer your copy, the likelier you lose — then a {days}-day takedown and more points.',
  'event.ipComplaint.changeListing.label': 'Redesign the product',
  'event.ipComplaint.changeListing.effect':
    'Pay {redesign} for a redesign; the listing is offline for a few days and no longer a close copy.',

  'event.staffResignation.title': 'Someone quits',
  'event.staffResignation.body': 'One of your {role} staff hands in their notice.',
  'event.staffResignation.replace.label': 'Hire a replacement',
  'event.staffResignation.replace.effect': 'Pay {amount} to hire someone new; the team stays full.',
  'event.staffResignation.raise.label': 'Offer a raise',
  'event.staffResignation.raise.effect':
    'They stay, and every {role} wage rises by a tenth from now on.',
  'event.staffResignation.accept.label': 'Let them go',
  'event.staffResignation.accept.effect': 'No cost today; you have one {role} fewer.',

  'event.supplierNegotiation.title': 'A supplier wants to talk terms',
  'event.supplierNegotiation.body': '{party} offers to change the terms of your deal.',
  'event.supplierNegotiation.volumePrice.label': 'Volume price',
  'event.supplierNegotiation.volumePrice.effect':
    'Units get cheaper, but the minimum order doubles to {qty}: more cash tied up in stock.',
  'event.supplierNegotiation.longerTerms.label': 'Longer payment terms',
  'event.supplierNegotiation.longerTerms.effect':
    'Pay 30 days later, for a slightly higher price per unit.',
  'event.supplierNegotiation.keep.label': 'Keep the current terms',
  'event.supplierNegotiation.keep.effect': 'Nothing changes.',

  'role.customerService': 'customer service',
  'role.operator': 'operator',
  'role.designer': 'designer',
  'role.warehouse': 'warehouse',

  'notice.caught':
    'Caught brushing! Fake sales and reviews are wiped, the listing is demoted for 30 days, +{qty} penalty points.',
  'notice.shopClosed': 'The platform closed your shop and kept the {amount} deposit.',
  'notice.arrival': 'A shipment of {qty} units arrived.',
  'notice.stockout': 'Sold out: buyers left empty-handed ({qty} orders lost).',
  'notice.clearance': '{qty} units went to a clearance buyer.',
  'notice.hunterPaid': 'You paid {amount} to an anti-counterfeiter.',
  'notice.takedown': 'The listing was taken down.',
  'notice.relisted': 'The listing is back online.',
  'notice.creditDrawn': 'Cash ran out: {amount} drawn from the credit line.',
  'notice.bankrupt': 'Cash ran out: the shop is bankrupt.',
  'notice.planEnded': 'The seven-day plan has ended.',
  'notice.festival': 'Festival day: search traffic surges.',
  'notice.resigned': 'A staff member left.',
  'notice.eventResolved': 'Done.',
  'notices.label': 'What happened today',

  'outcome.running': 'The stage is still running.',
  'outcome.passed': 'You reached the sales target.',
  'outcome.failed': 'You missed the sales target.',
  'outcome.bankrupt': 'The shop ran out of cash: bankrupt.',
  'outcome.closed': 'The platform closed the shop for brushing.',
  'outcome.trapped': 'Trapped: lots of sales, no real profit.',
  'outcome.escaped': 'You escaped the trap: real profit.',

  'star.salesTarget': 'Reach {target} real orders',
  'star.salesTarget.why': 'You made {orders} real orders (fake orders do not count).',
  'star.noPenalty': 'No penalty from the platform',
  'star.noPenalty.why': 'Penalties: {penalties}.',
  'star.profit': 'End with a net profit',
  'star.profit.why': 'Net profit: {net}.',
  'star.profitTarget': 'Reach the profit target',
  'star.profitTarget.why': 'Net profit: {net}.',
  'star.trendFit': 'Make what the market searches for',
  'star.trendFit.why': 'Judged on the design’s trend fit.',
  'star.sellThrough': 'Sell through your stock',
  'star.sellThrough.why': 'Judged on units sold against units bought.',
  'star.noComplaint': 'No complaint and no claim',
  'star.noComplaint.why': 'Judged on IP complaints and hunters’ claims.',
  'star.escaped': 'Escape the trap',
  'star.escaped.why': 'Judged on the net margin on GMV.',

  'decision.setAds': 'Ads {budget}/day, bid up to {bid}',
  'decision.setAdsOff': 'Ads switched off',
  'decision.setPrice': 'Price set to {price}',
  'decision.setDiscount': 'Coupon {percent} off',
  'decision.setDiscountOff': 'Coupon removed',
  'decision.setFakeOrders': 'Fake orders: 黑搜 {search} + 黑车 {ad} a day',
  'decision.setFakeOrdersOff': 'Fake orders stopped',
  'decision.startPlan': 'Started the {plan}',
  'decision.cancelPlan': 'Cancelled the rank plan',
  'decision.respondEvent': '{event}: {choice}',
  'decision.other': '{summary}',
  'decision.day': 'Day {day}',

  'action.setAds': 'ads',
  'action.setPrice': 'price',
  'action.setDiscount': 'coupons',
  'action.setFakeOrders': 'fake orders',
  'action.startPlan': 'rank plans',
  'action.cancelPlan': 'rank plans',
  'action.setDesign': 'product design',
  'action.orderStock': 'stock orders',
  'action.clearStock': 'clearance sales',
  'action.copyCompetitor': 'copying a bestseller',
  'action.setClaims': 'listing claims',
  'action.setStaff': 'staff',
  'action.drawCredit': 'borrowing',
  'action.repayCredit': 'repaying credit',

  'error.stage_over': 'The stage is over.',
  'error.event_pending': 'Answer the open event first.',
  'error.no_event': 'There is no event to answer.',
  'error.choice_not_offered': 'That choice is not on offer.',
  'error.action_not_enabled': 'That is not part of this stage.',
  'error.unknown_action': 'That action is unknown.',
  'error.bad_field': 'That value is not valid.',
  'error.value_out_of_range': 'That value is out of range.',
  'error.unknown_listing': 'That listing does not exist.',
  'error.unknown_supplier': 'That supplier does not exist.',
  'error.unknown_competitor': 'That competitor does not exist.',
  'error.unknown_material': 'That material does not exist.',
  'error.unknown_style': 'That style does not exist.',
  'error.below_moq': 'The order is below the minimum order quantity.',
  'error.insufficient_cash': 'Not enough cash.',
  'error.insufficient_stock': 'Not enough stock.',
  'error.listing_already_selling': 'The listing already sells; its design is fixed.',
  'error.listing_taken_down': 'The listing is offline.',
  'error.plan_running': 'A plan is already running.',
  'error.no_plan': 'No plan is running.',
  'error.over_credit_limit': 'That is over the credit limit.',
  'error.nothing_to_repay': 'There is nothing to repay.',
  'error.unsafe_amount': 'That amount is too large.',
} as const;
