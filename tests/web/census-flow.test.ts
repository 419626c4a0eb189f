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

const METRICS = ['case_holder_fte', 'agency_rate', 'turnover_rate', 'vacancy_rate', 'caseload'];

describe.skipIf(chromiumMissing())('web UI: start from a council census, and hindcast it', () => {
  let server: UiServer;
  let browser: Browser;
  let page: Page;
  let policyViolations: string[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startUiServer(), launchChromium()]);
    ({ page, policyViolations, pageErrors } = await openWatchedPage(browser, 900));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds Hull, builds its 2021 census scenario and opens it in the editor', async () => {
    await page.goto(server.url);
    await page.locator('#scenario-select').waitFor();
    await page.locator('#census-picker > summary').click();
    await page.locator('#census-search').fill('hull');
    await expect.poll(() => page.locator('#census-list').inputValue()).toBe('E06000010');
    await page.locator('#census-year').selectOption('2021');
    expect(await page.locator('#census-window option:checked').textContent()).toBe(
      'Census years 2018 to 2021',
    );
    await page.locator('#census-build').click();
    const provenance = page.locator('.census-provenance[data-census="E06000010"]');
    await provenance.waitFor();
    expect(await provenance.textContent()).toContain('rates from the census years 2018, 2019, 2020, 2021');
    expect(await page.locator('.census-caveats li').count()).toBeGreaterThan(0);
    const select = page.locator('#scenario-select');
    expect(await select.locator('option:checked').textContent()).toBe(
      'Kingston upon Hull, City of from the 2021 census',
    );
    expect(await page.locator('.scenario-description').textContent()).toContain(
      'Built from the DfE children',
    );
    const fte = page.locator('[data-path="establishment.initialFte"] input');
    await expect.poll(() => fte.inputValue()).not.toBe('238');
    expect(await unlabelledControls(page)).toEqual([]);
    await page.locator('#census-picker').scrollIntoViewIfNeeded();
    await screenshot(page, 'census-picker-1280', false);
    await screenshot(page, 'census-picker-full');
  });

  it('runs the census scenario (sent whole, as it has no id yet)', async () => {
    await page.locator('[data-path="runs"] input').fill('50');
    await page.locator('#run-button').click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await page.locator('h1').filter({ hasText: 'Kingston upon Hull' }).first().waitFor({ timeout: 30_000 });
  });

  it('saves a census scenario under a new name, after which it is in the scenario list', async () => {
    await page.goto(server.url);
    await page.locator('#census-picker > summary').click();
    await page.locator('#census-search').fill('E06000010');
    await expect.poll(() => page.locator('#census-list').inputValue()).toBe('E06000010');
    await page.locator('#census-year').selectOption('2021');
    await page.locator('#census-build').click();
    await page.locator('.census-provenance').waitFor();
    await page.locator('#save-name').fill('Hull from the 2021 census');
    await page.locator('#save-button').click();
    await expect
      .poll(() => page.locator('#scenario-select option:checked').textContent())
      .toBe('Hull from the 2021 census');
    expect(await page.locator('#scenario-select optgroup[label="Not saved yet"]').count()).toBe(0);
  });

  it('offers only the census years a council has', async () => {
    await page.goto(server.url);
    await page.locator('#census-picker > summary').click();
    await page.locator('#census-search').fill('Cumberland');
    await expect.poll(() => page.locator('#census-list option').count()).toBeGreaterThan(0);
    expect(await page.locator('#census-year option').allTextContents()).not.toContain('30 September 2019');
  });

  it('says what to change when the data cannot give the scenario asked for', async () => {
    await page.locator('#census-search').fill('hull');
    await expect.poll(() => page.locator('#census-list').inputValue()).toBe('E06000010');
    await page.locator('#census-year').selectOption('2019');
    await page.locator('#census-demand').check();
    await page.locator('#census-build').click();
    const problem = page.locator('.census-output .error');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      'Referrals and children’s cases: Kingston upon Hull, City of has no children looked after on 31 March for 31 March 2019',
    );
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe(
      'Hull baseline 2021-2026',
    );
    await problem.scrollIntoViewIfNeeded();
    await screenshot(page, 'census-picker-problem', false);
  });

  it('draws the hindcast for Hull: census dots over the simulated band, and the scored table', async () => {
    await page.goto(`${server.url}/hindcast?la=E06000010&from=2019&to=2023&runs=100`);
    const headline = page.locator('#hindcast-headline');
    await headline.waitFor({ timeout: 30_000 });
    expect(await headline.textContent()).toMatch(/^\d+ of 20 census figures \(\d+%\) fell inside/);
    expect(await page.locator('h1').textContent()).toBe(
      'Hindcast: Kingston upon Hull, City of, 2019 to 2023',
    );
    expect(await page.locator('#hindcast-search').inputValue()).toBe('Kingston upon Hull, City of');
    expect(await page.locator('#hindcast-from').inputValue()).toBe('2019');
    expect(await page.locator('#hindcast-to').inputValue()).toBe('2023');
    for (const metric of METRICS) {
      const figure = page.locator(`figure[data-chart="hindcast-${metric}"][data-drawn="true"]`);
      await figure.waitFor();
      const { ink, blue } = await canvasInk(page, `hindcast-${metric}`);
      expect(ink, metric).toBeGreaterThan(3000);
      expect(blue, metric).toBeGreaterThan(300);
    }
    const legend = await page.locator('figure[data-chart="hindcast-agency_rate"] .legend').textContent();
    expect(legend).toContain('Census figure');
    expect(legend).toContain('Simulated P10 to P90');
    const rows = page.locator('table[data-table="hindcast-scores"] tbody tr');
    expect(await rows.count()).toBe(20);
    const row = page.locator(
      'table[data-table="hindcast-scores"] tr[data-metric="agency_rate"][data-year="2021"]',
    );
    expect(await row.locator('td').nth(1).textContent()).toBe('15.9%');
    expect(await page.locator('table[data-table="hindcast-summary"] tbody tr').count()).toBe(5);
    expect(await page.locator('#coverage-heading').textContent()).toBe('What coverage means');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'hindcast-1280');
    await page.locator('figure[data-chart="hindcast-case_holder_fte"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'hindcast-chart', false);
  });

  it('reruns from the form through a shareable URL, and names the field of a bad request', async () => {
    await page.locator('#hindcast-to').selectOption('2021');
    await page.locator('#hindcast-runs').fill('50');
    await page.locator('#hindcast-run').click();
    await page.waitForURL(/\/hindcast\?la=E06000010&from=2019&to=2021&runs=50&seed=1$/);
    await page
      .locator('#hindcast-headline', { hasText: 'of 10 census figures' })
      .waitFor({ timeout: 30_000 });
    await page.goto(`${server.url}/hindcast?la=E06000010&from=2021&to=2030&runs=20`);
    const problem = page.locator('#hindcast-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      'Simulate to: Kingston upon Hull, City of has census years up to 2025',
    );
    await screenshot(page, 'hindcast-problem', false);
  });

  it('runs the survey of every council in the background and shows coverage by measure', async () => {
    await page.goto(`${server.url}/hindcast`);
    await page.locator('#survey-from').selectOption('2019');
    await page.locator('#survey-to').selectOption('2021');
    await page.locator('#survey-runs').fill('20');
    await page.locator('#survey-run').click();
    const headline = page.locator('#survey-headline');
    await headline.waitFor({ timeout: 60_000 });
    expect(await headline.textContent()).toMatch(
      /^Across 1\d\d councils, \d+% of [\d,]+ census figures fell inside/,
    );
    await page.locator('figure[data-chart="survey-coverage"][data-drawn="true"]').waitFor();
    const { ink, blue } = await canvasInk(page, 'survey-coverage');
    expect(ink).toBeGreaterThan(5000);
    expect(blue, 'coverage bars in Okabe-Ito blue').toBeGreaterThan(2000);
    expect(await page.locator('table[data-table="survey-metrics"] tbody tr').count()).toBe(5);
    expect(await page.locator('table[data-table="survey-councils"] tbody tr').count()).toBeGreaterThan(100);
    expect(await page.locator('#survey-stored option').first().textContent()).toContain(
      'Every council, 2019 to 2021, 20 runs (done',
    );
    expect(await unlabelledControls(page)).toEqual([]);
    await page.locator('#survey-panel').scrollIntoViewIfNeeded();
    // Headless Chromium can paint the last legend label a frame late.
    await page.waitForTimeout(500);
    await screenshot(page, 'hindcast-survey', false);
    await screenshot(page, 'hindcast-survey-full');
    // Opening the page again shows the stored survey without running it again.
    await page.reload();
    await page.locator('#survey-headline').waitFor();
    expect(policyViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
