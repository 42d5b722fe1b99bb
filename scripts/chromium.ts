/**
 * Flags for Debian's headless Chromium on this kind of machine: no sandbox as root, no GPU, and no
 * background traffic to hosts the closed network refuses. Shared by the browser tests and bench:web.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];
