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
  'save.import.replays': '这个存档无法在此版本的游戏中重放；你当前的存档没有改变。',
  'save.status.unavailable':
    '此浏览器不允许游戏存储任何内容：进度没有被保存。请导出存档以保留进度。',
  'save.status.full': '浏览器存储空间已满：进度没有被保存。请导出存档以保留进度。',
  'save.status.elsewhere': '游戏已在另一个标签页中打开：此标签页不再保存。接管后可在这里继续玩。',
  'save.takeOver': '在这里接管',
  'save.notice.quarantined': '存档已损坏；已将其另行保留，并开始了新的一局。',
  'save.notice.newer': '存档来自更新版本的游戏；已将其另行保留，并开始了新的一局。',
  'save.dismiss': '关闭',

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
