// The help page as a visitor uses it: real clicks, real typing, the URL
// fragment, the checklist across reloads, phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, resultsSettled, listedIds as ids, useBrowserAndServer, waitForHash, SHOTS } from './helpers.mjs';

const env = useBrowserAndServer();

const status = async (page) => {
  await resultsSettled(page);
  return page.locator('login-help .lh .lh-count[role=status]').textContent();
};

async function pick(page, id) {
  const box = page.locator(`login-help #lh-s-${id}`);
  // On a phone the symptom groups start folded: open the one holding it.
  const group = page.locator('login-help details.lh-group', { has: page.locator(`#lh-s-${id}`) });
  if (!(await group.evaluate((d) => d.open))) await group.locator('summary').click();
  await box.check();
}

test('a visitor on a phone picks a symptom and the list narrows and ranks', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 390, height: 844 } });
  await widgetReady(page);
  const table = (await ids(page, 'cause')).length;
  assert.equal(table, 6, "the article's table leads");
  assert.match(await status(page), /文章中共有 26 个原因/, 'the count says what it counts');
  await page.screenshot({ path: `${SHOTS}/help-page-phone.png` });

  await pick(page, 'sms-code-missing');
  const causes = await ids(page, 'cause');
  assert.ok(causes.length < 26, 'the list narrowed');
  assert.equal(causes[0], 'code-not-sent');
  assert.ok(!causes.includes('browser-issue'));
  assert.match(await page.locator('login-help tr[data-kind=cause] .lh-because').first().textContent(), /收不到短信验证码/);
  assert.match(await status(page), new RegExp(`找到 ${causes.length} 个原因`));
  assert.equal(await page.locator('login-help .lh-chip').count(), 1);
  await page.screenshot({ path: `${SHOTS}/help-page-phone-picked.png`, fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('typing in Chinese and English finds and highlights the matching items', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 1280, height: 900 } });
  await widgetReady(page);
  const search = page.getByRole('searchbox');
  await search.fill('验证码收不到');
  assert.equal((await ids(page, 'cause'))[0], 'code-not-sent');
  assert.ok((await ids(page, 'faq')).includes('wrong-code-message'));
  assert.ok(await page.locator('login-help mark').count() > 0);

  await search.fill('刷脸');
  assert.deepEqual(await ids(page, 'cause'), ['face-data-expired']);
  await page.getByRole('button', { name: 'English' }).click();
  await search.fill('verifcation code');
  const causes = await ids(page, 'cause');
  for (const id of ['code-typed-wrongly', 'code-not-entered-in-time', 'code-not-sent']) assert.ok(causes.includes(id), id);
  assert.match(await status(page), /^\d+ causes?, \d+ answers?, \d+ stor(y|ies) match(; Most likely cause: .+)?$/);
  await page.screenshot({ path: `${SHOTS}/help-page-desktop-search.png` });
  await context.close();
});

test('the state lives in the URL fragment: links, reloads and back/forward', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/#s=sms-code-missing,not-a-symptom,account-locked&q=%E7%9F%AD%E4%BF%A1&lang=en`);
  await widgetReady(page);
  assert.ok(await page.locator('login-help #lh-s-sms-code-missing').isChecked());
  assert.ok(await page.locator('login-help #lh-s-account-locked').isChecked());
  assert.equal(await page.getByRole('searchbox').inputValue(), '短信');
  assert.equal(await page.locator('login-help .lh').getAttribute('lang'), 'en');
  assert.ok(log.warnings.some((w) => w.includes('not-a-symptom')), 'unknown id warned about');

  await page.getByRole('searchbox').fill('');
  await page.locator('login-help #lh-s-account-locked').uncheck();
  await waitForHash(page, '#s=sms-code-missing&lang=en');
  await pick(page, 'phone-changed');
  await waitForHash(page, '#s=sms-code-missing,phone-changed&lang=en');

  await page.goBack();
  await page.waitForFunction(() => location.hash === '#s=sms-code-missing&lang=en');
  await page.locator('login-help #lh-s-phone-changed:not(:checked)').waitFor();
  await page.goForward();
  await page.locator('login-help #lh-s-phone-changed:checked').waitFor();

  await page.reload();
  await widgetReady(page);
  assert.ok(await page.locator('login-help #lh-s-phone-changed').isChecked());
  assert.equal((await ids(page, 'channel'))[0], 'branch-phone-change');
  await context.close();
});

test('back after switching language returns to the default language', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`);
  await widgetReady(page);
  await page.getByRole('button', { name: 'English' }).click();
  await waitForHash(page, '#lang=en');
  await page.goBack();
  await page.locator('login-help .lh[lang=zh-CN]').waitFor();
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

test('ticked steps survive a reload', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`);
  await widgetReady(page);
  await page.locator('login-help #lh-step-basic-checks').check();
  await page.locator('login-help #lh-step-wait-and-update').check();
  await page.reload();
  await widgetReady(page);
  assert.ok(await page.locator('login-help #lh-step-basic-checks').isChecked());
  assert.equal(await page.locator('login-help .lh-step.lh-done').count(), 2);
  await page.getByRole('button', { name: '重新开始' }).click();
  assert.equal(await page.locator('login-help .lh-step.lh-done').count(), 0);
  await context.close();
});

