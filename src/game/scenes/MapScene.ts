import * as Phaser from 'phaser';
import { STAGE_IDS, type StageId } from '../../sim';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { local } from '../../present/i18n';
import { mapView, type MapStage } from '../../present/views/map';
import { artScale, type ArtKey } from '../assets';
import { keepFramed, textResolution, type Rect } from '../camera';
import { CSS, PALETTE } from '../../present/palette';
import { FONT } from '../shop/street';

const ISLANDS: ArtKey[] = ['island1', 'island2', 'island3', 'island4'];
/** The dotted route drawn in map-bg.svg passes through these points. */
const ROUTE_WIDE = [
  { x: 210, y: 500 },
  { x: 500, y: 380 },
  { x: 790, y: 490 },
  { x: 1090, y: 370 },
];
/** On a tall screen the islands zig-zag down a sea of our own. */
const ROUTE_TALL = [
  { x: 250, y: 230 },
  { x: 480, y: 500 },
  { x: 250, y: 770 },
  { x: 480, y: 1040 },
];
const WIDE: Rect = { x: 40, y: 200, width: 1200, height: 470 };
const TALL: Rect = { x: 80, y: 90, width: 570, height: 1080 };

interface IslandView {
  island: Phaser.GameObjects.Image;
  lock: Phaser.GameObjects.Image;
  flag: Phaser.GameObjects.Image;
  stars: Phaser.GameObjects.Image[];
  label: Phaser.GameObjects.Text;
}

/**
 * The world map: four floating islands on the route, locked until the previous stage is passed,
 * stars below each. Clicking an island opens its intro card (the DOM cards do the same).
 */
export class MapScene extends Phaser.Scene {
  private islands: IslandView[] = [];
  private wideLayer!: Phaser.GameObjects.Container;
  private tallLayer!: Phaser.GameObjects.Graphics;
  private tall = false;
  private lastKey = '';
  private refit: () => void = () => undefined;
  private stages: MapStage[] = [];

