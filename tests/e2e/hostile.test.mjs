// The widget on host pages that are hostile on purpose: host CSS that would
// reach into it, files that fail or come late or from elsewhere, a strict
// CSP sent as a header, huge inputs, elements removed, re-added and moved,
// two widgets or two tabs sharing one checklist, a <base> element, and SRI
// with content-hashed file names. Every page is built here as a string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { openPage, recordedPage, useBrowserAndServer, SHOTS } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const env = useBrowserAndServer();
const VIEWPORT = { width: 900, height: 800 };
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------- pages

const LOADER = '<script type="module" src="login-help.js"></script>';
const WIDGET = '<login-help lang="en"></login-help>';
/// What a site owner writes inside the element, shown if the widget never loads.
const OWNER_TEXT = 'Trouble logging in? Call <a href="tel:95588">95588</a>';

function hostPage({ html = 'lang="en"', head = '', loader = LOADER, body = WIDGET } = {}) {
  return `<!doctype html><html ${html}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hostile host</title>${head}${loader}</head><body>${body}</body></html>`;
}

/// Records CSP violations and long tasks from the first script on.
function recordInPage() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
}

/// Opens `html` served at `origin + path` (through page.route, so any origin
/// works); `setup(page)` adds routes or storage before the page loads.
async function openHost(html, { path = '/host.html', hash = '', origin = env.base, headers = {}, viewport = VIEWPORT, setup, context, waitUntil } = {}) {
  const opened = context ? await recordedPage(context) : await openPage(env.browser, null, { viewport, locale: 'en-US' });
  const { page } = opened;
  opened.context.setDefaultTimeout(10_000);
  await page.addInitScript(recordInPage);
  await page.route((url) => url.origin === origin && url.pathname === path, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }),
  );
  if (setup) await setup(page);
  await page.goto(origin + path + hash, { waitUntil });
  return opened;
}

/// Puts `entries` into localStorage of `origin` before the real page loads.
async function seedStorage(page, entries, origin = env.base) {
  await page.route(`${origin}/seed.html`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html>seed' }));
  await page.goto(`${origin}/seed.html`);
  await page.evaluate((e) => Object.entries(e).forEach(([k, v]) => localStorage.setItem(k, v)), entries);
}

// ---------------------------------------------------------------- what is seen

/// What a visitor sees of one <login-help>: the widget, the fallback, the
/// owner's light-DOM text, and whether the widget's stylesheet applies.
function seen(page, selector = 'login-help') {
  return page.locator(selector).first().evaluate((host) => {
    const visible = (el) =>
      !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().height > 0;
    const root = host.shadowRoot;
    const lh = root?.querySelector('.lh');
    const fallback = root?.querySelector('.lh-fallback');
    const th = root?.querySelector('thead th');
    return {
      defined: !!customElements.get('login-help'),
      lh: visible(lh),
      lhDisplay: lh ? getComputedStyle(lh).display : null,
      lhLineHeight: lh ? getComputedStyle(lh).lineHeight : null,
      thBackground: th ? getComputedStyle(th).backgroundColor : null,
      fallback: visible(fallback),
      fallbackText: fallback?.textContent ?? null,
      fallbackTel: visible(fallback?.querySelector('a[href="tel:95588"]')),
      lightTel: visible(host.querySelector('a[href="tel:95588"]')),
      height: host.getBoundingClientRect().height,
    };
  });
}

/// Polls `seen` until `ok(state)` or `ms` pass; returns the last state.
async function waitSeen(page, ok, ms = 8000, selector) {
  let state;
  for (const end = Date.now() + ms; ; await sleep(100)) {
    state = await seen(page, selector);
    if (ok(state) || Date.now() > end) return state;
  }
}

/// The widget's own stylesheet applies (line-height 1.6 at 16px, accent table head).
const styled = (s) => s.lh && s.lhLineHeight === '25.6px' && !!s.thBackground && s.thBackground !== 'rgba(0, 0, 0, 0)';

async function untilTrue(fn, ms = 3000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (await fn()) return true;
  return fn();
}

const oursOnly = (lines) => lines.filter((w) => w.startsWith('login-help:'));

function assertShortWarnings(log) {
  const ours = oursOnly(log.warnings);
  for (const w of ours) {
    assert.ok(w.length <= 300, `a login-help warning of ${w.length} characters: ${w.slice(0, 200)}…`);
  }
  assert.ok(ours.length <= 5, `${ours.length} login-help warnings: ${ours.map((w) => w.slice(0, 120)).join('\n')}`);
}

async function longTasks(page, since = 0) {
  return (await page.evaluate(() => window.__long)).filter((t) => t.start + t.duration >= since);
}

const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));

