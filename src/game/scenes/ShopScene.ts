import * as Phaser from 'phaser';
import { DAY_MS } from '../../platform/dayClock';
import { prefersReducedMotion } from '../../platform/motion';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { formatFen } from '../../present/format';
import { local, t } from '../../present/i18n';
import { streetView, type StreetView } from '../../present/views/street';
import { keepFramed, screenTransform } from '../camera';
import { FOCUS_NARROW, FOCUS_WIDE, SHOP, WORLD } from '../layout';
import { Crowd, VISITOR_KINDS } from '../shop/crowd';
import { Flyers, PATHS } from '../shop/effects';
import { clipRedrawsToFrame } from '../shop/frameClip';
import { RankLadder } from '../shop/ladder';
import { buildStreet, STREET_SKY } from '../shop/street';
import { StreetCache } from '../shop/streetCache';

/** What one day's animation spawns, in this order, and when within the day each kind starts. */
const KINDS = [
  'organic',
  'paid',
  'fake',
  'coin',
  'parcel',
  'empty',
  'return',
  'good',
  'bad',
] as const;
const WINDOW_START = [0, 0, 0, 0.3, 0.4, 0.4, 0, 0.45, 0.45];
const WINDOW_END = [0.85, 0.85, 0.85, 1, 1, 1, 0.8, 1, 1];

/**
 * The street in front of the shop. It reads the store through one subscription (released on
 * shutdown) and never changes the game; update() only animates what the last day reported.
 */
export class ShopScene extends Phaser.Scene {
  private crowd!: Crowd;
  private coins!: Flyers;
  private parcels!: Flyers;
  private returns!: Flyers;
  private stars!: Flyers;
  private alerts!: Flyers;
  private ladder!: RankLadder;
  private readonly counts = new Int32Array(KINDS.length);
  private readonly spawned = new Int32Array(KINDS.length);
  private dayStart = 0;
  private dayMs = DAY_MS;
  private speed = 1;
  private reducedMotion = false;
  private coinLabel = '';
  private lastSim: unknown = null;
  private lastDay = -1;
  private refit: () => void = () => undefined;

  constructor(
    private readonly store: GameStoreApi,
    private readonly benchProbe: boolean,
  ) {
    super('shop');
  }

