/** Simplified Chinese for the keys of enPlatform.ts; the type makes a missing key fail. */
import type { enPlatform } from './enPlatform';

export const zhPlatform: Record<keyof typeof enPlatform, string> = {
  'save.export': '导出存档',
  'save.exportHint': '把进度下载为文件，留作备份或搬到另一个浏览器。',
  'save.import': '导入存档',
  'save.imported': '存档已导入：你的进度回来了。',
  'save.import.tooLarge': '这个文件太大，不可能是本游戏的存档。',
  'save.import.corrupt': '这个文件不是本游戏的存档，或者已经损坏。',
  'save.import.newer': '这个存档来自更新版本的游戏；请更新游戏后再打开。',
  'save.import.checksum': '这个存档在游戏写入后被改动过，无法信任；你当前的存档没有改变。',
  'save.import.replays': '这个存档无法在此版本的游戏中重放；你当前的存档没有改变。',
  'save.status.unavailable':
    '此浏览器不允许游戏存储任何内容：进度没有被保存。请导出存档以保留进度。',
  'save.status.full': '浏览器存储空间已满：进度没有被保存。请导出存档以保留进度。',
  'save.status.elsewhere': '游戏已在另一个标签页中打开：此标签页不再保存。接管后可在这里继续玩。',
  'save.takeOver': '在这里接管',
  'save.notice.quarantined':
    '存档已损坏，因此开始了新的挑战。损坏存档的副本会保留在此浏览器中，直到你关闭这条提示。',
  'save.downloadDamaged': '下载损坏的存档',
  'save.notice.newer': '这个存档由更新版本的游戏创建：请刷新页面以更新。',
  'save.reload': '刷新',
  'save.dismiss': '关闭',
  'save.persistRefused': '此浏览器在空间不足时可能清除游戏存档。请不时使用“导出存档”保留一份副本。',

  'confirm.cancel': '取消',
  'confirm.newCampaign.heading': '开始新的挑战？',
  'confirm.newCampaign.loses':
    '这会替换此浏览器中保存的整局：{progress}。如想保留一份副本，请先导出存档。',
  'confirm.newCampaign.confirm': '开始新的挑战',
  'confirm.newCampaign.keep': '保留我的整局',
  'confirm.progress.best': '{stage}：最佳一局 {stars} / 3 颗星',
  'confirm.progress.notPassed': '{stage}：尚未通过',
  'confirm.progress.run': '{stage}进行到第 {day} / {days} 天',
  'confirm.progress.separator': '；',
  'confirm.newer.heading': '在此版本上开始新的挑战？',
  'confirm.newer.loses':
    '更新版本创建的存档会另行保留在此浏览器中，但此版本无法打开它。若想继续玩那个存档，请改为刷新页面以更新游戏。',
  'confirm.startOver.heading': '重新开始{stage}？',
  'confirm.startOver.loses':
    '进行中的这一局（第 {day} / {days} 天）将会丢失。你在本阶段已完成的最佳一局会保留。',
  'confirm.startOver.confirm': '重新开始',
  'confirm.startOver.keep': '保留这一局',
  'confirm.finish.heading': '现在就完成本阶段？',
  'confirm.finish.loses':
    '还剩 {days} 天。这些天会按你当前的设置一次过完：期间可以回应事件，但不能再调整价格、广告或库存。',
  'confirm.finish.confirm': '立即完成',
  'confirm.finish.keep': '继续经营',
  'confirm.clearClass.heading': '清空班级？',
  'confirm.clearClass.loses':
    '此页面上的全部 {count} 份提交和排行榜都会被移除。如需保留成绩，请先下载 CSV。',
  'confirm.clearClass.confirm': '清空班级',
  'confirm.clearClass.keep': '保留提交',

  'settings.label': '设置',
  'settings.language': '语言',
  'settings.sound': '声音',
  'settings.soundOn': '声音：开',
  'settings.soundOff': '声音：关',
  'settings.motion': '减少动画',
  'settings.mute': '静音',

  'glossary.open': '{term} 是什么？',
  'glossary.ztc': '直通车：平台的搜索竞价广告，按点击付费。',
  'glossary.spiral': '七天螺旋：连续一周每天销量递增，以此冲高搜索排名。',
  'glossary.ramp123': '123玩法：每天依次多刷一、二、三……单。',
  'glossary.heiche': '黑车：通过你自己的付费广告进店的刷单。',
  'glossary.heisou': '黑搜：搜索你的关键词后下单的刷单。',
  'glossary.shuadan': '刷单：花钱请人下虚假订单、写虚假评价。',
  'glossary.hunter': '职业打假人：故意购买以索取赔偿的人。',
  'glossary.refund3': '退一赔三：受误导的买家可依法要求退款并获得三倍价款的赔偿。',
  'glossary.gmv': 'GMV：成交总额，即按标价计算的全部销售额——不是你留得住的钱。',

  'offline.ready': '游戏已可离线游玩。',
};