/// No task over 100 ms, or over the same page's longest task without the
/// huge input plus 100 ms: on a slow machine the widget's own start-up render
/// alone can pass 100 ms, and it is the input's cost that is under test here
/// (before the caps it was seconds: 6–7 s for the #q= link, 4.5 s a keystroke).
function assertNoFreeze(tasks, what, baseline = []) {
  const limit = Math.max(100, longest(baseline) + 100);
  const over = tasks.filter((t) => t.duration > limit);
  assert.deepEqual(over, [], `${what}: main thread blocked over ${limit} ms (${JSON.stringify(over)}; without it: ${JSON.stringify(baseline)})`);
}

/// Opens a page, waits for the widget and one more second, and returns its
/// long tasks and console log.
async function startUpTasks(html, options) {
  const { page, context, log } = await openHost(html, options);
  await page.locator('login-help .lh').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1000);
  const tasks = await longTasks(page);
  await context.close();
  return { tasks, log };
}

/// Starts the page with the huge input and, as the baseline, with an ordinary
/// one, up to three times each. What the input costs is the same every run,
/// while a busy machine only ever adds to a task (one CI run saw the ordinary
/// page start with no task over 50 ms and the huge one at 105 ms, where here
/// both take 50–70 ms), so the run whose longest task is the shortest is the
/// one judged, against the longest baseline seen.
async function assertStartsWithoutFreeze(what, huge, ordinary) {
  const baseline = [];
  let best;
  for (let run = 0; run < 3; run++) {
    baseline.push(...(await startUpTasks(...ordinary)).tasks);
    const result = await startUpTasks(...huge);
    if (!best || longest(result.tasks) < longest(best.tasks)) best = result;
    if (longest(best.tasks) <= Math.max(100, longest(baseline) + 100)) break;
  }
  assertNoFreeze(best.tasks, what, baseline);
  assertShortWarnings(best.log);
}

// ---------------------------------------------------------------- screenshots

/// The widget's element screenshot once it is rendered, styled and its fonts loaded.
async function widgetShot(html) {
  const { page, context } = await openHost(html);
  try {
    await page.locator('login-help .lh').waitFor();
    const state = await waitSeen(page, styled, 5000);
    assert.ok(styled(state), `widget not styled: ${JSON.stringify(state)}`);
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))));
    return await page.locator('login-help').screenshot({ animations: 'disabled' });
  } finally {
    await context.close();
  }
}

let cleanShot;
const cleanWidgetShot = () => (cleanShot ??= widgetShot(hostPage()));

/// Pixels that differ between two PNGs (any channel by more than 16), in a blank page's canvas.
async function pixelDiff(a, b) {
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(async ([a, b]) => {
      const bitmap = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const data = (img) => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height).data;
      };
      const [x, y] = await Promise.all([bitmap(a), bitmap(b)]);
      const sizes = `${x.width}×${x.height} vs ${y.width}×${y.height}`;
      const total = Math.max(x.width * x.height, y.width * y.height);
      if (x.width !== y.width || x.height !== y.height) return { sizes, total, differing: total };
      const [p, q] = [data(x), data(y)];
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]), Math.abs(p[i + 3] - q[i + 3])) > 16) differing++;
      }
      return { sizes, total, differing };
    }, [a.toString('base64'), b.toString('base64')]);
  } finally {
    await context.close();
  }
}

