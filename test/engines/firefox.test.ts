import { launchFirefox } from '../../scripts/e2e/firefox';
import { describeEngine } from './engineChecks';

describeEngine('firefox', async () => {
  const browser = await launchFirefox();
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  return {
    version: await browser.version(),
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (expression) => page.evaluate(expression),
    close: () => browser.close(),
  };
});
