// The prerendered help pages and snippets: readable without JavaScript,
// hydrated (not rendered again) with it, no layout shift, shared links kept,
// and delivered compressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, listedIds as ids, useBrowserAndServer, waitForHash } from './helpers.mjs';

const env = useBrowserAndServer();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const hydrated = (page) => page.waitForFunction(() => customElements.get('login-help')?.stats.widgets >= 1);

/// Sums layout shifts not caused by input, from the first paint on.
function recordShifts() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const [path, lang, faq] of [['/', 'zh-CN', '常见问题'], ['/index.en.html', 'en', 'Questions']]) {
  test(`without JavaScript ${path} shows the causes, the whole article behind "show all", and 95588`, async () => {
    const { page, context } = await openPage(env.browser, `${env.base}${path}`, { ...PHONE, javaScriptEnabled: false });
    assert.equal(await page.locator('login-help .lh').getAttribute('lang'), lang);
    assert.ok((await ids(page, 'cause')).length >= 6, 'the article\'s table of causes');
    assert.ok(await page.locator('login-help [data-kind=cause]').first().isVisible());
    assert.ok((await page.locator('login-help a[href="tel:95588"]').count()) >= 1);
    assert.ok(await page.locator('login-help .lh-notice').isVisible(), 'the safety notice');
    // The disclosure opens natively and holds the FAQ, stories and tips.
    assert.ok(!(await page.locator('login-help .lh-more [data-kind=faq]').first().isVisible()));
    await page.locator('login-help .lh-show-all').click();
    assert.ok(await page.locator('login-help .lh-more [data-kind=faq]').first().isVisible());
    assert.ok((await ids(page, 'story')).length >= 3);
    assert.ok((await ids(page, 'tip')).length >= 1);
    assert.match(await page.locator('login-help .lh-more').textContent(), new RegExp(faq));
    // Each cause's steps are a disclosure too.
    const details = page.locator('login-help [data-kind=cause] details').first();
    const open = () => details.evaluate((d) => d.open);
    const before = await open();
    await details.locator('summary').click();
    assert.equal(await open(), !before);
    await context.close();
  });
}