async function assertLooksClean(name, html) {
  const expected = await cleanWidgetShot();
  const actual = await widgetShot(html);
  const { sizes, total, differing } = await pixelDiff(expected, actual);
  if (differing > total * 0.001) {
    writeFileSync(`${SHOTS}/hostile-${name}-clean.png`, expected);
    writeFileSync(`${SHOTS}/hostile-${name}-host.png`, actual);
    assert.fail(`${name}: ${differing} of ${total} pixels differ (${sizes}) from the widget on a clean page; ` +
      `see ${SHOTS}/hostile-${name}-{clean,host}.png`);
  }
}

// ================================================================ A. host CSS must not reach in

const HOST_RULES = {
  'html-dir-rtl': hostPage({ html: 'lang="en" dir="rtl"' }),
  'html-direction-rtl-css': hostPage({ head: '<style>html { direction: rtl }</style>' }),
  'body-text-decoration': hostPage({ head: '<style>body { text-decoration: underline line-through }</style>' }),
  'inside-a-href': hostPage({ body: `<a href="#">${WIDGET}</a>` }),
  'inside-u': hostPage({ body: `<u>${WIDGET}</u>` }),
  'inside-s': hostPage({ body: `<s>${WIDGET}</s>` }),
};

for (const [name, html] of Object.entries(HOST_RULES)) {
  test(`A: host rule ${name} leaves the widget's pixels as on a clean page`, async () => {
    await assertLooksClean(name, html);
  });
}

test('A: the fallback message is not mirrored on an rtl host', async () => {
  for (const html of [HOST_RULES['html-dir-rtl'], HOST_RULES['html-direction-rtl-css']]) {
    const { page, context } = await openHost(html, { setup: (p) => p.route('**/*.wasm', (r) => r.abort()) });
    const state = await waitSeen(page, (s) => s.fallbackTel);
    assert.ok(state.fallbackTel, `fallback with the tel link: ${JSON.stringify(state)}`);
    const direction = await page.locator('login-help .lh-fallback').evaluate((n) => getComputedStyle(n).direction);
    assert.equal(direction, 'ltr', 'the fallback inherits the host\'s rtl direction');
    await context.close();
  }
});

/// The visible part of the widget's box, and what the page hit-tests at its centre.
const hitAtCentre = (page) =>
  page.locator('login-help').evaluate((host) => {
    const r = host.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;
    const hit = document.elementFromPoint(x, y);
    return { inside: !!hit && (hit === host || host.contains(hit)), hit: hit?.nodeName ?? null };
  });

test('A: a container with visibility:hidden hides the widget', async () => {
  const { page, context } = await openHost(hostPage({ body: `<div id="box" style="visibility:hidden">${WIDGET}</div>` }));
  await page.locator('login-help .lh').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  const at = await hitAtCentre(page);
  assert.ok(!at.inside, `elementFromPoint at the widget's centre hits the hidden widget (${at.hit})`);
  assert.equal(await page.locator('login-help .lh').evaluate((n) => getComputedStyle(n).visibility), 'hidden',
    '.lh is visible inside a visibility:hidden container');
  // The same point does hit the widget once the host shows it (the point is right).
  await page.locator('#box').evaluate((b) => (b.style.visibility = 'visible'));
  assert.ok((await hitAtCentre(page)).inside, 'the widget is hit at its centre once the container is visible');
  await context.close();
});

test('A: a container with pointer-events:none makes the widget unclickable', async () => {
  const { page, context } = await openHost(hostPage({ body: `<div id="box" style="pointer-events:none">${WIDGET}</div>` }));
  await page.locator('login-help .lh').waitFor();
  const box = page.locator('login-help #lh-s-sms-code-missing');
  await box.scrollIntoViewIfNeeded();
  assert.equal(await box.evaluate((n) => getComputedStyle(n).pointerEvents), 'none',
    'the checkbox takes pointer events inside a pointer-events:none container');
  const b = await box.boundingBox();
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForTimeout(200);
  assert.equal(await box.isChecked(), false, 'a click through a pointer-events:none container ticked the symptom');
  // The same click works once the host allows pointer events (the position is right).
  await page.locator('#box').evaluate((n) => (n.style.pointerEvents = 'auto'));
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  assert.ok(await untilTrue(() => box.isChecked()), 'the click at the same position ticks it once pointer events are allowed');
  await context.close();
});