test('works from the keyboard alone', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 1280, height: 900 } });
  await widgetReady(page);
  await page.keyboard.press('Tab'); // the page's link to its English version
  await page.keyboard.press('Tab'); // 简体
  await page.keyboard.press('Tab'); // 繁體
  await page.keyboard.press('Tab'); // English
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('login-help .lh').getAttribute('lang'), 'en');
  await page.keyboard.press('Tab'); // jump to results
  await page.keyboard.press('Tab'); // search box
  await page.keyboard.type('SSL');
  assert.deepEqual(await ids(page, 'cause'), ['ssl-certificate']);
  // The common problems (one stop), the answer card's buttons (did this
  // help? yes / no, share, didn't help?), help me find out, then the
  // first symptom group's summary: a few stops.
  let stops = 0;
  const onSummary = () => page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.tagName === 'SUMMARY');
  while (!(await onSummary()) && stops < 12) {
    await page.keyboard.press('Tab');
    stops += 1;
  }
  assert.ok(stops <= 8, `${stops} Tab stops from the search box to the symptom groups`);
  await page.keyboard.press('Enter'); // opens it
  await page.keyboard.press('Tab'); // first checkbox
  await page.keyboard.press('Space');
  assert.ok(await page.locator('login-help #lh-s-wrong-password').isChecked());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.ok(await page.locator('login-help #lh-s-forgot-password').isChecked());

  // Removing a chip from the keyboard keeps focus nearby: the next chip, then the heading.
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('login-help').shadowRoot.activeElement;
    return active?.id || active?.textContent;
  });
  await page.locator('login-help .lh-chip').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('login-help .lh-chip').count(), 1);
  assert.match(await focused(), /Forgot my password/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('login-help .lh-chip').count(), 0);
  assert.equal(await focused(), 'lh-picker-h');
  await context.close();
});

test('fits a 320 px screen without sideways scrolling', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/#s=account-locked`, { viewport: { width: 320, height: 700 } });
  await widgetReady(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `page is ${width}px wide`);
  await page.screenshot({ path: `${SHOTS}/help-page-320.png` });
  await context.close();
});

test('makes no network request after it has loaded', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`);
  await widgetReady(page);
  const loaded = log.requests.length;
  await pick(page, 'face-login-failed');
  await page.locator('login-help .lh-step input').first().check();
  await page.getByRole('searchbox').fill('身份证 过期');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(log.requests.slice(loaded), []);
  assert.deepEqual(
    log.requests.map((u) => new URL(u).pathname.replace(/\.[0-9a-f]{10}\./, '.')).sort(),
    // The widget's styles are inline in the prerendered page.
    ['/', '/login-help-app.js', '/login-help-app_bg.wasm', '/login-help.js', '/page.css'].sort(),
  );
  await context.close();
});

test('text contrast meets WCAG 2.2 AA in the light and the dark theme', async () => {
  for (const theme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, null, { viewport: { width: 1280, height: 900 } });
    await page.route('**/contrast.html', (r) => r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script type="module" src="login-help.js"></script>
<login-help lang="en" theme="${theme}" symptoms="wrong-password"></login-help>`,
    }));
    await page.goto(`${env.base}/contrast.html`);
    await widgetReady(page);
    await page.locator("login-help input[type=search]").fill("password");
    const failures = await page.locator('login-help').evaluate((host) => {
      const parse = (c) => c.match(/[\d.]+/g).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el) => {
        for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) {
          const c = parse(getComputedStyle(n).backgroundColor);
          if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const selectors = ['.lh-title', '.lh-intro', '.lh-search label', 'input[type=search]', '.lh-group summary',
        '.lh-symptom label', '.lh-hint', '.lh-chosen-label', '.lh-chip', '.lh-clear', '.lh-count', 'thead th',
        'tbody th', 'tbody td', '.lh-because', '.lh-fix-steps summary', '.lh-faq summary', 'mark', '.lh-card dt',
        '.lh-progress', '.lh-step-head label', '.lh-call', '.lh-notice li', '.lh-env',
        '.lh-lang button[aria-pressed=true]', '.lh-lang button[aria-pressed=false]'];
      const out = [];
      for (const sel of selectors) {
        const el = host.shadowRoot.querySelector(sel);
        if (!el) { out.push(`${sel}: missing`); continue; }
        const fg = lum(parse(getComputedStyle(el).color));
        const bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 4.5) out.push(`${sel}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    assert.deepEqual(failures, [], `${theme} theme`);
    await context.close();
  }
});
