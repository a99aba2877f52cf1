// More hostile hosts, each a page of our own: storage that fails, a page in
// quirks mode, anti-tamper scripts forcing closed shadow roots, the element
// name already taken, a renamed or moved loader with stack traces disabled,
// and no loader at all on the embedding demo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useBrowserAndServer, resultsSettled } from './helpers.mjs';

const env = useBrowserAndServer();
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const LOADER = '<script type="module" src="login-help.js"></script>';

function hostPage({ doctype = '<!doctype html>', head = '', loader = LOADER, body = '<login-help lang="en"></login-help>' } = {}) {
  return `${doctype}<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hostile host</title>${head}${loader}</head><body>${body}</body></html>`;
}

/// Opens `html` at `path` on the test server; `routes` maps more paths to
/// bodies (JavaScript), `init` runs in the page before any of its scripts.
async function openHost(html, { path = '/host.html', routes = {}, init, viewport = { width: 1280, height: 900 } } = {}) {
  const opened = await openPage(env.browser, null, { viewport, locale: 'en-US' });
  opened.context.setDefaultTimeout(10_000);
  if (init) await opened.page.addInitScript(init);
  await opened.page.route((url) => url.pathname === path, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  for (const [at, body] of Object.entries(routes)) {
    await opened.page.route((url) => url.pathname === at, (r) => r.fulfill({ contentType: 'text/javascript', body }));
  }
  await opened.page.goto(env.base + path);
  return opened;
}

async function untilTrue(fn, ms = 3000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (await fn()) return true;
  return fn();
}

const ours = (lines) => lines.filter((l) => l.startsWith('login-help:'));

// ================================================================ a tick is never lost

const STEP = 'basic-checks';
const FAILING_STORAGE = {
  'setItem throws QuotaExceededError': () => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  },
  'setItem throws a TypeError (a host wrapper)': () => {
    Storage.prototype.setItem = () => { throw new TypeError('wrapped storage is read-only'); };
  },
  'getItem returns a non-string': () => {
    Storage.prototype.getItem = () => ({ not: 'a string' });
  },
  'the localStorage getter throws': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  },
};

for (const [name, init] of Object.entries(FAILING_STORAGE)) {
  test(`storage fails (${name}): the tick stays, in every widget of the page, with one warning`, async () => {
    const { page, context, log } = await openHost(hostPage({
      body: '<login-help id="w1" lang="en"></login-help><login-help id="w2" lang="zh-CN"></login-help>',
    }), { init });
    await page.locator('#w1 .lh').waitFor();
    await page.locator('#w2 .lh').waitFor({ state: 'attached' });
    await resultsSettled(page);
    const box = (host) => page.locator(`${host} #lh-step-${STEP}`);
    await box('#w1').check();
    await sleep(500); // a reload of the stored list would have undone it by now
    assert.ok(await box('#w1').isChecked(), 'the tick undid itself');
    assert.ok(await untilTrue(() => box('#w2').isChecked()), 'the other widget of the page does not show the tick');
    // Unticking in the other widget is shared back too.
    await box('#w2').scrollIntoViewIfNeeded();
    await box('#w2').uncheck();
    assert.ok(await untilTrue(async () => !(await box('#w1').isChecked())), 'the untick is not shared');
    const warnings = ours(log.warnings).filter((w) => /checklist/.test(w));
    assert.equal(warnings.length, 1, `checklist warnings: ${JSON.stringify(log.warnings)}`);
    assert.deepEqual(log.errors, [], 'console or page errors');
    await context.close();
  });
}

// ================================================================ quirks mode

/// The heights of the cause table's rows, and the table's.
const tableHeights = (page) => page.locator('login-help').evaluate((host) => {
  const table = host.shadowRoot.querySelector('.lh-table');
  return { table: table.getBoundingClientRect().height, rows: [...table.rows].map((r) => r.getBoundingClientRect().height) };
});

