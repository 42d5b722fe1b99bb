import { el, nameNode } from '../../ui/kit/dom';
import { formatBp, formatFen, formatSignedFen } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import { linkMessage } from '../../present/linkMessage';
import { penaltyWords } from '../../present/penaltyWords';
import type { BadLine, BoardEntry } from '../../classroom/board';

/** A leaderboard table; a name is a button that opens that student's details. */
export function leaderboardTable(
  entries: readonly BoardEntry[],
  onOpen: (entry: BoardEntry) => void,
  caption: string,
): HTMLElement {
  const cols = [
    'class.col.rank',
    'class.col.name',
    'class.col.net',
    'class.col.gmv',
    'class.col.margin',
    'class.col.stars',
    'class.col.outcome',
    'class.col.penalties',
    'class.col.verified',
  ] as const;
  const head = el(
    'tr',
    {},
    cols.map((c) => el('th', { scope: 'col', text: t(c) })),
  );
  const rows = entries.map((e) => {
    const open = el('button', { type: 'button', class: 'link-button' }, [nameNode(e.name)]);
    open.addEventListener('click', () => onOpen(e));
    const notes: string[] = [];
    if (e.duplicates > 0) notes.push(t('class.dupNote', { count: e.duplicates }));
    if (e.setAside > 0) notes.push(t('class.asideNote', { count: e.setAside }));
    return el('tr', { 'data-name': e.name }, [
      el('td', { class: 'num', text: String(e.rank) }),
      el('th', { scope: 'row' }, [
        open,
        ...(notes.length > 0
          ? [el('span', { class: 'hint row-note', text: notes.join(' ') })]
          : []),
      ]),
      el('td', { class: 'num', text: formatSignedFen(e.netProfit, 'exact') }),
      el('td', { class: 'num', text: formatFen(e.gmv) }),
      el('td', { class: 'num', text: formatBp(e.marginBp) }),
      el('td', { class: 'num', text: String(e.stars) }),
      el('td', { text: tKey(`outcome.${e.outcome}`) }),
      el('td', { class: 'penalty-cell', text: penaltyWords(e.penaltyPoints, e.penalties) }),
      el('td', { class: 'verified-cell', text: t('class.verifiedMark') }),
    ]);
  });
  return el('div', { class: 'table-scroll' }, [
    el('table', { class: 'leaderboard' }, [
      el('caption', { text: caption }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/** Lines that did not verify, each with its reason; they never stop the others. */
export function badLinesList(bad: readonly BadLine[]): HTMLElement {
  const list = el('ul', { class: 'bad-lines' });
  for (const b of bad) {
    const shown = b.text.length > 64 ? `${b.text.slice(0, 61)}…` : b.text;
    list.append(
      el('li', {}, [
        el('strong', { text: t('class.badLine', { line: b.line }) }),
        ' ',
        el('span', { class: 'bad-reason', text: linkMessage(b.reason) }),
        el('code', { class: 'bad-text', text: shown }),
      ]),
    );
  }
  return el('section', { class: 'bad-section', 'aria-labelledby': 'bad-h' }, [
    el('h2', { id: 'bad-h', text: t('class.badHeading', { count: bad.length }) }),
    list,
  ]);
}

/**
 * Hand-ins played on another version of a level: real runs, not damage, so they get their own
 * group, each with the level hash in the link and on this page.
 */
export function otherLevelList(lines: readonly BadLine[]): HTMLElement {
  const list = el('ul', { class: 'bad-lines other-level-lines' });
  for (const b of lines) {
    const shown = b.text.length > 64 ? `${b.text.slice(0, 61)}…` : b.text;
    list.append(
      el('li', {}, [
        el('strong', { text: t('class.badLine', { line: b.line }) }),
        ' ',
        el('span', {
          class: 'bad-reason',
          text: linkMessage({
            reason: b.reason,
            detail: {
              ...(b.linkLevelHash === undefined ? {} : { linkLevelHash: b.linkLevelHash }),
              ...(b.pageLevelHash === undefined ? {} : { pageLevelHash: b.pageLevelHash }),
            },
          }),
        }),
        el('code', { class: 'bad-text', text: shown }),
      ]),
    );
  }
  return el('section', { class: 'bad-section other-level', 'aria-labelledby': 'other-level-h' }, [
    el('h2', { id: 'other-level-h', text: t('class.otherLevelHeading', { count: lines.length }) }),
    list,
  ]);
}
