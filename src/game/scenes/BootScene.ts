import * as Phaser from 'phaser';
import { CSS } from '../../present/palette';

/** First scene: sets the page colour the loader draws on, then hands over to the preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(CSS.cream);
    this.scene.start('preload');
  }
}
