import type { enCode } from './enCode';

export const zhCode: Readonly<Record<keyof typeof enCode, string>> = {
  'link.code_characters':
    '分享码里有《四个阶段》分享码不会用到的字符：分享码只用数字和字母，不含 1、B、I、O。',
  'link.code_mistyped': '分享码校验不通过：有字符输错、漏掉或多了。请对照原码逐组核对。',
  'code.label': '分享码（链接打不开时使用）',
  'code.copy': '复制分享码',
  'code.copied': '分享码已复制。',
  'code.copyByHand': '此处无法自动复制：分享码已选中，请手动复制。',
  'code.haveOne': '有分享码或链接？',
  'code.fieldLabel': '分享码或链接',
  'code.open': '打开',
  'code.empty': '请先粘贴或输入分享码或链接。',
  'code.notRecognised': '这既不是《四个阶段》的分享码，也不是游戏生成的链接。',
  'code.classFound': '这是课堂对抗赛班级的分享码。请打开课堂对抗赛，把下面的链接粘贴进去：',
  'code.handInFound':
    '这是课堂对抗赛提交的分享码。请发给老师，由老师把下面的链接粘贴到提交列表里：',
  'code.foundLink': '分享码对应的链接',
  'code.openMarket': '打开课堂对抗赛',
};