// ================================================================ B. never a blank box

test('B: the app glue 404 still leaves a fallback with 95588', async () => {
  const { page, context } = await openHost(hostPage(), {
    setup: (p) => p.route('**/login-help-app*.js', (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  const state = await waitSeen(page, (s) => s.fallbackTel || s.lightTel);
  assert.ok(state.fallbackTel || state.lightTel, `no readable fallback with tel:95588: ${JSON.stringify(state)}`);
  assert.ok(state.height > 0, 'the element has no height');
  await context.close();
});

test('B: the wasm 404 leaves a fallback with 95588', async () => {
  const { page, context } = await openHost(hostPage(), {
    setup: (p) => p.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  const state = await waitSeen(page, (s) => s.fallbackTel && /cannot be shown/.test(s.fallbackText));
  assert.ok(state.fallbackTel, `no fallback with tel:95588: ${JSON.stringify(state)}`);
  assert.match(state.fallbackText, /cannot be shown/);
  assert.ok(state.height > 0, 'the element has no height');
  await context.close();
});

test('B: the loader included as a classic script still loads the widget', async () => {
  const { page, context, log } = await openHost(hostPage({ loader: '<script src="login-help.js"></script>' }));
  const state = await waitSeen(page, (s) => s.lh, 10_000);
  assert.ok(state.lh, `the widget did not render from a classic <script>: ${JSON.stringify(state)}; errors: ${log.errors.join(' | ')}`);
  await context.close();
});

test('B: the loader 404 leaves the text the site owner wrote inside the element', async () => {
  const { page, context } = await openHost(hostPage({ body: `<login-help lang="en">${OWNER_TEXT}</login-help>` }), {
    setup: (p) => p.route('**/login-help.js', (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  await page.waitForTimeout(1000);
  const state = await seen(page);
  assert.ok(state.lightTel, `the owner's tel link is not visible: ${JSON.stringify(state)}`);
  assert.ok(await page.getByText('Trouble logging in?').isVisible(), "the owner's text is not visible");
  await context.close();
});

test('B: widget files from a second origin: without CORS the owner text stays, with CORS the widget loads', async () => {
  const second = await startServer('dist', 0);
  try {
    const files = `http://127.0.0.1:${second.address().port}`;
    const origin = `http://localhost:${new URL(env.base).port}`;
    const html = hostPage({
      loader: `<script type="module" src="${files}/login-help.js"></script>`,
      body: `<login-help lang="en">${OWNER_TEXT}</login-help>`,
    });

    const plain = await openHost(html, { origin, path: '/cross.html' });
    await plain.page.waitForTimeout(1500);
    const blocked = await seen(plain.page);
    assert.ok(blocked.lightTel, `no CORS: the owner's text is not visible: ${JSON.stringify(blocked)}`);
    await plain.context.close();

    const cors = await openHost(html, {
      origin, path: '/cross.html',
      setup: (p) => p.route(`${files}/**`, async (r) => {
        const response = await r.fetch();
        await r.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
      }),
    });
    const state = await waitSeen(cors.page, styled, 10_000);
    assert.ok(state.lh, `with CORS the widget did not load from the second origin: ${JSON.stringify(state)}; ${cors.log.errors.join(' | ')}`);
    assert.ok(styled(state), `with CORS the widget is not styled: ${JSON.stringify(state)}`);
    await cors.context.close();
  } finally {
    second.close();
  }
});

test('B: the stylesheet 404 shows the fallback, not a half-styled widget', async () => {
  const { page, context } = await openHost(hostPage(), {
    setup: (p) => p.route('**/login-help*.css', (r) => r.fulfill({ status: 404, body: 'not found' })),
  });
  const state = await waitSeen(page, (s) => s.fallbackTel && !s.lh, 6000);
  assert.ok(state.fallbackTel, `no fallback with tel:95588: ${JSON.stringify(state)}`);
  assert.ok(!state.lh, `the unstyled widget is shown: ${JSON.stringify(state)}`);
  await context.close();
});

test('B: a stylesheet 3 s late keeps the widget hidden behind the fallback until it arrives', async () => {
  let released = false;
  const { page, context } = await openHost(hostPage(), {
    setup: (p) => p.route('**/login-help*.css', async (r) => {
      await sleep(3000);
      released = true;
      await r.continue();
    }),
    waitUntil: 'commit', // a pending stylesheet holds back the load event
  });
  const samples = [];
  for (const end = Date.now() + 2500; Date.now() < end && !released; await sleep(100)) {
    const s = await seen(page);
    if (!released) samples.push(s);
  }
  const shown = samples.find((s) => s.lh);
  assert.equal(shown, undefined, `the widget showed before its stylesheet: ${JSON.stringify(shown)}`);
  const last = samples.at(-1);
  assert.ok(last?.fallbackTel, `no fallback with tel:95588 while the stylesheet is late: ${JSON.stringify(last)}`);
  const after = await waitSeen(page, (s) => styled(s) && !s.fallback, 8000);
  assert.ok(styled(after), `the widget is not shown styled once the stylesheet arrives: ${JSON.stringify(after)}`);
  assert.ok(!after.fallback, 'the fallback is still shown');
  assert.notEqual(after.lhDisplay, 'inline');
  await context.close();
});

// ================================================================ C. CSP as a header

const STRICT_CSP = "default-src 'self'; script-src 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'; style-src 'nonce-abc123'";
const CSP_PAGES = {
  'nonce on the loader script': [STRICT_CSP, hostPage({ loader: '<script type="module" nonce="abc123" src="login-help.js"></script>' })],
  'nonce on <login-help>, loader added by a nonced script': [STRICT_CSP, hostPage({
    loader: `<script nonce="abc123">const s = document.createElement('script'); s.type = 'module';
s.src = 'login-help.js'; document.head.append(s);</script>`,
    body: '<login-help lang="en" nonce="abc123"></login-help>',
  })],
  "plain 'self' policy": ["script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", hostPage()],
};

for (const [name, [policy, html]] of Object.entries(CSP_PAGES)) {
  test(`C: CSP header, ${name}: styled, no violations, no errors`, async () => {
    const { page, context, log } = await openHost(html, { headers: { 'content-security-policy': policy } });
    const state = await waitSeen(page, (s) => styled(s) && !s.fallback, 8000);
    assert.ok(state.lh, `the widget did not render: ${JSON.stringify(state)}`);
    assert.ok(styled(state), `the widget's stylesheet does not apply: ${JSON.stringify(state)}`);
    assert.ok(!state.fallback, 'the fallback is still shown');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
    assert.deepEqual(log.errors, [], 'console errors');
    await context.close();
  });
}

// ================================================================ D. never freeze

test('D: a sync-url page opened with 20 000 words in #q= does not freeze', async () => {
  const vocabulary = ['sms', 'code', 'password', 'locked', 'face', 'login', 'app', 'update', '验证码', '密码', 'usb-key', 'xqzv'];
  const words = Array.from({ length: 20_000 }, (_, i) => vocabulary[i % vocabulary.length] + (i % 7 ? '' : i));
  const html = hostPage({ body: '<login-help lang="en" sync-url></login-help>' });
  await assertStartsWithoutFreeze(
    'opening #q= with 20 000 words',
    [html, { hash: `#q=${encodeURIComponent(words.join(' '))}` }],
    [html, { hash: '#q=sms%20code' }],
  );
});

test('D: pasting 100 KB into the search box and typing on does not freeze', async () => {
  const { page, context, log } = await openHost(hostPage());
  await page.locator('login-help .lh').waitFor();
  await page.waitForTimeout(500);
  const since = await page.evaluate(() => performance.now());
  const text = 'password reset sms code face login locked 验证码 '.repeat(2200).slice(0, 100 * 1024);
  const search = page.locator('login-help input[type=search]');
  await search.fill(text);
  await page.keyboard.type('abcde');
  await page.waitForTimeout(1000);
  assertNoFreeze(await longTasks(page, since), 'pasting 100 KB then typing 5 keys');
  assertShortWarnings(log);
  await context.close();
});

test('D: a 1 MB symptoms attribute does not freeze', async () => {
  let symptoms = '';
  for (let i = 0; symptoms.length < 1 << 20; i++) symptoms += `sms-code-missing,no-such-symptom-${i},`;
  const withSymptoms = (value) => hostPage({ body: `<login-help lang="en" symptoms="${value}"></login-help>` });
  await assertStartsWithoutFreeze('a 1 MB symptoms attribute', [withSymptoms(symptoms)], [withSymptoms('sms-code-missing')]);
});

test('D: a 1 MB stored checklist does not freeze', async () => {
  const ids = ['basic-checks'];
  for (let i = 0; ids.length * 20 < 1 << 20; i++) ids.push(`no-such-step-${String(i).padStart(5, '0')}`);
  const stored = (list) => ({ setup: (p) => seedStorage(p, { 'login-help:done-steps': JSON.stringify(list) }) });
  await assertStartsWithoutFreeze('a 1 MB stored checklist', [hostPage(), stored(ids)], [hostPage(), stored(ids.slice(0, 1))]);
});

// ================================================================ E. never leak, never lose

async function leakCounters(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const stats = await page.evaluate(() => {
    const s = customElements.get('login-help').stats;
    return s ? { widgets: s.widgets, parked: s.parked, wasmBytes: s.wasmBytes } : {};
  });
  return { jsEventListeners, ...stats };
}

const CYCLES = {
  'removing and re-adding the same element': async (n) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const el = document.querySelector('login-help');
    for (let i = 0; i < n; i++) {
      el.remove();
      await frame();
      document.body.append(el);
      await frame();
    }
  },
  'adding and removing a fresh element': async (n) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    for (let i = 0; i < n; i++) {
      const el = document.createElement('login-help');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      await frame();
      el.remove();
      await frame();
    }
  },
};

for (const [name, cycle] of Object.entries(CYCLES)) {
  test(`E: 300 cycles of ${name} leak no listeners and no wasm memory`, async () => {
    const { page, context } = await openHost(hostPage());
    await page.locator('login-help .lh').waitFor();
    const cdp = await context.newCDPSession(page);
    const start = await leakCounters(page, cdp);
    await page.evaluate(cycle, 20);
    const warm = await leakCounters(page, cdp);
    await page.evaluate(cycle, 280);
    await page.waitForTimeout(500);
    const end = await leakCounters(page, cdp);
    const report = JSON.stringify({ start, warm, end });
    assert.ok(end.jsEventListeners - warm.jsEventListeners <= 20, `event listeners grew: ${report}`);
    assert.ok(typeof end.wasmBytes === 'number',
      `customElements.get('login-help').stats is missing (a static getter returning {widgets, parked, wasmBytes}): ${report}`);
    assert.ok(end.wasmBytes - start.wasmBytes <= 256 * 1024, `wasm memory grew over 256 KiB: ${report}`);
    await page.locator('login-help .lh').first().waitFor();
    await context.close();
  });
}

const MOVES = {
  'append to another parent': (el, other) => other.append(el),
  moveBefore: (el, other) => other.moveBefore(el, null),
};

for (const [name, move] of Object.entries(MOVES)) {
  test(`E: moving the element (${name}) keeps the ticked symptom and the query`, async (t) => {
    const { page, context } = await openHost(hostPage({ body: `<div id="one">${WIDGET}</div><div id="two"></div>` }));
    if (name === 'moveBefore' && !(await page.evaluate(() => typeof Element.prototype.moveBefore === 'function'))) {
      await context.close();
      return t.skip('no Element.prototype.moveBefore in this browser');
    }
    await page.locator('login-help .lh').waitFor();
    await page.locator('login-help #lh-s-sms-code-missing').check();
    await page.locator('login-help input[type=search]').fill('password');
    await page.evaluate(`(${move})(document.querySelector('login-help'), document.getElementById('two'))`);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.locator('#two login-help .lh').waitFor();
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#two login-help #lh-s-sms-code-missing').isChecked(), 'the ticked symptom was lost');
    assert.equal(await page.locator('#two login-help input[type=search]').inputValue(), 'password', 'the query was lost');
    assert.equal(await page.locator('login-help .lh').count(), 1, 'one app, not two');
    await context.close();
  });
}

const STEPS_KEY = 'login-help:done-steps';
const [STEP_A, STEP_B] = ['basic-checks', 'wait-and-update'];
const storedSteps = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '[]'), STEPS_KEY);
const ticked = (page, host, id) => page.locator(`${host} #lh-step-${id}`).isChecked();

test('E: two widgets on one page merge their checklists', async () => {
  const { page, context } = await openHost(hostPage({
    body: '<login-help id="w1" lang="en"></login-help><login-help id="w2" lang="en"></login-help>',
  }), { setup: (p) => seedStorage(p, { [STEPS_KEY]: '[]' }) });
  await page.locator('#w1 .lh').waitFor();
  await page.locator('#w2 .lh').waitFor();
  await page.locator(`#w1 #lh-step-${STEP_A}`).check();
  await page.locator(`#w2 #lh-step-${STEP_B}`).check();
  await untilTrue(async () => (await storedSteps(page)).length === 2);
  assert.deepEqual([...(await storedSteps(page))].sort(), [STEP_A, STEP_B].sort(), 'stored checklist');
  for (const host of ['#w1', '#w2']) {
    assert.ok(await untilTrue(async () => (await ticked(page, host, STEP_A)) && (await ticked(page, host, STEP_B))),
      `${host} does not show both steps ticked`);
  }
  await context.close();
});

test('E: two tabs merge their checklists and follow each other', async () => {
  const first = await openHost(hostPage(), { setup: (p) => seedStorage(p, { [STEPS_KEY]: '[]' }) });
  const second = await openHost(hostPage(), { context: first.context });
  for (const { page } of [first, second]) await page.locator('login-help .lh').waitFor();
  await first.page.locator(`login-help #lh-step-${STEP_A}`).check();
  await second.page.locator(`login-help #lh-step-${STEP_B}`).check();
  await untilTrue(async () => (await storedSteps(first.page)).length === 2);
  assert.deepEqual([...(await storedSteps(first.page))].sort(), [STEP_A, STEP_B].sort(), 'stored checklist');
  assert.ok(await untilTrue(() => ticked(first.page, 'login-help', STEP_B)), 'tab 1 does not show the step ticked in tab 2');
  assert.ok(await ticked(first.page, 'login-help', STEP_A), 'tab 1 lost its own step');
  await first.context.close();
});

test('E: a stored checklist with duplicates loads without them', async () => {
  const { page, context } = await openHost(hostPage(), {
    setup: (p) => seedStorage(p, { [STEPS_KEY]: JSON.stringify([STEP_A, STEP_A]) }),
  });
  await page.locator('login-help .lh').waitFor();
  assert.ok(await ticked(page, 'login-help', STEP_A), 'the stored step is not ticked');
  assert.equal(await page.locator('login-help .lh-step.lh-done').count(), 1);
  // Unticking once must untick it: with a duplicate kept, one copy would remain.
  await page.locator(`login-help #lh-step-${STEP_A}`).uncheck();
  await untilTrue(async () => (await storedSteps(page)).length === 0);
  assert.deepEqual(await storedSteps(page), [], 'a duplicate survived unticking');
  assert.equal(await page.locator('login-help .lh-step.lh-done').count(), 0, 'the step still shows as done');
  await context.close();
});

test('E: with <base href="/"> the fragment is written on the page itself', async () => {
  const { page, context, log } = await openHost(hostPage({
    head: '<base href="/">', body: '<login-help lang="en" sync-url></login-help>',
  }), { path: '/deep/page.html' });
  await page.locator('login-help .lh').waitFor();
  await page.locator('login-help #lh-s-sms-code-missing').check();
  await untilTrue(() => page.evaluate(() => location.hash.includes('s=')));
  const where = await page.evaluate(() => ({ pathname: location.pathname, hash: location.hash }));
  assert.equal(where.pathname, '/deep/page.html', `the URL left the page: ${JSON.stringify(where)}`);
  assert.match(where.hash, /s=/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('E: with <base href> on another origin the fragment is still written', async () => {
  const { page, context, log } = await openHost(hostPage({
    head: '<base href="https://example.invalid/">',
    loader: `<script type="module" src="${env.base}/login-help.js"></script>`,
    body: '<login-help lang="en" sync-url></login-help>',
  }), { path: '/deep/page.html' });
  await page.locator('login-help .lh').waitFor();
  await page.locator('login-help #lh-s-sms-code-missing').check();
  await untilTrue(() => page.evaluate(() => location.hash.includes('s=')));
  const where = await page.evaluate(() => ({ href: location.href }));
  assert.equal(new URL(where.href).pathname, '/deep/page.html', `the URL left the page: ${where.href}`);
  assert.match(new URL(where.href).hash, /s=/, `no s= in the fragment: ${where.href}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// ================================================================ F. SRI and hashed names

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const sriPage = (integrity) => hostPage({
  loader: `<script type="module" src="login-help.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  body: `<login-help lang="en">${OWNER_TEXT}</login-help>`,
});

test('F: dist/integrity.json holds the loader\'s sha384, and the page loads with it', async () => {
  assert.ok(existsSync('dist/integrity.json'), 'dist/integrity.json is missing (the build should write it)');
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'))['login-help.js'];
  assert.equal(integrity, sha384('dist/login-help.js'), 'integrity.json does not match dist/login-help.js');
  const { page, context, log } = await openHost(sriPage(integrity));
  const state = await waitSeen(page, styled);
  assert.ok(styled(state), `the widget did not load with SRI: ${JSON.stringify(state)}; ${log.errors.join(' | ')}`);
  await context.close();
});

test('F: a wrong integrity value is refused and the owner text stays', async () => {
  const wrong = `sha384-${createHash('sha384').update('not the loader').digest('base64')}`;
  const { page, context } = await openHost(sriPage(wrong));
  await page.waitForTimeout(1000);
  const state = await seen(page);
  assert.ok(!state.defined, 'the loader ran despite a wrong integrity value');
  assert.ok(state.lightTel, `the owner's tel link is not visible: ${JSON.stringify(state)}`);
  await context.close();
});

test('F: dist/ has content-hashed app, wasm and css files, and the loader keeps its name', () => {
  const files = readdirSync('dist');
  const hash = '[A-Za-z0-9_-]{6,}';
  assert.ok(files.includes('login-help.js'), 'no dist/login-help.js');
  for (const [what, pattern] of [
    ['app glue', new RegExp(`^login-help-app\\.${hash}\\.js$`)],
    ['wasm', new RegExp(`^login-help-app_bg\\.${hash}\\.wasm$`)],
    ['stylesheet', new RegExp(`^login-help\\.${hash}\\.css$`)],
  ]) {
    assert.ok(files.some((f) => pattern.test(f)), `no content-hashed ${what} (${pattern}) in dist/: ${files.join(', ')}`);
  }
  assert.ok(!files.includes('login-help-app.js'), 'an unhashed dist/login-help-app.js is still there');
});