for (const [name, device] of [['a phone', PHONE], ['a desktop', DESKTOP]]) {
  test(`on ${name} the wasm hydrates what was painted: no error, no mismatch, no layout shift`, async () => {
    const { page, log, context } = await openPage(env.browser, null, device);
    await page.addInitScript(recordShifts);
    await page.goto(`${env.base}/`);
    const painted = await page.locator('login-help [data-kind=cause]').first().textContent();
    await hydrated(page);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('login-help .lh').count(), 1, 'hydrated, not rendered a second time');
    assert.equal(await page.locator('login-help [data-kind=cause]').first().textContent(), painted);
    assert.ok((await page.evaluate(() => window.__cls)) <= 0.02, `CLS ${await page.evaluate(() => window.__cls)}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, [], 'no hydration mismatch or other warning');
    // And it is live: a tap on a common problem gives the answer card.
    await page.locator('login-help .lh-common-button[data-symptom=sms-code-missing]').click();
    await page.locator('login-help .lh-answer-card').waitFor();
    await waitForHash(page, /^#s=sms-code-missing(&|$)/);
    await context.close();
  });
}

test('a shared link and the stored checklist are applied right after hydration', async () => {
  const { page, log, context } = await openPage(env.browser, null, PHONE);
  await page.addInitScript(() => localStorage.setItem('login-help:done-steps', '["basic-checks"]'));
  await page.goto(`${env.base}/#s=account-locked&lang=en`);
  await hydrated(page);
  await page.locator('login-help .lh[lang=en] .lh-answer-card').waitFor();
  assert.equal(await page.locator('login-help .lh-chip').count(), 1);
  assert.equal(new URL(page.url()).hash, '#s=account-locked&lang=en', 'the link is kept');
  await page.goto(`${env.base}/`);
  await hydrated(page);
  await page.locator('login-help [data-kind=step][data-id=basic-checks] input:checked').waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"show all" opened before the wasm arrives stays open after hydration', async () => {
  const { page, log, context } = await openPage(env.browser, null, PHONE);
  await page.route('**/*.wasm', async (r) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await r.continue();
  });
  await page.goto(`${env.base}/`);
  await page.locator('login-help .lh-show-all').click();
  const faq = page.locator('login-help [data-kind=faq]').first();
  assert.ok(await faq.isVisible());
  await hydrated(page);
  await page.waitForTimeout(300);
  assert.ok(await faq.isVisible(), 'the article the visitor opened is still shown');
  const causes = readFileSync('content/causes.toml', 'utf8').match(/^\[\[cause\]\]/gm).length;
  assert.equal((await ids(page, 'cause')).length, causes, 'as the whole view');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('if the app cannot load, the prerendered help stays readable', async () => {
  const { page, context } = await openPage(env.browser, null, PHONE);
  await page.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${env.base}/`);
  await page.waitForTimeout(500);
  assert.ok(await page.locator('login-help [data-kind=cause]').first().isVisible());
  assert.ok(await page.locator('login-help .lh-call').first().isVisible());
  await context.close();
});

test('the pages link to each other with hreflang', async () => {
  const zh = readFileSync('dist/index.html', 'utf8');
  const en = readFileSync('dist/index.en.html', 'utf8');
  // Absolute, as search engines require; SITE_URL sets the site (default: serve.sh's address).
  for (const html of [zh, en]) {
    assert.match(html, /<link rel="alternate" hreflang="zh-CN" href="http:\/\/127\.0\.0\.1:8080\/">/);
    assert.match(html, /<link rel="alternate" hreflang="en" href="http:\/\/127\.0\.0\.1:8080\/index\.en\.html">/);
  }
  assert.match(zh, /<link rel="canonical" href="http:\/\/127\.0\.0\.1:8080\/">/);
  assert.match(en, /<link rel="canonical" href="http:\/\/127\.0\.0\.1:8080\/index\.en\.html">/);
  assert.match(zh, /<a class="page-lang" href="index\.en\.html"/);
  assert.match(en, /<a class="page-lang" href="\.\/"/);
});

for (const lang of ['zh-CN', 'en']) {
  test(`the ${lang} snippet pasted into a host page under a strict CSP paints at once and hydrates`, async () => {
    const snippet = readFileSync(`dist/snippets/login-help.${lang}.html`, 'utf8');
    const { style } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src '${style}'`;
    const { page, log, context } = await openPage(env.browser, null, PHONE);
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await page.route('**/host.html', (r) => r.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>
<script type="module" src="login-help.js"></script></head>
<body><h1>Bank help</h1>${snippet}<p>More of the host page.</p></body></html>`,
    }));
    await page.goto(`${env.base}/host.html`);
    assert.equal(await page.locator('login-help .lh').getAttribute('lang'), lang);
    await hydrated(page);
    await page.locator('login-help .lh-common-button').first().click();
    await page.locator('login-help .lh-answer-card').waitFor();
    assert.equal(await page.locator('login-help .lh').count(), 1);
    // Styled by the inline stylesheet: the widget's own background, not the page's.
    assert.equal(await page.locator('login-help .lh-call').first().evaluate((a) => getComputedStyle(a).display !== 'inline'), true);
    assert.equal(await page.locator('login-help link[rel=stylesheet]').count(), 0, 'the inline styles applied');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('a snippet under a CSP without the hash of its styles gets them as a file instead', async () => {
  const snippet = readFileSync('dist/snippets/login-help.en.html', 'utf8');
  const { page, log, context } = await openPage(env.browser, null, PHONE);
  await page.route('**/host.html', (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="module" src="login-help.js"></script></head><body>${snippet}</body></html>`,
  }));
  await page.goto(`${env.base}/host.html`);
  await hydrated(page);
  await page.waitForFunction(() => {
    const call = document.querySelector('login-help').shadowRoot.querySelector('.lh-call');
    return call && getComputedStyle(call).display !== 'inline';
  });
  assert.equal(await page.locator('login-help link[rel=stylesheet]').count(), 1);
  // The browser reports the refused inline styles; nothing else goes wrong.
  assert.deepEqual(log.errors.filter((e) => !/inline style/i.test(e)), []);
  await context.close();
});

test('serve.sh sends the precompressed copies with Content-Encoding and Vary', async () => {
  const { files } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const wasm = files['login-help-app_bg.wasm'];
  const raw = readFileSync(`dist/${wasm}`).length;
  for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', undefined]]) {
    const response = await fetch(`${env.base}/${wasm}`, { headers: { 'accept-encoding': accept } });
    assert.equal(response.headers.get('content-encoding') ?? undefined, encoding, accept);
    assert.equal(response.headers.get('vary'), 'accept-encoding');
    assert.match(response.headers.get('cache-control'), /immutable/);
    const body = Buffer.from(await response.arrayBuffer());
    assert.equal(body.length, raw, 'fetch decodes what was sent');
  }
  const page = await fetch(`${env.base}/`, { headers: { 'accept-encoding': 'br' } });
  assert.equal(page.headers.get('content-encoding'), 'br');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
});
