import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasInk,
  chromiumMissing,
  launchChromium,
  openWatchedPage,
  screenshot,
  startUiServer,
  type UiServer,
  unlabelledControls,
} from './ui-harness.js';

const FAN_CHARTS = ['agency_rate', 'agency_fte', 'vacancy_fte', 'permanent_fte', 'caseload_per_fte'];

describe.skipIf(chromiumMissing())('web UI: pick, edit, save, run and read results', () => {
  let server: UiServer;
  let browser: Browser;
  let page: Page;
  let runUrl = '';
  let policyViolations: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startUiServer(), launchChromium()]);
    ({ page, policyViolations } = await openWatchedPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const field = (path: string) => page.locator(`[data-path="${path}"]`);

  it('lists the shipped scenarios and opens the Hull baseline with its levers', async () => {
    await page.goto(server.url);
    const select = page.locator('#scenario-select');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toContain('Hull baseline 2021-2026');
    expect(await select.inputValue()).toBe('hull-baseline');
    await expect.poll(() => field('establishment.initialFte').locator('input').inputValue()).toBe('238');
    expect(await field('agency.coverShare').locator('legend').textContent()).toContain(
      'Share of vacancies covered by agency',
    );
    expect(await page.locator('[data-diff="none"]').textContent()).toContain('No parameters differ');
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await unlabelledControls(page)).toEqual([]);
    await page.reload();
    await screenshot(page, 'home-1280');
  });

  it('shows the API validation error next to the field that caused it', async () => {
    await page.locator('details[data-group="agency"] > summary').click();
    await field('agency.coverShare').locator('select.certainty').selectOption('number');
    await field('agency.coverShare').locator('input[type=number]').fill('1.5');
    await page.locator('#run-button').click();
    const error = field('agency.coverShare').locator('.field-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/between 0 and 1/);
    expect(await field('agency.coverShare').locator('input[type=number]').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.locator('.error-summary').textContent()).toContain('agency.coverShare');
    await field('agency.coverShare').scrollIntoViewIfNeeded();
    await screenshot(page, 'field-error', false);
  });

  it('saves an edited scenario under a new name and lists what differs from the baseline', async () => {
    await page.reload();
    await field('establishment.initialFte').locator('input').fill('250');
    const diff = page.locator('table[data-table="diff"]');
    await expect.poll(() => diff.textContent()).toContain('establishment.initialFte');
    await page.locator('#save-name').fill('Hull with 250 posts');
    await page.locator('#save-button').click();
    await expect.poll(() => page.locator('.save-form [role=status]').textContent()).toContain('Saved as');
    const select = page.locator('#scenario-select');
    expect(await select.locator('option:checked').textContent()).toBe('Hull with 250 posts');
    const row = diff.locator('tr', { hasText: 'establishment.initialFte' });
    expect(await row.locator('td').allTextContents()).toEqual(['238', '250']);
  });

  it('runs the Hull baseline with 200 runs and draws the fan charts', async () => {
    await page.goto(server.url);
    await page.locator('#scenario-select').selectOption('hull-baseline');
    await page.locator('[data-path="runs"] input').fill('200');
    await page.locator('[data-path="seed"] input').fill('web-test');
    await page.locator('#run-button').click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    runUrl = page.url();
    await page.locator('figure[data-chart="agency_rate"][data-drawn="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('h1').textContent()).toBe('Results: Hull baseline 2021-2026');
    expect(await page.locator('[data-manifest=summary]').textContent()).toContain(
      '200 simulated futures, seed web-test',
    );
    for (const id of FAN_CHARTS) {
      const figure = page.locator(`figure[data-chart="${id}"]`);
      await figure.and(page.locator('[data-drawn="true"]')).waitFor();
      const { ink, blue } = await canvasInk(page, id);
      expect(ink, `${id} canvas has ink`).toBeGreaterThan(5000);
      expect(blue, `${id} canvas shows the blue fan`).toBeGreaterThan(1000);
    }
    const agency = page.locator('figure[data-chart="agency_rate"]');
    expect(await agency.locator('h3').textContent()).toBe('Agency rate');
    const legend = await agency.locator('.legend').textContent();
    for (const label of [
      '90% of runs (P5 to P95)',
      'Middle 50% (P25 to P75)',
      'Median (P50)',
      'Mean',
      'Target: at most 10.0%',
    ])
      expect(legend).toContain(label);
    await agency.locator('details.chart-table summary').click();
    expect(await agency.locator('tbody tr').count()).toBe(60);
    expect(await agency.locator('thead th').allTextContents()).toEqual([
      'Month',
      'P5',
      'P25',
      'Median',
      'P75',
      'P95',
      'Mean',
    ]);
    expect(await page.locator('figure[data-chart="thresholds"] .legend').textContent()).toContain(
      'agency rate at most 10%',
    );
    expect(await page.locator('figure[data-chart="permanent_fte_by_route"] .legend').textContent()).toContain(
      'Step Up',
    );
    await agency.locator('details.chart-table summary').click();
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'results-1280');
  });

  it('moves through months with the keyboard on a chart', async () => {
    const area = page.locator('figure[data-chart="agency_rate"] .chart-area');
    await area.focus();
    await page.keyboard.press('Home');
    expect(await page.locator('figure[data-chart="agency_rate"] .readout').textContent()).toMatch(
      /^Apr 2021: /,
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('figure[data-chart="agency_rate"] .readout').textContent()).toMatch(
      /^May 2021: .*Median \(P50\) \d/,
    );
  });

  it('downloads the result CSV, the JSON and a chart PNG', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\n')[0]).toBe('metric,month,date,statistic,value');
    expect(text).toContain('agency_rate,1,2021-04,p50,');
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).runs).toBe(200);
    const png = page.locator('figure[data-chart="agency_rate"] button', { hasText: 'Download chart (PNG)' });
    const [image] = await Promise.all([page.waitForEvent('download'), png.click()]);
    expect(image.suggestedFilename()).toMatch(/agency_rate\.png$/);
    const bytes = readFileSync((await image.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('opens the same run from its shared URL and shows the printable board report', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await fresh.goto(runUrl);
    await fresh.locator('figure[data-chart="vacancy_fte"][data-drawn="true"]').waitFor();
    await screenshot(fresh, 'results-1024');
    await fresh.locator('a', { hasText: 'Board report' }).click();
    await fresh.waitForURL(/view=report$/);
    await fresh.locator('figure[data-chart="agency_rate"][data-drawn="true"]').waitFor();
    const manifest = await fresh.locator('.manifest').textContent();
    for (const part of ['web-test', '200', 'Engine version', 'Scenario hash'])
      expect(manifest).toContain(part);
    expect(await fresh.locator('table[data-table="levers"]').textContent()).toContain('Case-holding posts');
    expect(await fresh.locator('table[data-table="sources"]').textContent()).toContain(
      'establishment.initialFte',
    );
    await fresh.emulateMedia({ media: 'print' });
    await screenshot(fresh, 'board-report-print');
    await fresh.emulateMedia({ media: 'screen' });
    await fresh.goBack();
    await fresh.locator('h1', { hasText: 'Results:' }).waitFor();
    await fresh.close();
  });

  it('returns a cached run at once, and shows progress and cancels a long run', async () => {
    await page.goto(server.url);
    await page.locator('[data-path="runs"] input').fill('200');
    await page.locator('[data-path="seed"] input').fill('web-test');
    await page.locator('#run-button').click();
    await page.waitForURL(runUrl);
    await page.locator('h1', { hasText: 'Results:' }).waitFor();
    expect(await page.locator('#run-progress-bar').count()).toBe(0);

    await page.goto(server.url);
    await page.locator('[data-path="runs"] input').fill('100000');
    await page.locator('[data-path="horizonMonths"] input').fill('120');
    await page.locator('#run-button').click();
    const bar = page.locator('#run-progress-bar');
    await bar.waitFor();
    await expect
      .poll(
        async () =>
          Number(
            (await bar.getAttribute('value')) ??
              (await bar.evaluate((b) => (b as HTMLProgressElement).value)),
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    expect(await page.locator('.progress-text').textContent()).toMatch(/% done: [\d,]+ of 100,000 runs/);
    await screenshot(page, 'progress', false);
    await page.locator('button', { hasText: 'Cancel run' }).click();
    await page.locator('h1', { hasText: 'Run cancelled' }).waitFor();
  });

  it('breaks no rule of the server’s Content-Security-Policy (no inline scripts or styles)', () => {
    expect(policyViolations).toEqual([]);
  });
});
