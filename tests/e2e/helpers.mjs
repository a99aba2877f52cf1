// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, and dist/ served on 127.0.0.1.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

export const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/// Root needs no sandbox; the rest keeps Chromium off the (closed) network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function serveDist() {
  const server = await startServer('dist', 0);
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/// One browser and one server for a test file; `env.browser` and `env.base`
/// are set once the file's tests start.
export function useBrowserAndServer() {
  const env = {};
  before(async () => {
    env.browser = await launch();
    const { server, base } = await serveDist();
    env.server = server;
    env.base = base;
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

/// A page that records console errors/warnings, page errors and every request.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const { page, log } = await recordedPage(context);
  if (url) {
    await page.goto(url);
  }
  return { context, page, log };
}

/// A new page (tab) of `context` whose log records console errors/warnings,
/// page errors and every request.
export async function recordedPage(context) {
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  return { context, page, log };
}

/// Waits until the results of every widget list what was last typed or
/// tapped: they follow once the visitor pauses, `aria-busy` until then.
export async function resultsSettled(page, selector = 'login-help') {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => !el.shadowRoot?.querySelector('.lh-results[aria-busy="true"]')),
    selector,
  );
}

/// The ids of the items of one kind listed by the widget `host`, once its
/// results follow the last keystroke or tap.
export async function listedIds(page, kind, host = 'login-help') {
  await resultsSettled(page, host);
  return page.locator(`${host} [data-kind=${kind}]`).evaluateAll((els) => els.map((e) => e.dataset.id));
}

/// Waits until the widget inside `selector` has rendered and is live: a
/// prerendered one is painted before the wasm takes it over and applies a
/// link's state, which may still be fading in (transitions).
export async function widgetReady(page, selector = 'login-help') {
  await page.locator(`${selector} .lh`).first().waitFor();
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((el) => el.widget), selector);
  // Two frames for the state applied after hydration to be styled, then no transition running.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every(
    (el) => el.shadowRoot.getAnimations().length === 0,
  ), selector);
}

/// Waits until the page's URL fragment is `expected` (a string, or a RegExp
/// it must match): the widget writes history just after the frame that shows
/// a change. Fails with the fragment it saw.
export async function waitForHash(page, expected, timeout = 5000) {
  const test = expected instanceof RegExp
    ? { source: expected.source, flags: expected.flags }
    : { equals: expected };
  try {
    await page.waitForFunction((t) => (t.equals !== undefined
      ? location.hash === t.equals
      : new RegExp(t.source, t.flags).test(location.hash)), test, { timeout });
  } catch {
    throw new Error(`URL fragment ${JSON.stringify(new URL(page.url()).hash)}, wanted ${expected}`);
  }
}

/// Holds back every .wasm response until the returned `release()` is called:
/// the page paints its prerendered widget and the loader runs, but nothing
/// is hydrated until then (a slow phone's long wait for the wasm).
export async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// axe-core's violations on `page`, one line each: rule, impact and the first targets.
export async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