  constructor(private readonly store: GameStoreApi) {
    super('map');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(CSS.sky);
    // The drawing's deep sea and sky continue past its edges on screens of any shape.
    this.wideLayer = this.add.container(0, 0, [
      this.add.image(-1_280, 0, 'mapBg').setOrigin(0, 0).setFlipX(true),
      this.add.image(0, 0, 'mapBg').setOrigin(0, 0),
      this.add.image(1_280, 0, 'mapBg').setOrigin(0, 0).setFlipX(true),
      this.add.rectangle(-1_280, 719, 3_840, 2_000, PALETTE.seaDeep).setOrigin(0, 0),
    ]);
    this.tallLayer = this.add.graphics();
    this.drawTallSea();
    this.islands = ISLANDS.map((key, index) => this.makeIsland(key, index));
    this.lastKey = '';
    const framer = keepFramed(
      this,
      () => this.store.getState().ui.stageFrame,
      (frame) => {
        // A tall frame gets the islands in a zig-zag column instead of a row.
        this.tall = frame.width / Math.max(1, frame.height) < 0.9;
        this.wideLayer.setVisible(!this.tall);
        this.tallLayer.setVisible(this.tall);
        this.lastKey = '';
        return this.tall ? TALL : WIDE;
      },
      1.4,
    );
    this.refit = framer.refit;
    this.sync(this.store.getState());
    const unsubscribe = this.store.subscribe((s) => this.sync(s));
    this.scale.on('resize', this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      framer.release();
      this.scale.off('resize', this.onResize, this);
    });
  }

  private drawTallSea(): void {
    const g = this.tallLayer;
    g.fillStyle(PALETTE.sky, 1).fillRect(-400, -400, 1600, 500);
    g.fillStyle(PALETTE.skyLow, 1).fillRect(-400, 60, 1600, 60);
    g.fillStyle(PALETTE.sea, 1).fillRect(-400, 120, 1600, 1400);
    g.fillStyle(PALETTE.seaLight, 0.8);
    for (let i = 0; i < 24; i++)
      g.fillRoundedRect(((i * 173) % 700) - 20, 160 + ((i * 97) % 1100), 34, 5, 2);
    g.lineStyle(4, PALETTE.seaLight, 0.9);
    for (let i = 0; i < ROUTE_TALL.length - 1; i++) {
      const a = ROUTE_TALL[i] as { x: number; y: number };
      const b = ROUTE_TALL[i + 1] as { x: number; y: number };
      for (let s = 0; s < 1; s += 0.06)
        g.fillCircle(a.x + (b.x - a.x) * s, a.y + 60 + (b.y - a.y) * s, 3);
    }
  }

  private makeIsland(key: ArtKey, index: number): IslandView {
    const island = this.add.image(0, 0, key).setInteractive({ useHandCursor: true });
    island.on(Phaser.Input.Events.POINTER_UP, () => this.openStage(index));
    const lock = this.add.image(0, 0, 'lock').setScale(artScale('lock') * 1.4);
    const flag = this.add.image(0, 0, 'flag').setScale(artScale('flag')).setOrigin(0.2, 1);
    const stars = [0, 1, 2].map(() =>
      this.add.image(0, 0, 'starEmpty').setScale(artScale('starEmpty') * 0.9),
    );
    const label = this.add
      .text(0, 0, '', {
        fontFamily: FONT,
        fontSize: '20px',
        fontStyle: 'bold',
        color: CSS.ink,
        backgroundColor: CSS.cream,
        padding: { x: 10, y: 4 },
      })
      .setOrigin(0.5, 0)
      .setResolution(textResolution(this));
    return { island, lock, flag, stars, label };
  }

  private openStage(index: number): void {
    const stage: MapStage | undefined = this.stages.find((s) => s.stage === STAGE_IDS[index]);
    const state = this.store.getState();
    if (!stage || !stage.unlocked || state.ui.screen !== 'map') return;
    state.openIntro(stage.stage as StageId);
  }

  private onResize(): void {
    this.sync(this.store.getState());
  }

  private sync(state: GameState): void {
    this.refit();
    const view = mapView(state);
    const key = JSON.stringify([
      this.tall,
      state.ui.screen,
      view.stages.map((s) => [s.unlocked, s.stars, s.current]),
    ]);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.stages = view.stages;
    const title = state.ui.screen === 'title';
    // Island i is stage i of the campaign; a session that opens only some stages shows only theirs.
    this.islands.forEach((parts, i) =>
      this.place(
        parts,
        view.stages.find((s) => s.stage === STAGE_IDS[i]),
        i,
        title,
      ),
    );
  }

  private place(
    parts: IslandView,
    stage: MapStage | undefined,
    index: number,
    title: boolean,
  ): void {
    const spot = (this.tall ? ROUTE_TALL : ROUTE_WIDE)[index] as { x: number; y: number };
    const shown = stage !== undefined;
    parts.island.setVisible(shown);
    if (!shown) {
      parts.lock.setVisible(false);
      parts.flag.setVisible(false);
      parts.label.setVisible(false);
      for (const star of parts.stars) star.setVisible(false);
      return;
    }
    const unlocked = stage?.unlocked ?? false;
    // Locked islands fade back behind their padlock (alpha works in both renderers; tint not).
    parts.island.setPosition(spot.x, spot.y - 40).setAlpha(unlocked ? 1 : 0.55);
    parts.lock.setPosition(spot.x, spot.y - 60).setVisible(!unlocked);
    parts.flag.setPosition(spot.x + 70, spot.y - 96).setVisible(stage?.current === true && !title);
    parts.label
      .setText(stage ? local(stage.title) : '')
      .setPosition(spot.x, spot.y + 62)
      .setVisible(!title);
    parts.stars.forEach((star, i) => {
      star.setTexture(
        stage?.stars !== null && stage?.stars !== undefined && i < stage.stars
          ? 'star'
          : 'starEmpty',
      );
      star.setPosition(spot.x - 34 + i * 34, spot.y + 112).setVisible(!title && unlocked);
    });
  }
}
