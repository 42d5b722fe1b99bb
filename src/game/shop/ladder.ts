import type * as Phaser from 'phaser';
import { CSS, PALETTE } from '../../present/palette';
import { LADDER } from '../layout';
import { textResolution } from '../camera';

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Ranks written on the ten rungs, top to bottom; the last rung is the end of the category. */
function rungRanks(listingCount: number): number[] {
  const ranks = [1, 2, 3, 5, 10, 20, 50, 100, 200];
  return [...ranks.filter((r) => r < listingCount), listingCount].slice(-10);
}

/** Where a rank sits on the ladder: between the rungs that bracket it, roughly logarithmic. */
export function rankToY(rank: number, rungs: readonly number[]): number {
  const last = rungs.length - 1;
  if (rank <= (rungs[0] ?? 1)) return LADDER.rungY(0);
  for (let i = 1; i <= last; i++) {
    const hi = rungs[i] as number;
    if (rank <= hi) {
      const lo = rungs[i - 1] as number;
      return LADDER.rungY(i - 1) + ((rank - lo) / (hi - lo)) * 38;
    }
  }
  return LADDER.rungY(last) + 24;
}

function tag(
  scene: Phaser.Scene,
  text: string,
  fill: number,
  color: string,
  align: 'left' | 'right',
): Phaser.GameObjects.Container {
  const label = scene.add
    .text(0, 0, text, { fontFamily: FONT, fontSize: '15px', fontStyle: 'bold', color })
    .setOrigin(align === 'left' ? 0 : 1, 0.5)
    .setResolution(textResolution(scene));
  const width = label.width + 16;
  const box = scene.add.graphics();
  box.fillStyle(PALETTE.shadow, 0.18);
  const x0 = align === 'left' ? -8 : -width + 8;
  box.fillRoundedRect(x0 + 3, -13 + 3, width, 26, 8);
  box.fillStyle(fill, 1);
  box.fillRoundedRect(x0, -13, width, 26, 8);
  return scene.add.container(0, 0, [box, label]);
}

/**
 * The search-rank ladder: rungs labelled with ranks, the named competitors at their places on
 * the left, and the player's orange tag on the right, which climbs or slides each day.
 */
export class RankLadder {
  /** The parts that never move (ladder, title, rung labels, competitors), for the street cache. */
  readonly still: Phaser.GameObjects.GameObject[] = [];
  private readonly rungs: number[];
  private readonly you: Phaser.GameObjects.Container;
  private readonly youText: Phaser.GameObjects.Text;
  private targetY: number;
  private currentY: number;

  constructor(
    scene: Phaser.Scene,
    listingCount: number,
    competitors: readonly { name: string; rank: number }[],
    private readonly labels: { you: string; unranked: string; title: string },
  ) {
    const title = labels.title;
    this.rungs = rungRanks(listingCount);
    this.still.push(scene.add.image(LADDER.x, LADDER.top, 'ladder').setOrigin(0, 0));
    const heading = scene.add
      .text(LADDER.x + LADDER.width / 2, LADDER.top - 14, title, {
        fontFamily: FONT,
        fontSize: '16px',
        fontStyle: 'bold',
        color: CSS.ink,
        stroke: CSS.cream,
        strokeThickness: 4,
      })
      .setOrigin(0.5, 1)
      .setResolution(textResolution(scene));
    this.still.push(heading);
    this.rungs.forEach((rank, i) => {
      const label = scene.add
        .text(LADDER.x + LADDER.width / 2, LADDER.rungY(i), `${rank}`, {
          fontFamily: FONT,
          fontSize: '12px',
          color: CSS.ink,
          backgroundColor: CSS.cream,
          padding: { x: 3, y: 1 },
        })
        .setOrigin(0.5, 0.5)
        .setResolution(textResolution(scene));
      this.still.push(label);
    });
    for (const competitor of competitors) {
      // Long shop names are cut so the tags never cover the player's shop.
      const name =
        competitor.name.length > 18 ? `${competitor.name.slice(0, 17)}…` : competitor.name;
      const marker = tag(scene, name, PALETTE.competitorLight, CSS.ink, 'right');
      marker.setPosition(LADDER.x - 6, rankToY(competitor.rank, this.rungs));
      this.still.push(marker);
    }
    // The tag is sized for its longest text, so it never needs redrawing.
    const longest = `${labels.you} #${listingCount}`;
    const unranked = `${labels.you} ${labels.unranked}`;
    this.you = tag(
      scene,
      longest.length > unranked.length ? longest : unranked,
      PALETTE.shopOrange,
      CSS.ink,
      'left',
    );
    this.youText = this.you.list[1] as Phaser.GameObjects.Text;
    this.targetY = rankToY(listingCount + 1, this.rungs);
    this.currentY = this.targetY;
    this.you.setPosition(LADDER.x + LADDER.width + 6, this.currentY).setDepth(LADDER.depth + 3);
  }

  setRank(rank: number): void {
    const { you, unranked } = this.labels;
    this.youText.setText(rank > 0 ? `${you} #${rank}` : `${you} ${unranked}`);
    const last = this.rungs[this.rungs.length - 1] ?? 1;
    this.targetY = rankToY(rank > 0 ? rank : last + 1, this.rungs);
  }

  update(deltaMs: number, reducedMotion: boolean): void {
    if (this.currentY === this.targetY) return;
    const step = reducedMotion ? 1 : Math.min(1, deltaMs / 250);
    this.currentY += (this.targetY - this.currentY) * step;
    if (Math.abs(this.targetY - this.currentY) < 0.5) this.currentY = this.targetY;
    this.you.y = this.currentY;
  }
}
