import { test } from '@playwright/test';
import { startWebServer } from './support/web-server';

test('shots', async ({ page }) => {
  const server = await startWebServer(['--demo']);
  await page.setViewportSize({ width: 1440, height: 900 });
  try {
    for (const [hash, file] of [
      ['#/dan-quan-tu-ve', 'militia'],
      ['#/quan-nhan-du-bi/don-vi', 'reserves-units'],
      ['#/dien-tap-huan-luyen/ke-hoach', 'year-plan'],
      ['#/dien-tap-huan-luyen/truc-sscd', 'duty'],
    ]) {
      await page.goto(server.url.replace('#token', `${hash}?#token`).replace(`${hash}?`, '') );
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/shot-${file}.png` });
    }
  } finally {
    await server.stop();
  }
});