test('quirks mode (no doctype): the cause table rows keep their height, within 2 px of a standards page', async () => {
  const heights = {};
  for (const [mode, doctype] of [['standards', '<!doctype html>'], ['quirks', '']]) {
    const { page, context } = await openHost(hostPage({ doctype }));
    assert.equal(await page.evaluate(() => document.compatMode), mode === 'quirks' ? 'BackCompat' : 'CSS1Compat');
    await page.locator('login-help .lh-table').waitFor();
    await resultsSettled(page);
    await page.evaluate(() => document.fonts.ready);
    heights[mode] = await tableHeights(page);
    await context.close();
  }
  const { standards, quirks } = heights;
  assert.equal(quirks.rows.length, standards.rows.length);
  assert.ok(Math.abs(quirks.table - standards.table) <= 2, `table ${quirks.table} px in quirks mode, ${standards.table} px otherwise`);
  quirks.rows.forEach((h, i) =>
    assert.ok(Math.abs(h - standards.rows[i]) <= 2, `row ${i}: ${h} px in quirks mode, ${standards.rows[i]} px otherwise`));
});

// ================================================================ closed shadow roots

/// An anti-tamper script: every shadow root is closed, and kept here for the test to look into.
function forceClosedRoots() {
  const attach = Element.prototype.attachShadow;
  window.__roots = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'closed' });
    window.__roots.push(root);
    return root;
  };
}

