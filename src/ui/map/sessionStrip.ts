import './map.css';
import { el, nameNode, nameSlot } from '../kit/dom';
import { t } from '../../present/i18n';
import {
  SESSION_NAME_GRAPHEMES,
  sessionLeverText,
  type MapSession,
} from '../../present/views/mapSession';

/**
 * The trainer's session under the map heading: its name, then each lever the trainer changed
 * against the stages' own values, so a student (and the trainer walking past) sees which rules
 * this class plays under. The name came in a link: it is a text node in a `<bdi>`, cut for the
 * header, the whole name in its title.
 */
export function sessionStrip(session: MapSession): HTMLElement {
  const name =
    session.name === ''
      ? [t('mapSession.unnamed')]
      : t('mapSession.name', { name: nameSlot() })
          .split(nameSlot())
          .flatMap((part, i) =>
            i === 0 ? [part] : [nameNode(session.name, SESSION_NAME_GRAPHEMES), part],
          );
  const levers =
    session.levers.length === 0
      ? [el('p', { class: 'map-session-levers', text: t('mapSession.noLevers') })]
      : [
          el('span', { class: 'visually-hidden', text: t('mapSession.leversHeading') }),
          el(
            'ul',
            { class: 'map-session-levers' },
            session.levers.map((lever) =>
              el('li', { class: 'map-session-lever', text: sessionLeverText(lever) }),
            ),
          ),
        ];
  return el('section', { class: 'map-session', 'aria-label': t('mapSession.label') }, [
    el('p', { class: 'map-session-name' }, name),
    ...levers,
  ]);
}
