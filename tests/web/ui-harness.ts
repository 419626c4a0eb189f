/**
 * The real server (npx tsx src/main.ts) on a free port with a fresh temp database and a freshly
 * built UI, and Debian's headless Chromium driven by playwright-core (which never downloads browsers).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildWeb } from '../../web/build-web.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

/** True when the browser tests must be skipped here; in CI a missing browser is a failure. */
export function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI === 'true') {
    throw new Error(
      `${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`,
    );
  }
  console.warn(
    `Skipping the browser UI tests: ${CHROMIUM} is not installed. Install it with: apt-get install -y chromium`,
  );
  return true;
}

export interface UiServer {
  url: string;
  close(): Promise<void>;
}

export async function startUiServer(): Promise<UiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'caseforce-web-'));
  const dist = await buildWeb(join(dir, 'dist'));
  const child: ChildProcess = spawn('npx', ['tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_FILE: join(dir, 'test.sqlite'),
      CASEFORCE_WEB_DIST_DIR: dist,
      CASEFORCE_WORKER_THREADS: '2',
      CASEFORCE_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so closing ends npx, tsx and the server together.
    detached: true,
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${log}`)), 30_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log}`)));
  });
  return {
    url,
    async close() {
      const group = child.pid;
      if (group !== undefined) {
        signalGroup(group, 'SIGTERM');
        // Let the server finish its clean shutdown, then make sure nothing of the group is left.
        for (let waited = 0; waited < 10_000 && signalGroup(group, 0); waited += 100) await sleep(100);
        signalGroup(group, 'SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a signal to a process group; false when the group no longer exists. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Non-blank pixels on the chart canvas of a figure, and how many of them are the fan's blue. */
export function canvasInk(
  page: Page,
  chartId: string,
): Promise<{ ink: number; blue: number; width: number }> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`figure[data-chart="${id}"] .chart-area canvas`);
    if (!canvas) return { ink: 0, blue: 0, width: 0 };
    const ctx = canvas.getContext('2d');
    const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    let blue = 0;
    for (let i = 0; data && i < data.length; i += 4) {
      if (data[i + 3]! > 0) ink++;
      if (data[i + 3]! > 0 && data[i + 2]! > data[i]! + 40) blue++;
    }
    return { ink, blue, width: canvas.width };
  }, chartId);
}

/** Form controls on the page that have no accessible name (no label, aria-label or aria-labelledby). */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => {
        if ((el as HTMLInputElement).type === 'hidden') return false;
        const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
        const byId = el.getAttribute('aria-labelledby');
        const text = el.tagName === 'BUTTON' && el.textContent?.trim();
        return !(labelled || byId || text);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** A page that records Content-Security-Policy violations and page errors as they happen. */
export interface WatchedPage {
  page: Page;
  policyViolations: string[];
  pageErrors: string[];
}

export async function openWatchedPage(browser: Browser, height = 800): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height } });
  const watched: WatchedPage = { page, policyViolations: [], pageErrors: [] };
  page.on('pageerror', (error) => {
    watched.pageErrors.push(error.message);
    console.error(`page error: ${error.message}`);
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watched.policyViolations.push(message.text());
  });
  return watched;
}

/** Submits a run over the API and waits until it is done; throws if it ends any other way. */
export async function runToDone(url: string, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const { id } = (await response.json()) as { id: string };
  for (let i = 0; i < 600; i++) {
    const run = (await (await fetch(`${url}/api/runs/${id}`)).json()) as { status: string };
    if (run.status === 'done') return id;
    if (run.status !== 'queued' && run.status !== 'running') throw new Error(`run ${id} ended ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${id} did not finish`);
}