test('closed shadow roots forced: moving the element throws nothing and keeps the widget and its state', async () => {
  const { page, context, log } = await openHost(hostPage({
    body: '<div id="one"><login-help lang="en"></login-help></div><div id="two"></div>',
  }), { init: forceClosedRoots });
  assert.ok(await untilTrue(() => page.evaluate(() => !!window.__roots?.[0]?.querySelector('.lh')), 8000), 'the widget did not render into its closed root');
  assert.equal(await page.evaluate(() => document.querySelector('login-help').shadowRoot), null, 'the root is not closed');
  await page.evaluate(() => window.__roots[0].getElementById('lh-s-sms-code-missing').click());
  for (const to of ['two', 'one', 'two']) {
    await page.evaluate((id) => document.getElementById(id).append(document.querySelector('login-help')), to);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  if (await page.evaluate(() => typeof Element.prototype.moveBefore === 'function')) {
    await page.evaluate(() => document.getElementById('one').moveBefore(document.querySelector('login-help'), null));
  }
  await sleep(300);
  assert.deepEqual(log.errors, [], 'errors while moving the element');
  assert.equal(await page.evaluate(() => window.__roots.length), 1, 'attachShadow was called again');
  const state = await page.evaluate(() => {
    const root = window.__roots[0];
    return {
      ticked: root.getElementById('lh-s-sms-code-missing')?.checked,
      widgets: root.querySelectorAll('.lh').length,
      height: root.host.getBoundingClientRect().height,
    };
  });
  assert.deepEqual({ ...state, height: state.height > 100 }, { ticked: true, widgets: 1, height: true }, JSON.stringify(state));
  await context.close();
});

// ================================================================ the name is taken

test('the name is taken by the host: one clear console error, and the host\'s element is left alone', async () => {
  const theirs = `<script>customElements.define('login-help', class extends HTMLElement {
    connectedCallback() { this.dataset.theirs = 'yes'; }
  });</script>`;
  const { page, context, log } = await openHost(hostPage({
    head: theirs, body: '<login-help lang="en">their own widget</login-help>',
  }));
  await page.waitForLoadState('networkidle');
  await sleep(300);
  const errors = log.errors.filter((e) => /login-help/.test(e));
  assert.equal(errors.length, 1, `errors naming login-help: ${JSON.stringify(log.errors)}`);
  assert.match(errors[0], /already defines its own <login-help>/);
  const host = await page.locator('login-help').evaluate((el) => ({ theirs: el.dataset.theirs, root: !!el.shadowRoot, text: el.textContent }));
  assert.deepEqual(host, { theirs: 'yes', root: false, text: 'their own widget' });
  assert.ok(!log.requests.some((u) => /login-help-app|\.wasm|login-help\.[0-9a-f]+\.css/.test(u)), 'the widget files were fetched anyway');
  await context.close();
});

// ================================================================ renamed, bundled or moved loader

const LOADER_SOURCE = readFileSync('dist/login-help.js', 'utf8');
const NO_STACKS = `<script>Error.stackTraceLimit = 0; Error.prepareStackTrace = () => 'no stack here';</script>`;

/// The widget is styled and live, and every widget file came from `folder`.
async function assertLoadsFrom(page, log, folder) {
  await page.locator('login-help .lh').waitFor();
  await page.waitForFunction(() => document.querySelector('login-help').widget);
  const files = log.requests.filter((u) => /login-help-app|\.wasm$|login-help\.[0-9a-f]+\.css/.test(u));
  assert.equal(files.length, 3, `widget files requested: ${files.join(', ')}`);
  for (const f of files) assert.equal(new URL('./', f).href, folder, `${f} is not from ${folder}`);
  const applied = await page.locator('login-help .lh').evaluate((n) => getComputedStyle(n).lineHeight);
  assert.equal(applied, '25.6px', 'the widget\'s stylesheet does not apply');
  assert.deepEqual(log.errors, []);
}

for (const [name, loader] of Object.entries({
  'a module, stack traces off': `${NO_STACKS}<script type="module" src="/lh-loader.js"></script>`,
  'a classic script, stack traces off': `${NO_STACKS}<script src="/lh-loader.js"></script>`,
})) {
  test(`a loader renamed lh-loader.js (${name}) finds its files beside it`, async () => {
    const { page, context, log } = await openHost(hostPage({ loader }), { path: '/pages/host.html', routes: { '/lh-loader.js': LOADER_SOURCE } });
    await assertLoadsFrom(page, log, `${env.base}/`);
    await context.close();
  });
}

test('a loader served apart from its files finds them through data-base', async () => {
  for (const loader of [
    `${NO_STACKS}<script type="module" src="/vendor/bundle.js" data-base="/"></script>`,
    '<script src="/vendor/bundle.js" data-base="/"></script>',
  ]) {
    const { page, context, log } = await openHost(hostPage({ loader }), { routes: { '/vendor/bundle.js': LOADER_SOURCE } });
    await assertLoadsFrom(page, log, `${env.base}/`);
    await context.close();
  }
  // And without it, a clear fallback with 95588, not a blank box.
  const { page, context, log } = await openHost(hostPage({ loader: '<script type="module" src="/vendor/bundle.js"></script>' }),
    { routes: { '/vendor/bundle.js': LOADER_SOURCE } });
  await page.locator('login-help .lh-fallback a[href="tel:95588"]').waitFor();
  await page.waitForFunction(() => /cannot be shown/.test(document.querySelector('login-help').shadowRoot.textContent));
  assert.equal(log.errors.filter((e) => /login-help: the widget could not load/.test(e)).length, 1, JSON.stringify(log.errors));
  await context.close();
});

// ================================================================ no loader: the owner's text

test('the embedding demo and the snippets carry the owner\'s text, shown when the loader is missing', async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: { width: 1280, height: 900 } });
  await page.route('**/login-help.js', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${env.base}/embed-demo.html`);
  await sleep(2500); // the demo adds its second widget after 2 s
  for (const id of ['widget-zh', 'widget-en']) {
    const call = page.locator(`#${id} a[href="tel:95588"]`);
    assert.ok(await call.isVisible(), `#${id} shows no owner text with 95588`);
  }
  await context.close();
  for (const lang of ['zh-CN', 'en']) {
    const snippet = readFileSync(`dist/snippets/login-help.${lang}.html`, 'utf8');
    const light = snippet.replace(/<template[\s\S]*<\/template>/, '');
    assert.match(light, /<login-help[^>]*>[^<]*[^\s<][^<]*<a href="tel:95588">95588<\/a>/, `snippet ${lang} has no owner text`);
  }
});
