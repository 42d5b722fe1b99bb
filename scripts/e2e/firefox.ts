/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core. The prefs keep it
 * off the network it would otherwise reach for on start (updates, telemetry, remote settings):
 * this machine reaches only the package registries, and a test must not wait on a refused host.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
};

export function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`${FIREFOX_PATH} is missing: apt-get install -y firefox-esr`);
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: QUIET_PREFS,
    // Firefox starts slowly on two shared cores.
    timeout: 90_000,
    protocolTimeout: 180_000,
  });
}
