import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  chromiumMissing,
  launchChromium,
  openWatchedPage,
  runToDone,
  screenshot,
  startUiServer,
  type UiServer,
  unlabelledControls,
} from './ui-harness.js';

/** Blue (low) and orange (high) pixels on the tornado canvas. */
function tornadoInk(page: Page): Promise<{ blue: number; orange: number; width: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      'figure[data-chart="tornado"] canvas.tornado-canvas',
    );
    if (!canvas) return { blue: 0, orange: 0, width: 0 };
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let blue = 0;
    let orange = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r < 30 && g > 90 && g < 140 && b > 150) blue++;
      if (r > 200 && g > 130 && g < 180 && b < 40) orange++;
    }
    return { blue, orange, width: canvas.width };
  });
}

describe.skipIf(chromiumMissing())('web UI: analyse a scenario', () => {
  let server: UiServer;
  let browser: Browser;
  let page: Page;
  let policyViolations: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startUiServer(), launchChromium()]);
    ({ page, policyViolations } = await openWatchedPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the Analyse page for the Hull baseline with its levers and labelled controls', async () => {
    await page.goto(`${server.url}/analyse?scenario=hull-baseline`);
    await page.locator('h1', { hasText: 'Analyse: Hull baseline 2021-2026' }).waitFor();
    await page.fill('#analyse-runs', '100');
    await page.fill('#analyse-months', '24');
    expect(await page.locator('#tornado-month option').count()).toBe(24);
    expect(await page.locator('#goal-lever option').allTextContents()).toContain(
      'Newly qualified places (entry 1)',
    );
    expect(await unlabelledControls(page)).toEqual([]);
  });

  it('draws a tornado with ranked, labelled bars', async () => {
    await page.selectOption('#tornado-metric', 'agency_rate');
    await page.click('#tornado-run');
    const figure = page.locator('figure[data-chart="tornado"][data-drawn="true"]');
    await figure.waitFor({ timeout: 60_000 });
    expect(await figure.locator('.chart-title').textContent()).toBe(
      'What moves agency rate in Mar 2023 most',
    );
    const rows = figure.locator('table[data-table="tornado"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const first = await rows.first().locator('th').textContent();
    expect(first).toContain('agency.extraCapacity');
    const swings = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[6]!.textContent!.replace('%', ''))),
    );
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const { blue, orange, width } = await tornadoInk(page);
    expect(width).toBeGreaterThan(600);
    expect(blue).toBeGreaterThan(500);
    expect(orange).toBeGreaterThan(500);
    expect(await figure.locator('.tornado-area').getAttribute('aria-label')).toMatch(
      /Largest effects: Agency workers beyond vacancy cover/,
    );
    await figure.scrollIntoViewIfNeeded();
    await screenshot(page, 'analyse-tornado-1280', false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button', { hasText: 'Download chart (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('caseforce-hull-baseline-agency_rate-tornado.png');
    await download.saveAs(join(ARTIFACTS, 'analyse-tornado-download.png'));
  });

  it('says clearly when no value in the range is enough, then answers a goal seek with its cost', async () => {
    await page.selectOption('#goal-lever', 'recruitment.nqIntakes.0.places');
    expect(await page.inputValue('#goal-hi')).toBe('20');
    expect(await page.isChecked('#goal-integer')).toBe(true);
    await page.fill('#goal-target', '12');
    await page.click('#goal-run');
    const unreachable = page.locator('#goal-output [data-answer="unreachable"]');
    await unreachable.waitFor({ timeout: 60_000 });
    expect(await unreachable.textContent()).toMatch(
      /^No value of Newly qualified places \(entry 1\) from 0 to 20/,
    );

    await page.fill('#goal-target', '18');
    await page.click('#goal-run');
    const found = page.locator('#goal-output [data-answer="found"]');
    await found.waitFor({ timeout: 60_000 });
    const sentence = (await found.textContent()) ?? '';
    const answer =
      /^The smallest value of Newly qualified places \(entry 1\) that gives a chance of at least 80% that agency rate is at most 18\.0% in Mar 2023 is (\d+)\.$/.exec(
        sentence,
      );
    expect(answer, sentence).not.toBeNull();
    // The answer is a value the search tried, with the condition met there.
    const rows = await page.locator('table[data-table="goal-seek-trace"] tbody tr').allTextContents();
    expect(rows.some((row) => row.includes(answer![1]!))).toBe(true);
    expect(await page.locator('#goal-output [data-answer="cost"]').textContent()).toMatch(
      /^Cost of this answer: £/,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await page.locator('#goal-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'analyse-goal-seek-1280', false);
  });

  it('ranks the entry routes in a table with a survival-curve chart', async () => {
    await page.click('#routes-run');
    const table = page.locator('table[data-table="routes"]');
    await table.waitFor({ timeout: 60_000 });
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('thead th').allTextContents()).toContain('In post after 5 years');
    await page.locator('figure[data-chart="route-survival"][data-drawn="true"]').waitFor();
    await page.selectOption('#routes-order', 'stay5');
    expect(await table.locator('tbody tr').first().getAttribute('data-route')).toMatch(
      /experienced|agency_conversion/,
    );
    await page.locator('#routes-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'analyse-routes-1280', false);
  });

  it('adds a target and gives the chance by month with a "from" sentence', async () => {
    await page.selectOption('#threshold-metric', 'agency_rate');
    await page.fill('#threshold-value', '18');
    await page.click('#threshold-run');
    const sentences = page.locator('[data-answer="thresholds"] li');
    await sentences.first().waitFor({ timeout: 60_000 });
    expect(await sentences.allTextContents()).toContainEqual(
      expect.stringMatching(/the chance that agency rate is at most 18\.0% is at least 80%|does not reach/),
    );
    await page.locator('figure[data-chart="threshold-chances"][data-drawn="true"]').waitFor();
    await page.locator('#threshold-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'analyse-thresholds-1280', false);
    await screenshot(page, 'analyse-1280');
    expect(policyViolations).toEqual([]);
  });

  it('runs a paired comparison from the compare page and draws the difference charts', async () => {
    const ids = [
      await runToDone(server.url, { scenarioId: 'hull-baseline', runs: 100, months: 24, seed: 'paired' }),
      await runToDone(server.url, { scenarioId: 'hull-nq-academy', runs: 100, months: 24, seed: 'paired' }),
    ];
    await page.goto(`${server.url}/compare?runs=${ids.join(',')}`);
    await page.locator('#paired-run').click();
    const chart = page.locator('figure[data-chart="paired-agency_rate"][data-drawn="true"]');
    await chart.waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('paired')).toMatch(/^[0-9a-f-]{36}$/);
    const legend = await chart.locator('.legend').textContent();
    expect(legend).toContain('2. Hull with a social work academy');
    expect(legend).toContain('No difference');
    await page.locator('figure[data-chart="better-1"][data-drawn="true"]').waitFor();
    expect(await page.locator('table[data-table="paired-fy"] tbody tr').count()).toBe(2);
    expect(await page.locator('table[data-table="paired-diff"] tbody tr').count()).toBeGreaterThan(0);
    await page.locator('#paired-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-paired-1280', false);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-paired-charts-1280', false);
    await screenshot(page, 'compare-paired-full-1280');
    expect(await page.locator('#paired-output ~ button, .paired-controls button.secondary').isVisible()).toBe(
      false,
    );

    // The URL with ?paired= opens the stored comparison again without re-running it.
    await page.reload();
    await page.locator('figure[data-chart="paired-agency_rate"][data-drawn="true"]').waitFor();
    expect(policyViolations).toEqual([]);
  });
});
