/** Short codes for links (src/share/code.ts): shown beside every link, accepted on the title. */
export const enCode = {
  'link.code_characters':
    'The code has a character that no Four Stages code has: codes use digits and letters except 1, B, I and O.',
  'link.code_mistyped':
    'The code does not check out: a character is wrong, missing or extra. Compare it with the original, group by group.',
  'code.label': 'Code, if the link does not open',
  'code.copy': 'Copy code',
  'code.copied': 'Code copied.',
  'code.copyByHand': 'Copying is blocked here: the code is selected, copy it by hand.',
  'code.haveOne': 'Have a code or link?',
  'code.fieldLabel': 'Code or link',
  'code.open': 'Open',
  'code.empty': 'Paste or type a code or a link first.',
  'code.notRecognised': 'This is neither a Four Stages code nor a link the game makes.',
  'code.classFound':
    'This is the code of a class market class. Open the class market and paste its link there:',
  'code.handInFound':
    'This is the code of a class market hand-in. Send it to your trainer, who pastes its link among the hand-ins:',
  'code.foundLink': 'Link of the code',
  'code.openMarket': 'Open the class market',
} as const;
