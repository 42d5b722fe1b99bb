/**
 * Where things stand on the 1280x720 street (the world every shop camera looks at). The numbers
 * follow the drawings in assets/: the pavement runs from y 470 to 580, the road below it.
 */
export const WORLD = { width: 1280, height: 720 } as const;

export const SHOP = {
  /** Centre of the shop front drawing (480x360). */
  x: 520,
  bottom: 540,
  width: 480,
  height: 360,
  /** The door in the drawing: x 312..408, y 172..348. */
  doorX: 520 - 240 + 360,
  doorTop: 540 - 360 + 172,
  doorBottom: 540 - 360 + 348,
  /** The sign board in the drawing: x 108..372, y 10..68. */
  signX: 520 - 240 + 240,
  signY: 540 - 360 + 39,
} as const;

export const COMPETITORS = [
  { x: 70, bottom: 520 },
  { x: 1290, bottom: 520 },
] as const;

export const LADDER = {
  x: 890,
  top: 112,
  width: 80,
  height: 400,
  /** Rung centres in the drawing: y = 32.5 + 38 i for i = 0..9. */
  rungY: (i: number) => 112 + 32.5 + 38 * i,
  /** Above the shops and the crowd, below the flying coins. */
  depth: 800,
} as const;

/** Pavement lanes where visitors walk, in front of the shop fronts. */
export const LANES = { top: 548, bottom: 578 } as const;
export const ROAD_Y = 650;

/** What the camera must show: the whole shop and ladder; wide frames also get the neighbours. */
export const FOCUS_WIDE = { x: 110, y: 70, width: 1000, height: 630 } as const;
export const FOCUS_NARROW = { x: 270, y: 90, width: 800, height: 590 } as const;
