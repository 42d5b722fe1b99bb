/**
 * Four Stages - one palette for the whole game.
 *
 * Data only: no functions, no Phaser import. `PALETTE` holds numbers
 * (0xRRGGBB, for Phaser fills/tints), `CSS` holds the same colours as
 * '#rrggbb' strings (DOM UI, canvas text). Both have exactly the same keys.
 * The SVGs in /assets use these exact hex values.
 *
 * Rules (from the design doc):
 * - the player's shop is warm market orange; competitors are muted grey-teal;
 * - visitor sources keep colour AND shape everywhere:
 *   organic = green, round; paid = blue, square badge;
 *   fake = grey, dashed outline, eye mask;
 * - profit / loss always carry a sign and an arrow, never colour alone;
 * - one light source, upper left: shadows fall to the lower right.
 *
 * WCAG 2.x contrast ratios (relative luminance, computed):
 *   ink        #2B2233 on cream          #FFF4E0  13.97:1  (AA, AAA)
 *   ink        #2B2233 on creamDark      #F2E2C4  11.93:1  (AA, AAA)
 *   ink        #2B2233 on white          #FFFFFF  15.22:1  (AA, AAA)
 *   inkSoft    #5A4E5E on cream          #FFF4E0   7.17:1  (AA, AAA)
 *   inkSoft    #5A4E5E on creamDark      #F2E2C4   6.12:1  (AA)
 *   white      #FFFFFF on shopOrangeDark #B8520F   4.94:1  (AA)
 *   ink        #2B2233 on shopOrange     #F28C28   6.20:1  (AA)
 *   profit     #2E7D4F on cream          #FFF4E0   4.63:1  (AA)
 *   loss       #C23B3B on cream          #FFF4E0   4.84:1  (AA)
 *   white      #FFFFFF on paidDark       #1F5AA6   6.84:1  (AA)
 *   white      #FFFFFF on organicDark    #2B7A37   5.33:1  (AA)
 *   white      #FFFFFF on fakeDark       #5F5D68   6.46:1  (AA)
 *   ink        #2B2233 on coin           #F5C242   9.19:1  (AA, AAA)
 *   ink        #2B2233 on warning        #F2B134   8.06:1  (AA, AAA)
 *   ink        #2B2233 on sky            #8FD0EE   9.01:1  (AA, AAA)
 * Text on shopOrange itself should be ink, not white (white is only 2.45:1).
 */

