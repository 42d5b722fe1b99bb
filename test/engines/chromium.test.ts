import { launch } from '../e2e/browser';
import { describeEngine } from './engineChecks';

describeEngine('chromium', async () => {
  const browser = await launch();
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  return {
    version: `Chromium ${browser.version()}`,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (expression) => page.evaluate(expression),
    close: () => browser.close(),
  };
});
