// The widget as an embedding site uses it: one script tag, <login-help>
// elements on a hostile page with a strict CSP, attributes, events, removal,
// a blocked wasm, and no requests after load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, listedIds, useBrowserAndServer, SHOTS } from './helpers.mjs';

const env = useBrowserAndServer();

/// Records CSP violations from the first script on.
async function openRecording(url, options) {
  const { context, page, log } = await openPage(env.browser, null, options);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  return { context, page, log };
}

async function until(condition, ms = 5000) {
  for (const end = Date.now() + ms; !condition(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}


/// Computed styles of the parts of a widget a visitor sees.
function styleSnapshot(page, host) {
  return page.locator(host).evaluate((el) => {
    const root = el.shadowRoot;
    const parts = ['.lh', '.lh h2', '.lh-lang button', 'input[type=search]', '.lh-group summary',
      'input[type=checkbox]', '.lh-symptom label', '.lh-chip', '.lh-count', 'table', 'thead th', 'tbody td',
      '.lh-faq summary', '.lh-card', '.lh-call', '.lh-notice'];
    const props = ['display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'line-height', 'color',
      'background-color', 'width', 'height', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style',
      'flex-direction', 'appearance'];
    const out = {};
    for (const sel of parts) {
      const node = root.querySelector(sel);
      if (!node) throw new Error(`no ${sel}`);
      const cs = getComputedStyle(node);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  });
}

const CLEAN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="login-help.js"></script></head><body>
<div class="slot"><login-help id="widget-zh" lang="zh-CN" symptoms="sms-code-missing,account-locked"></login-help></div>
</body></html>`;

test('the hostile page changes nothing in how the widget looks, and the CSP is respected', async () => {
  const viewport = { width: 1024, height: 900 };
  const clean = await openPage(env.browser, null, { viewport });
  await clean.page.route('**/clean.html', (r) => r.fulfill({ body: CLEAN_PAGE, contentType: 'text/html' }));
  await clean.page.goto(`${env.base}/clean.html`);
  await widgetReady(clean.page, '#widget-zh');
  const expected = await styleSnapshot(clean.page, '#widget-zh');
  await clean.context.close();

  const { page, log, context } = await openRecording(`${env.base}/embed-demo.html`, { viewport });
  await widgetReady(page, '#widget-zh');
  // The host's rules do apply to its own elements…
  assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily), 'serif');
  // …and to none of the widget's.
  assert.deepEqual(await styleSnapshot(page, '#widget-zh'), expected);
  await page.locator('#widget-en .lh').waitFor();
  await page.screenshot({ path: `${SHOTS}/embed-demo.png`, fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('many widgets share one wasm download and stay independent', async () => {
  const { page, log, context } = await openRecording(`${env.base}/embed-demo.html`);
  await widgetReady(page, '#widget-zh');
  await page.locator('#widget-en .lh').waitFor(); // added by the host's script after 2 s
  assert.equal(await page.locator('#widget-en .lh').getAttribute('lang'), 'en');
  assert.ok(await page.locator('#widget-en .lh').evaluate((e) => e.classList.contains('lh-dark')));
  assert.equal(await page.locator('#widget-zh .lh').getAttribute('lang'), 'zh-CN');
  // Preselected from the attribute.
  assert.ok(await page.locator('#widget-zh #lh-s-sms-code-missing').isChecked());
  assert.ok(await page.locator('#widget-zh #lh-s-account-locked').isChecked());
  assert.ok(!(await page.locator('#widget-en #lh-s-sms-code-missing').isChecked()));

  await page.locator('#widget-en #lh-s-maintenance').check();
  assert.deepEqual(await listedIds(page, 'story', '#widget-en'), ['mr-zhang']);
  assert.ok(!(await page.locator('#widget-zh #lh-s-maintenance').isChecked()), 'the other widget is untouched');
  assert.equal(new URL(page.url()).hash, '', 'without sync-url the host URL is left alone');

  const wasm = log.requests.filter((u) => u.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  await context.close();
});

test('attributes change a live widget; bad values get one warning each', async () => {
  const { page, log, context } = await openRecording(`${env.base}/embed-demo.html`);
  await widgetReady(page, '#widget-zh');
  const el = page.locator('#widget-zh');
  await el.evaluate((e) => e.setAttribute('lang', 'en'));
  await page.locator('#widget-zh .lh[lang=en]').waitFor();
  assert.equal(await page.locator('#widget-zh h2').textContent(), "Can't log in to ICBC?");
  await el.evaluate((e) => e.setAttribute('symptoms', 'maintenance'));
  await page.locator('#widget-zh #lh-s-maintenance:checked').waitFor();
  assert.ok(!(await page.locator('#widget-zh #lh-s-account-locked').isChecked()));
  // The site's choice is listed at once, not after a typing pause.
  assert.equal(await page.locator('#widget-zh .lh-results').getAttribute('aria-busy'), null);
  assert.equal((await listedIds(page, 'cause', '#widget-zh'))[0], 'system-maintenance');
  await el.evaluate((e) => e.setAttribute('theme', 'dark'));
  await page.locator('#widget-zh .lh.lh-dark').waitFor();

  await el.evaluate((e) => e.setAttribute('theme', 'neon'));
  await page.locator('#widget-zh .lh.lh-auto').waitFor();
  await el.evaluate((e) => e.setAttribute('lang', 'klingon'));
  await el.evaluate((e) => e.setAttribute('symptoms', 'maintenance,made-up'));
  await until(() => log.warnings.some((w) => w.includes('made-up')));
  await page.waitForTimeout(100); // room for a wrongly repeated warning to show up
  const warnings = log.warnings.filter((w) => w.startsWith('login-help:'));
  assert.equal(warnings.filter((w) => w.includes('neon')).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => w.includes('klingon')).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => w.includes('made-up')).length, 1, warnings.join('\n'));
  assert.equal(await page.locator('#widget-zh .lh').getAttribute('lang'), 'en', 'a bad lang keeps the last good one');

  // Custom properties cross the shadow boundary (set through the CSSOM: the CSP forbids inline styles).
  await el.evaluate((e) => e.style.setProperty('--login-help-accent', 'rgb(0, 90, 60)'));
  await el.evaluate((e) => e.style.setProperty('--login-help-font-size', '20px'));
  const th = page.locator('#widget-zh thead th').first();
  assert.equal(await th.evaluate((n) => getComputedStyle(n).backgroundColor), 'rgb(0, 90, 60)');
  assert.equal(await page.locator('#widget-zh .lh').evaluate((n) => getComputedStyle(n).fontSize), '20px');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('theme="auto" follows the visitor\'s colour scheme', async () => {
  for (const [colorScheme, background] of [['dark', 'rgb(23, 24, 27)'], ['light', 'rgb(255, 255, 255)']]) {
    const { page, context } = await openPage(env.browser, `${env.base}/`, { colorScheme });
    await widgetReady(page);
    assert.equal(await page.locator('login-help .lh').evaluate((n) => getComputedStyle(n).backgroundColor), background);
    await context.close();
  }
});

test('the host receives change and contact events', async () => {
  const { page, context } = await openRecording(`${env.base}/embed-demo.html`);
  await widgetReady(page, '#widget-zh');
  await page.evaluate(() => {
    window.__events = [];
    for (const type of ['login-help:change', 'login-help:contact']) {
      document.addEventListener(type, (e) => window.__events.push({ type, target: e.target.id, detail: e.detail }));
    }
    // Keep the test page in place when the tel: link is followed.
    document.addEventListener('click', (e) => {
      if (e.composedPath().some((n) => n.href?.startsWith?.('tel:'))) e.preventDefault();
    }, true);
  });
  await page.locator('#widget-zh #lh-s-account-locked').uncheck();
  await page.locator('#widget-zh input[type=search]').fill('短信');
  await page.locator('#widget-zh .lh-contact a[href="tel:95588"]').click();
  const events = await page.evaluate(() => window.__events);
  const changes = events.filter((e) => e.type === 'login-help:change');
  assert.deepEqual(changes[0], {
    type: 'login-help:change', target: 'widget-zh', detail: { symptoms: ['sms-code-missing'], query: '', lang: 'zh-CN' },
  });
  assert.deepEqual(changes.at(-1).detail, { symptoms: ['sms-code-missing'], query: '短信', lang: 'zh-CN' });
  assert.deepEqual(events.at(-1), { type: 'login-help:contact', target: 'widget-zh', detail: { channel: 'hotline' } });
  // The demo page's own log shows them too.
  assert.ok((await page.locator('#events li').count()) >= 2);
  await context.close();
});

test('removing and re-adding a widget unmounts it cleanly and works again', async () => {
  const { page, log, context } = await openRecording(`${env.base}/embed-demo.html`);
  await widgetReady(page, '#widget-zh');
  const cdp = await context.newCDPSession(page);
  const listeners = async (type) => (await cdp.send('Runtime.evaluate', {
    expression: `(getEventListeners(window).${type} ?? []).length`, includeCommandLineAPI: true, returnByValue: true,
  })).result.value;

  // A widget that follows the URL listens on window; removing it must stop that.
  await page.evaluate(() => {
    const w = document.createElement('login-help');
    w.id = 'widget-sync';
    w.setAttribute('sync-url', '');
    document.body.append(w);
  });
  await page.locator('#widget-sync .lh').waitFor();
  assert.equal(await listeners('popstate'), 1);
  await page.evaluate(() => document.getElementById('widget-sync').remove());
  // The removed widget is paused at the end of the task (a move would keep it running).
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
  assert.equal(await listeners('popstate'), 0);
  assert.equal(await listeners('hashchange'), 0);

  await page.locator('#toggle').click();
  assert.equal(await page.locator('#widget-zh').count(), 0);
  await page.locator('#toggle').click();
  await widgetReady(page, '#widget-zh');
  assert.ok(await page.locator('#widget-zh #lh-s-account-locked').isChecked(), 'keeps what it showed');
  await page.locator('#widget-zh #lh-s-maintenance').check();
  assert.deepEqual(await listedIds(page, 'story', '#widget-zh'), ['xiao-wang', 'mr-zhang']);
  assert.equal(await page.locator('#widget-zh .lh').count(), 1, 'one app, not two');
  assert.equal(log.requests.filter((u) => u.endsWith('.wasm')).length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('if the wasm never arrives, a readable fallback with 95588 stays', async () => {
  const { page, log, context } = await openPage(env.browser, null);
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${env.base}/embed-demo.html`);
  const fallback = page.locator('#widget-zh .lh-fallback');
  await page.waitForFunction(() => document.querySelector('#widget-zh')?.shadowRoot?.querySelector('.lh-fallback')?.textContent.includes('暂时无法显示'));
  assert.match(await fallback.textContent(), /95588/);
  assert.ok(await fallback.isVisible());
  // The second widget, added by the host after 2 s, falls back too.
  await page.waitForFunction(() => document.querySelector('#widget-en')?.shadowRoot?.querySelector('.lh-fallback')?.textContent.includes('cannot be shown'));
  assert.match(await page.locator('#widget-en .lh-fallback').textContent(), /cannot be shown right now.*95588/);
  const ours = log.errors.filter((e) => e.startsWith('login-help:'));
  assert.equal(ours.length, 1, log.errors.join('\n'));
  await page.screenshot({ path: `${SHOTS}/embed-fallback.png` });
  await context.close();
});

test('the folder works from any path, and nothing is requested after load', async () => {
  const { page, log, context } = await openPage(env.browser, null);
  await page.route('**/cdn/help/v1/*', (r) =>
    r.fulfill({ path: `dist/${new URL(r.request().url()).pathname.split('/').pop()}` }),
  );
  await page.route('**/host.html', (r) => r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><script type="module" src="/cdn/help/v1/login-help.js"></script>
<login-help lang="en"></login-help>`,
  }));
  await page.goto(`${env.base}/host.html`);
  await widgetReady(page);
  const loaded = log.requests.length;
  await page.locator('login-help #lh-s-face-login-failed').check();
  await page.locator('login-help input[type=search]').fill('ID card');
  await page.locator('login-help button[lang=zh-CN]').click();
  await page.locator('login-help .lh-faq summary').first().click();
  await page.waitForTimeout(300);
  assert.deepEqual(log.requests.slice(loaded), []);
  assert.ok(log.requests.some((u) => /\/cdn\/help\/v1\/login-help-app_bg\.[0-9a-f]{10}\.wasm$/.test(u)));
  await context.close();
});
