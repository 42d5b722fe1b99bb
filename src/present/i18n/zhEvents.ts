/** Simplified Chinese for the keys of enEvents.ts; the type makes a missing key fail. */
import type { enEvents } from './enEvents';

export const zhEvents: Record<keyof typeof enEvents, string> = {
  'event.badReviewWave.title': '一波差评要来了',
  'event.badReviewWave.body': '{qty} 位买了 {listing} 的顾客说尺码偏小，准备给一星差评。',
  'event.badReviewWave.compensate.label': '部分退款',
  'event.badReviewWave.compensate.effect':
    '现在支付 {compensate}（{qty} 笔部分退款）；大多数顾客会撤回投诉，评分保持 {ratingNow}。',
  'event.badReviewWave.ignore.label': '随它去',
  'event.badReviewWave.ignore.effect':
    '今天不花钱；评分从 {ratingNow} 掉到 {ratingIgnored}，评分越低，进店的人越少下单。',

  'event.serviceSurge.title': '客服咨询挤爆了',
  'event.serviceSurge.body':
    '一条帖子火了，咨询蜂拥而至：接下来 {surgeDays} 天每天的咨询会从 {chatsNow} 条涨到约 {chatsSurge} 条，而你的客服每天只能回复 {capacity} 条。',
  'event.serviceSurge.hireTemp.label': '请临时客服',
  'event.serviceSurge.hireTemp.effect':
    '现在支付 {tempCost}，从外包公司请 {temps} 名临时客服；每天能回复 {capacityTemps} 条，转化率保持在平时的 {convTemp}。',
  'event.serviceSurge.letSlide.label': '让回复慢一点',
  'event.serviceSurge.letSlide.effect':
    '不花钱；没人回复的顾客下单率只有一半，{surgeDays} 天里转化率降到平时的 {convSlide}。',

  'event.rivalExposed.title': '对手刷单被抓了',
  'event.rivalExposed.body': '平台查到 {party} 刷单，把它的搜索排名压了下去；它的顾客正在找别家。',
  'event.rivalExposed.advertise.label': '趁机投广告',
  'event.rivalExposed.advertise.effect':
    '现在支付 {pushFee}，{pushDays} 天里每天多 {extraVisits} 个访客；按昨天的转化率，每天约多 {extraOrders} 单，每单扣除退货前剩 {margin}。',
  'event.rivalExposed.hold.label': '预算不变',
  'event.rivalExposed.hold.effect': '不花钱；对手排名下降，你也能顺带多卖一点，只是不额外花钱抢。',

  'event.qualityDefect.title': '一批货有质量问题',
  'event.qualityDefect.body': '{party} 承认，你仓库里那 {units} 件 {listing} 有开线的毛病。',
  'event.qualityDefect.rework.label': '付钱返工质检',
  'event.qualityDefect.rework.effect':
    '现在支付 {rework}（每件 {reworkEach}）；货品恢复原来的品质再发出。',
  'event.qualityDefect.ship.label': '照常发货',
  'event.qualityDefect.ship.effect':
    '今天不花钱；退货率上升 {extraRate}，大约多 {extraReturns} 件退货，除了退款每件还要多花 {returnCost}（共 {returnsCost}），差评也会变多。',

  'event.festivalStockUp.title': '为双11备货',
  'event.festivalStockUp.body':
    '双11 在第 {festivalDay} 天。供应商要按交货期生产：现在下单，货能在当天之前到（见下表）。',
  'event.festivalStockUp.stockUp.label': '下单备货',
  'event.festivalStockUp.stockUp.effect':
    '现在为表中的订单支付定金 {stockDeposit}，尾款到货后再付。阶段结束时卖不掉的货要亏本清仓。',
  'event.festivalStockUp.skip.label': '照平常进货',
  'event.festivalStockUp.skip.effect': '不占用现金；如果双11 当天卖断货，多出来的顾客就去了别家。',

  'event.festivalPreheat.title': '双11 预热',
  'event.festivalPreheat.body':
    '预热马上开始：接下来几天，顾客会为第 {festivalDay} 天的双11 提前加购。',
  'event.festivalPreheat.presale.label': '开预售',
  'event.festivalPreheat.presale.effect':
    '付了定金的顾客当天会回来付尾款：搜索量多出平日的 {presaleSearch}，但定金膨胀让每单再多让利 {presaleDiscount}（见下表）。',
  'event.festivalPreheat.adPush.label': '投加购广告',
  'event.festivalPreheat.adPush.effect':
    '现在支付 {adPushFee}；当天搜索量多出平日的 {adPushSearch}，价格保持不变。',
  'event.festivalPreheat.skip.label': '不做预热推广',
  'event.festivalPreheat.skip.effect': '不花钱；当天来多少流量就是多少。',

  'event.festivalReturns.title': '双11 退货潮',
  'event.festivalReturns.body':
    '预热和双11 期间的 {festivalOrders} 单里，有 {units} 件会从第 {firstDue} 天起陆续退回来。',
  'event.festivalReturns.inspect.label': '逐件质检分拣',
  'event.festivalReturns.inspect.effect':
    '现在支付 {inspectFee}；能重新上架的从 {resoldAsIs} 件增加到 {resoldInspected} 件，少报废 {saved} 的货。',
  'event.festivalReturns.asIs.label': '照常处理',
  'event.festivalReturns.asIs.effect': '不花钱；{resoldAsIs} 件重新上架，其余报废。',

  'terms.stockUp.caption': '双11 备货单，每个商品一张',
  'terms.listing': '商品',
  'terms.qty': '件数',
  'terms.depositNow': '现付定金',
  'terms.arrives': '到货',
  'terms.arrivesDay': '第 {day} 天',
  'terms.notAffordable': '现金不够',
  'terms.preheat.caption': '每个商品在双11的一单，扣除成本后剩多少',
  'terms.campaignOnly': '活动价',
  'terms.withPresale': '加预售',
  'terms.marginDeclined': '不参加',
  'terms.marginJoined': '参加',
  'event.moreBelow': '下面还有：往下滑看全部选项',
};