export const PALETTE = {
  /** Player's shop: awning, accents. The hero colour. */
  shopOrange: 0xf28c28,
  /** Shop trim, sign board; white text on it passes AA. */
  shopOrangeDark: 0xb8520f,
  /** Highlights on orange surfaces. */
  shopOrangeLight: 0xffb868,
  /** Default background / panels. */
  cream: 0xfff4e0,
  /** Panel borders, secondary backgrounds, walls. */
  creamDark: 0xf2e2c4,
  /** Text on dark fills, glints. */
  white: 0xffffff,
  /** Main text and dark details (not pure black). */
  ink: 0x2b2233,
  /** Secondary text, icons. */
  inkSoft: 0x5a4e5e,
  /** Sky, top of gradient. */
  sky: 0x8fd0ee,
  /** Warm haze at the horizon. */
  skyLow: 0xffe2b8,
  /** Far city silhouette. */
  cityFar: 0xe3cfd3,
  /** Near city silhouette. */
  cityNear: 0xc7b3c2,
  /** Distant hills. */
  hill: 0xb5d49a,
  /** Island tops, plants. */
  grass: 0x7dbf5a,
  /** Plant / grass shade. */
  grassDark: 0x4f8f3c,
  /** Island earth, wood. */
  ground: 0xa8744a,
  /** Island underside, wood shade. */
  groundDark: 0x7a4f31,
  /** Pavement in front of the shops. */
  pavement: 0xdcc7a2,
  /** Pavement joints, kerb. */
  pavementDark: 0xc2a97f,
  /** Road asphalt. */
  street: 0x5e5866,
  /** Road shade. */
  streetDark: 0x47414f,
  /** World-map sea. */
  sea: 0x4fb3c8,
  /** World-map sea, far / deep. */
  seaDeep: 0x2f8fa8,
  /** Wave crests, shallows. */
  seaLight: 0xa6e0e6,
  /** Shop windows. */
  glass: 0xbfe3f0,
  /** Window shade. */
  glassDark: 0x8cc4da,
  /** Visitor faces. */
  skin: 0xf6d2b0,
  /** Organic visitors: green + ROUND body. */
  organic: 0x3fa34d,
  /** Organic outline; white text on it passes AA. */
  organicDark: 0x2b7a37,
  /** Paid visitors: blue + SQUARE badge. */
  paid: 0x2f7bd8,
  /** Paid outline; white text on it passes AA. */
  paidDark: 0x1f5aa6,
  /** Fake visitors: grey + DASHED outline + eye mask. */
  fake: 0x8e8c96,
  /** Fake outline / mask; white text on it passes AA. */
  fakeDark: 0x5f5d68,
  /** Money. */
  coin: 0xf5c242,
  /** Coin rim. */
  coinDark: 0xc9901c,
  /** Profit (always with + sign and up arrow); passes AA on cream. */
  profit: 0x2e7d4f,
  /** Loss (always with - sign and down arrow); passes AA on cream. */
  loss: 0xc23b3b,
  /** Rating stars. */
  star: 0xffc83d,
  /** Star outline. */
  starDark: 0xd99a12,
  /** Warning triangle. */
  warning: 0xf2b134,
  /** Parcels. */
  parcel: 0xc98e55,
  /** Parcel shade. */
  parcelDark: 0x9c6a3a,
  /** Parcel tape. */
  parcelTape: 0xebcb96,
  /** Competitor shops: muted so the player's shop stands out. */
  competitor: 0x8fa3a6,
  /** Competitor trim / sign. */
  competitorDark: 0x667a7e,
  /** Competitor awning stripes. */
  competitorLight: 0xc9d3d3,
  /** Soft shadows: use with SHADOW_ALPHA (light from the upper left). */
  shadow: 0x2b2233,
} as const;

export const CSS = {
  shopOrange: '#f28c28',
  shopOrangeDark: '#b8520f',
  shopOrangeLight: '#ffb868',
  cream: '#fff4e0',
  creamDark: '#f2e2c4',
  white: '#ffffff',
  ink: '#2b2233',
  inkSoft: '#5a4e5e',
  sky: '#8fd0ee',
  skyLow: '#ffe2b8',
  cityFar: '#e3cfd3',
  cityNear: '#c7b3c2',
  hill: '#b5d49a',
  grass: '#7dbf5a',
  grassDark: '#4f8f3c',
  ground: '#a8744a',
  groundDark: '#7a4f31',
  pavement: '#dcc7a2',
  pavementDark: '#c2a97f',
  street: '#5e5866',
  streetDark: '#47414f',
  sea: '#4fb3c8',
  seaDeep: '#2f8fa8',
  seaLight: '#a6e0e6',
  glass: '#bfe3f0',
  glassDark: '#8cc4da',
  skin: '#f6d2b0',
  organic: '#3fa34d',
  organicDark: '#2b7a37',
  paid: '#2f7bd8',
  paidDark: '#1f5aa6',
  fake: '#8e8c96',
  fakeDark: '#5f5d68',
  coin: '#f5c242',
  coinDark: '#c9901c',
  profit: '#2e7d4f',
  loss: '#c23b3b',
  star: '#ffc83d',
  starDark: '#d99a12',
  warning: '#f2b134',
  parcel: '#c98e55',
  parcelDark: '#9c6a3a',
  parcelTape: '#ebcb96',
  competitor: '#8fa3a6',
  competitorDark: '#667a7e',
  competitorLight: '#c9d3d3',
  shadow: '#2b2233',
} as const satisfies Record<keyof typeof PALETTE, string>;

/** Opacity of soft shadows drawn with PALETTE.shadow. */
export const SHADOW_ALPHA = 0.18;

/** Shadow offset in px for a light source at the upper left. */
export const SHADOW_OFFSET = { x: 6, y: 8 } as const;

export type PaletteKey = keyof typeof PALETTE;
