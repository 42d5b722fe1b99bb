import coin from '../../assets/coin.svg?no-inline';
import competitorFront from '../../assets/competitor-front.svg?no-inline';
import flag from '../../assets/flag.svg?no-inline';
import island1 from '../../assets/island-1.svg?no-inline';
import island2 from '../../assets/island-2.svg?no-inline';
import island3 from '../../assets/island-3.svg?no-inline';
import island4 from '../../assets/island-4.svg?no-inline';
import ladder from '../../assets/ladder.svg?no-inline';
import lock from '../../assets/lock.svg?no-inline';
import mapBg from '../../assets/map-bg.svg?no-inline';
import parcelReturn from '../../assets/parcel-return.svg?no-inline';
import parcel from '../../assets/parcel.svg?no-inline';
import shopFront from '../../assets/shop-front.svg?no-inline';
import starEmpty from '../../assets/star-empty.svg?no-inline';
import star from '../../assets/star.svg?no-inline';
import streetBg from '../../assets/street-bg.svg?no-inline';
import visitorFake from '../../assets/visitor-fake.svg?no-inline';
import visitorOrganic from '../../assets/visitor-organic.svg?no-inline';
import visitorPaid from '../../assets/visitor-paid.svg?no-inline';
import warning from '../../assets/warning.svg?no-inline';

export { default as iconUrl } from '../../assets/icon.svg?no-inline';

/**
 * The hand-made SVGs (assets/README.md), emitted as files rather than inlined so the page's
 * Content-Security-Policy can stay at 'self'. Sizes are the drawings' own; `scale` rasterises
 * small sprites sharper than 1:1 because the street camera may zoom in a little.
 */
export const ART = {
  coin: { url: coin, width: 32, height: 32, scale: 2 },
  competitorFront: { url: competitorFront, width: 320, height: 280, scale: 1 },
  flag: { url: flag, width: 40, height: 48, scale: 2 },
  island1: { url: island1, width: 260, height: 200, scale: 1 },
  island2: { url: island2, width: 260, height: 200, scale: 1 },
  island3: { url: island3, width: 260, height: 200, scale: 1 },
  island4: { url: island4, width: 260, height: 200, scale: 1 },
  ladder: { url: ladder, width: 80, height: 400, scale: 1 },
  lock: { url: lock, width: 40, height: 40, scale: 2 },
  mapBg: { url: mapBg, width: 1280, height: 720, scale: 1 },
  parcelReturn: { url: parcelReturn, width: 40, height: 40, scale: 2 },
  parcel: { url: parcel, width: 40, height: 40, scale: 2 },
  shopFront: { url: shopFront, width: 480, height: 360, scale: 1 },
  starEmpty: { url: starEmpty, width: 32, height: 32, scale: 2 },
  star: { url: star, width: 32, height: 32, scale: 2 },
  streetBg: { url: streetBg, width: 1280, height: 720, scale: 1 },
  visitorFake: { url: visitorFake, width: 48, height: 72, scale: 2 },
  visitorOrganic: { url: visitorOrganic, width: 48, height: 72, scale: 2 },
  visitorPaid: { url: visitorPaid, width: 48, height: 72, scale: 2 },
  warning: { url: warning, width: 32, height: 32, scale: 2 },
} as const;

export type ArtKey = keyof typeof ART;

/** The factor to draw a texture at so it shows at its drawing's size. */
export function artScale(key: ArtKey): number {
  return 1 / ART[key].scale;
}
