import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasInk,
  chromiumMissing,
  launchChromium,
  runToDone,
  screenshot,
  startUiServer,
  type UiServer,
  unlabelledControls,
} from './ui-harness.js';

describe.skipIf(chromiumMissing())('web UI: compare runs', () => {
  let server: UiServer;
  let browser: Browser;
  let page: Page;
  let ids: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startUiServer(), launchChromium()]);
    ids = [
      await runToDone(server.url, { scenarioId: 'hull-baseline', runs: 200, seed: 'compare' }),
      await runToDone(server.url, { scenarioId: 'hull-step-up', runs: 200, seed: 'compare' }),
    ];
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('compares the runs ticked in the recent-runs list, overlaid with a legend', async () => {
    await page.goto(server.url);
    for (const id of ids) await page.locator(`#pick-${id}`).check();
    await page.locator('#compare-selected').click();
    await page.waitForURL(/\/compare\?runs=/);
    expect(new URL(page.url()).searchParams.get('runs')?.split(',').sort()).toEqual([...ids].sort());
    await page.locator('figure[data-chart="agency_rate"][data-drawn="true"]').waitFor();
    const legend = await page.locator('figure[data-chart="agency_rate"] .legend').textContent();
    expect(legend).toContain('Hull baseline 2021-2026: median');
    expect(legend).toContain('Hull with Step Up cohorts every two years: median');
    const { ink, blue } = await canvasInk(page, 'vacancy_fte');
    expect(ink).toBeGreaterThan(5000);
    expect(blue).toBeGreaterThan(500);
    const orange = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        'figure[data-chart="vacancy_fte"] .chart-area canvas',
      )!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! > 180 && data[i + 1]! > 120 && data[i + 2]! < 90) n++;
      return n;
    });
    expect(orange, 'the second run is drawn in Okabe-Ito orange').toBeGreaterThan(100);
  });

  it('lists the parameters that differ, run by run', async () => {
    const diff = page.locator('table[data-table="diff"]');
    expect(await diff.locator('thead th').allTextContents()).toEqual([
      'Parameter (dotted path)',
      '1. Hull baseline 2021-2026',
      '2. Hull with Step Up cohorts every two years',
    ]);
    const row = diff.locator('tr', { hasText: 'pipelines.cohorts.0.size' });
    expect(await row.locator('td').first().textContent()).toBe('(not set)');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'compare-1280');
  });

  it('opens the same comparison from its URL, and lets runs be reordered and removed', async () => {
    const shared = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await shared.goto(`${server.url}/compare?runs=${ids.join(',')}`);
    await shared.locator('figure[data-chart="agency_rate"][data-drawn="true"]').waitFor();
    expect(await shared.locator('h1').textContent()).toBe('Compare 2 runs');
    await screenshot(shared, 'compare-1024');
    await shared.locator('button', { hasText: 'Make baseline' }).click();
    await shared.waitForURL(`${server.url}/compare?runs=${ids[1]},${ids[0]}`);
    await shared.locator('.compare-legend li').first().filter({ hasText: 'Step Up' }).waitFor();
    await shared.locator('button[aria-label^="Remove 2."]').click();
    await shared.waitForURL(`${server.url}/compare?runs=${ids[1]}`);
    await shared.goBack();
    await shared.waitForURL(`${server.url}/compare?runs=${ids[1]},${ids[0]}`);
    await shared.locator('h1', { hasText: 'Compare 2 runs' }).waitFor();
    await shared.close();
  });
});
