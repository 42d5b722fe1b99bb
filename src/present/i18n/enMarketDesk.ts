/** The class market trainer page's desk: camera, deadlines and late marks, progress, charts, print. */
export const enMarketDesk = {
  'classMarket.firstDeadline': 'Round 1 deadline (your clock, sent in the brief links)',
  'classMarket.col.handIn': 'Handed in',
  'classMarket.lateAt': '{time}, late',
  'classMarket.lateLeftOut': '{time}, late: not counted',
  'classMarket.lateCounted':
    '{count} hand-in(s) this round came after the deadline: they are counted and marked late.',
  'classMarket.lateLeftOutNote':
    '{count} hand-in(s) this round came after the deadline: they are left out, and their seats are played by stand-ins.',
  'classMarket.countLate': 'Count late hand-ins (they stay marked late)',
  'classMarket.deadlines': 'Deadlines by this page’s clock: {list}',
  'classMarket.deadlineOf': 'round {round} at {time}',
  'classMarket.deadlinePast':
    'The next round’s deadline has already passed: every hand-in would be late. Set a later one and clear again.',
  'classMarket.noDeadlines': 'No deadline set yet: no hand-in is marked late.',
  'classMarket.restored':
    '{count} hand-in(s) restored from this browser, with the times they came in.',
  'classMarket.notSaved': 'This browser could not save the class: keep the bundle or the links.',
  'classMarket.notRestored':
    'The class saved in this browser could not be read; start from the links.',
  'classMarket.progress.alone':
    'Round {round} of {rounds}: {done} of {total} shops played as their students played them…',
  'classMarket.progress.split':
    'Round {round} of {rounds}: {done} of {total} shops re-simulated in the shared market…',
  'classMarket.progress.stock':
    'Round {round} of {rounds}: {done} of {total} shops re-simulated for stock-outs elsewhere…',
  'classMarket.cameraHeading': 'Collect by camera',
  'classMarket.cameraStart': 'Scan hand-in QR codes',
  'classMarket.cameraStop': 'Stop the camera',
  'classMarket.cameraAsking': 'Asking for the camera…',
  'classMarket.cameraLooking': 'Hold each hand-in’s QR code up to the camera.',
  'classMarket.cameraStopped': 'The camera is off.',
  'classMarket.cameraDenied':
    'The camera was not allowed, so scanning is off: paste or drop the hand-ins instead.',
  'classMarket.cameraNone':
    'No camera was found on this device: paste or drop the hand-ins instead.',
  'classMarket.cameraFailed':
    'The camera could not be started: paste or drop the hand-ins instead.',
  'classMarket.cameraUnavailable':
    'This browser offers no camera here (it needs https or localhost): paste or drop the hand-ins instead.',
  'classMarket.scanNoClass': 'Put the class link in first: a hand-in is read against its class.',
  'classMarket.scanRefused': 'Not added: {reason}',
  'classMarket.scanAgain': 'Seat {seat}, round {round} is already collected.',
  'classMarket.scanAdded': 'Added seat {seat}, round {round} at {time}.',
  'classMarket.scanLate':
    'Added seat {seat}, round {round} at {time}: after the deadline, marked late.',
  'classMarket.chartsHeading': 'Round {round} in charts',
  'classMarket.chartShare': 'Share of the class’s orders, round {round}',
  'classMarket.chartShareDesc':
    'One bar per shop, largest first; in a class of more than three, the round’s top three by net profit are in blue.',
  'classMarket.chartPriceQuality': 'Price against quality, round {round}',
  'classMarket.chartPriceQualityDesc':
    'Each dot is a shop: the price shoppers paid after coupon across, product quality up.',
  'classMarket.chartGmvProfit': 'GMV against net profit, round {round}',
  'classMarket.chartGmvProfitDesc':
    'Each dot is a shop: sales across, net profit up; below the dashed line a shop lost money.',
  'classMarket.axisPrice': 'Price after coupon',
  'classMarket.axisQuality': 'Quality',
  'classMarket.axisGmv': 'GMV',
  'classMarket.axisProfit': 'Net profit',
  'marketPrint.printAll': 'Print every student’s sheet',
  'marketPrint.printOne': 'Print this student’s sheet',
  'marketPrint.which': 'Which student’s sheet',
  'marketPrint.title': 'Seat {seat}: {name}',
  'marketPrint.titleSeat': 'Seat {seat}',
  'marketPrint.subtitle': '{klass}, after round {round} of {rounds}',
  'marketPrint.waterfall': 'Where round {round}’s sales went',
  'marketPrint.waterfallDesc': 'From GMV down to a net profit of {net}.',
  'marketPrint.changes': 'Round by round',
  'marketPrint.col.round': 'Round',
  'marketPrint.col.playedBy': 'Played by',
  'marketPrint.col.gmv': 'GMV',
  'marketPrint.col.profit': 'Net profit',
  'marketPrint.col.share': 'Share',
  'marketPrint.col.place': 'Place',
  'marketPrint.round': 'Round {round}',
  'marketPrint.placeOf': '{place} of {seats}',
  'marketPrint.late': 'late',
  'marketPrint.costliest': 'Your decisions that cost most',
  'marketPrint.costliestHint':
    'Each measured in the round as you played it: the same round with that decision left at the default.',
  'marketPrint.cost': 'Round {round}: {decision}',
  'marketPrint.noCosts': 'None of your decisions cost you money in these rounds.',
  'marketPrint.noHandIns':
    'No hand-in from this seat was counted, so there are no decisions to weigh.',
  'marketPrint.reflect': 'Think it over',
  'marketPrint.prompt1': 'Which of your decisions would you change first, and why?',
  'marketPrint.prompt2': 'What did your classmates do that changed your sales?',
  'marketPrint.prompt3': 'Where did your money go between GMV and net profit?',
} as const;
