/** The debrief's "why": decisions in plain words, what each earned or cost, the what-if. */
export const enDebrief = {
  'span.day': 'on day {day}',
  'span.days': 'days {from}–{to}',
  'span.from': 'from day {day}',
  'decision.days': 'Days {from}–{to}',
  'decision.fromDay': 'From day {day}',
  'why.decisionSpan': '{what}, {span}',

  'dw.setAds': 'ads on the {listing} at {budget}/day, bid up to {bid}',
  'dw.setAdsOff': 'ads on the {listing} switched off',
  'dw.setPrice': 'price of the {listing} set to {price}',
  'dw.setDiscount': 'coupon of {percent} off the {listing}',
  'dw.setDiscountOff': 'coupon on the {listing} removed',
  'dw.setFakeOrders': 'fake orders on the {listing}: 黑搜 {search} + 黑车 {ad} a day',
  'dw.setFakeOrdersOff': 'fake orders on the {listing} stopped',
  'dw.setClaims': 'claims on the {listing} page: {claims}',
  'dw.claims.superlative': 'superlatives (“best”)',
  'dw.claims.material': 'a material claim',
  'dw.claims.none': 'none',
  'dw.claims.both': 'superlatives (“best”) and a material claim',
  'dw.setStaff': '{count} in {role}',
  'dw.orderStock': 'bought {qty} × {listing} at {unit} from {supplier}',
  'dw.orderStockChecked': 'bought {qty} × {listing} at {unit} from {supplier}, quality-checked',
  'dw.clearStock': 'sold {qty} × {listing} to the clearance buyer',
  'dw.copyCompetitor': 'copied {competitor} onto the {listing}, {percent} different',
  'dw.setDesign': 'made the {listing} in {material}, {style}',
  'dw.startPlan': 'started the {plan} on the {listing}',
  'dw.cancelPlan': 'stopped the rank plan on the {listing}',
  'dw.drawCredit': 'borrowed {amount} on the credit line',
  'dw.repayCredit': 'repaid {amount} of credit',
  'dw.respondEvent': '{event}: {choice}',

  'why.heading': 'Why: what your decisions earned or cost',
  'why.intro':
    'Each decision is weighed by replaying this stage without it (back at the level’s default) and comparing the two runs.',
  'why.working': 'Weighing each of your decisions…',
  'why.failed': 'Your decisions could not be weighed for this run.',
  'why.none': 'You made no decisions to weigh: the shop ran on its starting settings.',
  'why.costHeading': 'Cost you the most',
  'why.earnHeading': 'Earned you the most',
  'why.noCosts': 'None of your decisions cost net profit against the default.',
  'why.noEarns': 'None of your decisions added net profit against the default.',
  'why.cost': 'Your {decision} changed GMV by {gmv} and cost {net} of net profit.',
  'why.earn': 'Your {decision} changed GMV by {gmv} and earned {net} of net profit.',
  'why.remainder':
    'Effects need not add up, because decisions work on each other: against the stage with none of them ({baseline}), {remainder} of the difference belongs to no single decision.',
  'why.linesHeading': 'Which decisions moved each line',
  'why.lineNone': 'No decision of yours moved this line.',
  'why.lineItem': '{decision}: {amount}',
  'why.lineMore': 'and {count} smaller ones',

  'whatIf.heading': 'What if…?',
  'whatIf.intro':
    'Go back to the end of any day, change your decisions and play on. This run and its link stay as they are.',
  'whatIf.dayLabel': 'Fork after day',
  'whatIf.start': 'Play a what-if from here',
  'whatIf.badDay': 'Choose a day from 1 to {last}.',
  'whatIf.label': 'What-if: days 1–{day} as played, then changed',
  'whatIf.compareHeading': 'This what-if beside the run it came from',
  'whatIf.colLine': 'Line',
  'whatIf.colOriginal': 'As played',
  'whatIf.colWhatIf': 'What-if',
  'whatIf.colDifference': 'Difference',
  'whatIf.net': 'Net profit',
  'whatIf.chartTitle': 'GMV and cumulative net profit per day, both runs',
  'whatIf.chartDesc':
    'Solid lines: the what-if; dashed lines: the run as played. Net profit {original} as played, {whatIf} in the what-if.',
  'whatIf.seriesGmvOriginal': 'GMV as played',
  'whatIf.seriesGmvWhatIf': 'GMV, what-if',
  'whatIf.seriesNetOriginal': 'Net profit as played',
  'whatIf.seriesNetWhatIf': 'Net profit, what-if',
  'whatIf.back': 'Back to the run as played',

  'fines.heading': 'Fines and claims, case by case',
  'fines.event': '{event}: {choice}',
  'fines.event.hunterClaim.settle': 'Anti-counterfeiter’s claim settled',
  'fines.event.hunterClaim.changeListing': 'Anti-counterfeiter’s claim settled, listing fixed',
  'fines.event.hunterClaim.contest':
    'Anti-counterfeiter’s claim taken to court: legal costs and damages',
  'fines.event.ipComplaint.changeListing': 'IP complaint: product redesigned',
  'fines.event.ipComplaint.contest': 'IP complaint contested: legal costs',
  'fines.times': '{label} (×{count})',
  'fines.lateParcels': 'Compensation for late parcels ({days} days)',
  'fines.lateParcelsOne': 'Compensation for late parcels (1 day)',
  'fines.depositForfeit': 'Platform deposit forfeited when the shop was closed',
  'fines.pendingForfeit': 'Pending settlements kept by the platform after the closure',
  'fines.other': 'Other decisions',
  'fines.sum': 'The cases add up to the line: {amount}.',

  'penalty.wording': '{points} points from {catches} catches',
  'penalty.wordingOneCatch': '{points} points from 1 catch',
  'penalty.none': 'No points, no catches',
  'penalty.label': 'Penalty points',

  'whatIf.chartPick': 'Pick a day on the chart, or choose it here',
  'whatIf.chartDay': 'Day {day}',
  'whatIf.fromDay': 'What if from day {day}',
  'whatIf.chartDayHint':
    'Day {day}: GMV {gmv}, net profit so far {net}. Press to play a what-if from the end of this day.',

  'reflect.prompt.traffic': 'Which line would you cut first next time, and why?',
  'reflect.prompt.product':
    'What would you buy differently next time: the style, the supplier or the quantity? Why?',
  'reflect.prompt.market':
    'How close would you copy next time, and which claims would you drop? Why?',
  'reflect.prompt.comprehensive':
    'Which cost would you cut first to keep more of the GMV, and why?',
  'reflect.heading': 'Your reflection',
  'reflect.hint':
    'A short answer ({max} characters at most). It is kept with this run and travels in its result link.',
  'reflect.saved': 'Kept with the run.',

  'intro.product.afterProfit':
    'Your traffic paid this time, but clicks only sell what the product can. Now you become a product master: pick a supplier, a material and a style for a summer dress; the market’s search data sits right beside your own taste. Buy stock, set the price, reorder, and sell through in 50 days.',
  'lesson.traffic.adsPaid':
    'Your ads paid for themselves this time: at that budget and bid each paid order still left a margin. Watch what happens to that margin when the bid or the budget goes up, or the price goes down.',
} as const;