  create(): void {
    const state = this.store.getState();
    const view = streetView(state);
    const level = state.run ? state.levels[state.run.stage] : undefined;
    const competitors = level?.market.competitors ?? [];
    // Two cameras: the first (screen space, zoom 1) shows the cached street and the crowd 1:1;
    // the world camera on top frames everything that moves in world units (flyers, your tag).
    const screen = this.cameras.main;
    const { width, height } = this.scale;
    const world = this.cameras.add(0, 0, width, height, true, 'world');
    this.ladder = new RankLadder(
      this,
      view?.rankedListings ?? 300,
      (view?.competitors ?? []).map((c) => ({ name: local(c.name), rank: c.rank })),
      { you: t('street.you'), unranked: t('street.unranked'), title: t('street.rankTitle') },
    );
    const still = buildStreet(this, {
      shop: view ? local(view.shopName) : t('street.yourShop'),
      competitors: competitors.map((c) => local(c.name)),
    });
    const cache = new StreetCache(this, [...still, ...this.ladder.still], STREET_SKY);
    this.crowd = new Crowd(this);
    if (this.benchProbe) exposeBenchProbe(this.crowd);
    this.coins = new Flyers(this, 40, 'coin', { label: true, depth: 900 });
    this.parcels = new Flyers(this, 60, 'parcel', { depth: 700 });
    this.returns = new Flyers(this, 30, 'parcelReturn', { depth: 701 });
    this.stars = new Flyers(this, 30, 'star', { depth: 901 });
    this.alerts = new Flyers(this, 2, 'warning', { depth: 950 });
    // Every object exists by now (pools are made up front): each is given to one camera.
    const onScreen = new Set<Phaser.GameObjects.GameObject>([cache.image, this.crowd.layer]);
    for (const object of this.children.list) {
      (onScreen.has(object) ? world : screen).ignore(object);
    }
    this.lastSim = null;
    this.lastDay = -1;
    const readFrame = () => this.store.getState().ui.stageFrame;
    // The street cache is drawn first and covers the whole canvas with opaque pixels.
    const clip = clipRedrawsToFrame(this, readFrame, () => [world, this.crowd.layer], {
      opaqueBase: true,
    });
    const framer = keepFramed(
      this,
      readFrame,
      (frame) => (frame.width / Math.max(1, frame.height) < 1.35 ? FOCUS_NARROW : FOCUS_WIDE),
      undefined,
      () => {
        screen.setSize(this.scale.width, this.scale.height);
        const transform = screenTransform(world);
        cache.redraw(transform);
        this.crowd.setView(transform);
        clip.repaintAll();
      },
    );
    this.refit = framer.refit;
    this.sync(state);
    const unsubscribe = this.store.subscribe((s) => this.sync(s));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      framer.release();
      clip.release();
      cache.destroy();
      this.crowd.destroy();
    });
  }

  /** Store changes arrive here (outside the frame loop): frame, speed and a new day. */
  private sync(state: GameState): void {
    this.refit();
    this.speed = state.ui.speed === 0 ? 1 : state.ui.speed;
    const sim = state.run?.sim;
    if (!sim || sim === this.lastSim) return;
    this.lastSim = sim;
    if (sim.day === this.lastDay) return;
    const firstDraw = this.lastDay < 0;
    this.lastDay = sim.day;
    const view = streetView(state);
    if (view) this.startDay(view, firstDraw);
  }

  private startDay(view: StreetView, firstDraw: boolean): void {
    this.ladder.setRank(view.rank);
    if (view.day === 0) return;
    this.reducedMotion = prefersReducedMotion();
    this.dayStart = this.time.now;
    this.dayMs = DAY_MS / this.speed;
    const counts = [
      view.figures.organic,
      view.figures.paid,
      view.figures.fake,
      view.coins,
      view.parcels,
      view.emptyParcels,
      view.returns,
      Math.min(12, view.reviewsGood),
      Math.min(12, view.reviewsBad),
    ];
    for (let i = 0; i < KINDS.length; i++) {
      this.counts[i] = counts[i] ?? 0;
      this.spawned[i] = 0;
    }
    this.coinLabel = formatFen(view.coinFen, { signed: true });
    if (view.notices.includes('caught') || view.notices.includes('shopClosed')) {
      this.alerts.spawn(this.time.now, PATHS.pulse, SHOP.signX, SHOP.signY - 60, 2_400);
    }
    // The world camera draws last, so its fade covers the whole street.
    if (firstDraw) this.cameras.main.fadeIn(250);
  }

  override update(time: number, delta: number): void {
    const elapsed = (time - this.dayStart) / this.dayMs;
    for (let k = 0; k < KINDS.length; k++) {
      const count = this.counts[k] as number;
      if ((this.spawned[k] as number) >= count) continue;
      const start = WINDOW_START[k] as number;
      const span = (WINDOW_END[k] as number) - start;
      const progress = Math.min(1, Math.max(0, (elapsed - start) / span));
      const due = Math.floor(count * progress);
      while ((this.spawned[k] as number) < due) {
        this.spawned[k] = (this.spawned[k] as number) + 1;
        this.spawnOne(k, time);
      }
    }
    this.crowd.update(time);
    this.coins.update(time);
    this.parcels.update(time);
    this.returns.update(time);
    this.stars.update(time);
    this.alerts.update(time);
    this.ladder.update(delta, this.reducedMotion);
  }

  private spawnOne(kind: number, now: number): void {
    const fast = this.speed;
    const still = this.reducedMotion;
    const n = this.spawned[kind] as number;
    const jitter = ((kind * 37 + n * 53) % 40) - 20;
    switch (KINDS[kind]) {
      case 'organic':
      case 'paid':
      case 'fake':
        this.crowd.spawn(VISITOR_KINDS[kind] ?? 'organic', now, fast, still);
        return;
      case 'coin':
        this.coins.spawn(
          now,
          PATHS.rise,
          // Coins pop in a fan over the door so their labels do not stack.
          SHOP.doorX - 150 + (n % 7) * 40,
          SHOP.doorTop - 20 - (Math.floor(n / 7) % 3) * 18,
          still ? 900 : 1_300 / fast,
          // Every other coin carries its amount: enough to read, too few to pile up.
          n % 2 === 0 ? this.coinLabel : null,
        );
        return;
      case 'parcel':
      case 'empty':
        // An empty parcel (a fake order's) leaves the same way, faded.
        this.parcels.spawn(
          now,
          PATHS.ship,
          SHOP.x + 250 + jitter,
          SHOP.doorBottom - 10,
          2_200 / fast,
          null,
          KINDS[kind] === 'empty' ? 0.4 : 1,
        );
        return;
      case 'return':
        this.returns.spawn(now, PATHS.back, WORLD.width + 60 + jitter * 3, 0, 2_600 / fast);
        return;
      case 'good':
      case 'bad':
        this.stars.spawn(
          now,
          PATHS.rise,
          SHOP.signX + jitter * 4,
          SHOP.signY - 40,
          1_500 / fast,
          null,
          1,
          KINDS[kind] === 'good' ? 'star' : 'starEmpty',
        );
        return;
    }
  }
}

/** `?bench` only: lets `npm run bench:web` read how many figures are on the street. */
function exposeBenchProbe(crowd: Crowd): void {
  (window as unknown as { __fsBench?: { figures(): number } }).__fsBench = {
    figures: () => crowd.activeCount,
  };
}
