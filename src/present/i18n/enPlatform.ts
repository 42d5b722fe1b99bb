/**
 * English texts for the browser edges: saves and their files, settings (language, sound,
 * motion), the glossary of marketplace terms and offline play. Part of the catalogue in en.ts.
 */
export const enPlatform = {
  'save.export': 'Export save',
  'save.exportHint': 'Download your progress as a file, to keep or to move to another browser.',
  'save.import': 'Import save',
  'save.imported': 'Save imported: your campaign is back.',
  'save.import.tooLarge': 'That file is too large to be a save of this game.',
  'save.import.corrupt': 'That file is not a save of this game, or it is damaged.',
  'save.import.newer':
    'That save comes from a newer version of the game; update the game to open it.',
  'save.import.checksum':
    'That save was changed after the game wrote it, so it cannot be trusted; your current save is unchanged.',
  'save.import.replays':
    'That save does not replay on this version of the game; your current save is unchanged.',
  'save.status.unavailable':
    'This browser does not let the game store anything: progress is not being saved. Export a save to keep it.',
  'save.status.full':
    'The browser’s storage is full: progress is not being saved. Export a save to keep it.',
  'save.status.elsewhere':
    'The game is open in another tab: this tab no longer saves. Take over to play here.',
  'save.takeOver': 'Take over here',
  'save.notice.quarantined':
    'The saved game was damaged, so a new campaign started. A copy of the damaged save is kept in this browser until you dismiss this.',
  'save.downloadDamaged': 'Download the damaged save',
  'save.notice.newer': 'This save was made by a newer version: reload to update.',
  'save.reload': 'Reload',
  'save.dismiss': 'Dismiss',
  'save.persistRefused':
    'This browser may clear saved games when it needs room. Use “Export save” now and then to keep a copy.',

  'confirm.cancel': 'Cancel',
  'confirm.newCampaign.heading': 'Start a new campaign?',
  'confirm.newCampaign.loses':
    'This replaces the campaign saved in this browser: {progress}. Export the save first to keep a copy.',
  'confirm.newCampaign.confirm': 'Start a new campaign',
  'confirm.newCampaign.keep': 'Keep my campaign',
  'confirm.progress.best': '{stage}: best run {stars} of 3 stars',
  'confirm.progress.notPassed': '{stage}: not passed',
  'confirm.progress.run': '{stage} in progress at day {day} of {days}',
  'confirm.progress.separator': '; ',
  'confirm.newer.heading': 'Start a new campaign on this version?',
  'confirm.newer.loses':
    'The save made by the newer version stays in this browser, set aside, but this version cannot open it. To play it, reload the page to update instead.',
  'confirm.startOver.heading': 'Start {stage} over?',
  'confirm.startOver.loses':
    'The run in progress, at day {day} of {days}, will be lost. Your best finished run of this stage is kept.',
  'confirm.startOver.confirm': 'Start over',
  'confirm.startOver.keep': 'Keep this run',
  'confirm.finish.heading': 'Finish the stage now?',
  'confirm.finish.loses':
    '{days} days are left. They pass at once with your current settings: you can answer events, but not change prices, ads or stock in between.',
  'confirm.finish.confirm': 'Finish now',
  'confirm.finish.keep': 'Keep playing',
  'confirm.clearClass.heading': 'Clear the class?',
  'confirm.clearClass.loses':
    'All {count} hand-ins on this page will be removed, with the leaderboard. Download the CSV first to keep the results.',
  'confirm.clearClass.confirm': 'Clear the class',
  'confirm.clearClass.keep': 'Keep the hand-ins',

  'settings.label': 'Settings',
  'settings.language': 'Language',
  'settings.sound': 'Sound',
  'settings.soundOn': 'Sound on',
  'settings.soundOff': 'Sound off',
  'settings.motion': 'Reduce motion',
  'settings.mute': 'Mute sound',

  'glossary.open': 'What is {term}?',
  'glossary.ztc': '直通车 “through train”: the platform’s pay-per-click search ads.',
  'glossary.spiral':
    '七天螺旋 “seven-day spiral”: rising sales every day for a week, to climb the search rank.',
  'glossary.ramp123': '123玩法 “1-2-3 play”: one, two, three… more fake orders each day.',
  'glossary.heiche': '黑车 “black car”: fake orders that arrive through your own paid ads.',
  'glossary.heisou': '黑搜 “black search”: fake orders that search your keyword and buy.',
  'glossary.shuadan': '刷单 “brushing”: paying people to place fake orders and reviews.',
  'glossary.hunter':
    '职业打假人: professional anti-counterfeiters who buy on purpose to claim compensation.',
  'glossary.refund3':
    '退一赔三: the law lets a misled buyer claim a refund plus three times the price.',
  'glossary.gmv': 'GMV: gross merchandise value, all sales at list price — not money you keep.',

  'offline.ready': 'The game is ready to play offline.',
} as const;
