// Traditional Chinese as a visitor from Taiwan or Hong Kong meets it: the
// traditional help page and a `lang="zh-HK"` element show no simplified-only
// character (before and after hydration), the switch keeps the visitor's
// question across the three languages, traditional questions are answered,
// and axe-core finds nothing to fix.
//   node --test tests/e2e/traditional.test.mjs   (after scripts/build.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, widgetReady, listedIds, resultsSettled, useBrowserAndServer, SHOTS, axe } from './helpers.mjs';

const env = useBrowserAndServer();
// Written by the prerender binary: the characters of the widget's simplified
// text that its traditional text never uses.
const SIMPLIFIED_ONLY = new Set(readFileSync('target/prerender/simplified-only.txt', 'utf8').trim());

/// The simplified-only characters in what a visitor of `host` sees: its
/// text, the search box's placeholder and the accessible labels; text marked
/// `lang="zh-CN"` (the switch's own "简体" button) is simplified on purpose.
async function simplifiedSeen(page, host = 'login-help') {
  const seen = await page.locator(host).first().evaluate((el) => {
    const root = el.shadowRoot;
    const parts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || parent.closest('.lh-lang [lang="zh-CN"], style, template') || !parent.checkVisibility()) continue;
      parts.push(node.data);
    }
    for (const e of root.querySelectorAll('[placeholder], [aria-label]')) {
      if (!e.closest('.lh-lang [lang="zh-CN"]')) parts.push(e.getAttribute('placeholder') ?? '', e.getAttribute('aria-label') ?? '');
    }
    return parts.join('\n');
  });
  return [...new Set([...seen].filter((c) => SIMPLIFIED_ONLY.has(c)))].join('');
}

test('the traditional help page is traditional everywhere, before and after hydration', async () => {
  assert.ok(SIMPLIFIED_ONLY.size > 100 && SIMPLIFIED_ONLY.has('录') && SIMPLIFIED_ONLY.has('码'));
  const { page, log, context } = await openPage(env.browser, null, { viewport: { width: 360, height: 740 }, locale: 'zh-TW' });
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${env.base}/index.zh-Hant.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
  assert.equal(await page.locator('link[rel=alternate][hreflang="zh-CN"]').count(), 1);
  assert.match(await page.title(), /登入/);
  await page.locator('login-help .lh').waitFor();
  assert.equal(await simplifiedSeen(page), '', 'prerendered');
  await context.close();

  const live = await openPage(env.browser, `${env.base}/index.zh-Hant.html`, { viewport: { width: 360, height: 740 } });
  await widgetReady(live.page);
  assert.equal(await simplifiedSeen(live.page), '', 'hydrated');
  assert.equal(await live.page.locator('login-help .lh').getAttribute('lang'), 'zh-Hant');
  await live.page.locator('login-help').getByRole('button', { name: '收不到簡訊驗證碼' }).click();
  await resultsSettled(live.page);
  assert.equal(await simplifiedSeen(live.page), '', 'after a tap');
  await live.page.getByRole('searchbox').fill('密碼忘了');
  await resultsSettled(live.page);
  assert.equal(await simplifiedSeen(live.page), '', 'after a question');
  await live.page.screenshot({ path: `${SHOTS}/traditional-360.png` });
  assert.deepEqual(live.log.errors, []);
  await live.context.close();
  assert.deepEqual(log.errors.filter((e) => !/wasm|Failed to fetch|net::/i.test(e)), []);
});

test('the simplified and English pages name the traditional one', async () => {
  for (const page of ['index.html', 'index.en.html']) {
    const html = readFileSync(`dist/${page}`, 'utf8');
    assert.match(html, /<link rel="alternate" hreflang="zh-Hant" href="http[^"]*\/index\.zh-Hant\.html">/, page);
  }
  const snippet = readFileSync('dist/snippets/login-help.zh-Hant.html', 'utf8');
  assert.match(snippet, /<login-help lang="zh-Hant"><template shadowrootmode="open">/);
  assert.match(snippet, /登入遇到問題/);
});

test('a lang="zh-HK" element on a host page is traditional, and answers traditional questions', async () => {
  const { page, log, context } = await openPage(env.browser, null, { viewport: { width: 390, height: 844 } });
  await page.route('**/hk.html', (r) => r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="zh-HK"><meta charset="utf-8"><title>登入幫助</title>
<script type="module" src="/login-help.js"></script><login-help lang="zh-HK"></login-help>`,
  }));
  await page.goto(`${env.base}/hk.html`);
  await widgetReady(page);
  assert.equal(await simplifiedSeen(page), '');
  const expected = [['收不到簡訊驗證碼', 'code-not-sent'], ['帳戶被鎖定了', 'locked-after-errors'], ['網路連不上', 'network-problem']];
  for (const [query, cause] of expected) {
    await page.getByRole('searchbox').fill(query);
    assert.equal((await listedIds(page, 'cause'))[0], cause, query);
  }
  assert.equal(await simplifiedSeen(page), '');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("without a lang attribute, a Taiwan or Hong Kong browser's language picks traditional", async () => {
  for (const locale of ['zh-TW', 'zh-HK']) {
    const { page, context } = await openPage(env.browser, null, { viewport: { width: 390, height: 844 }, locale });
    await page.route('**/plain.html', (r) => r.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>help</title><script type="module" src="/login-help.js"></script><login-help></login-help>',
    }));
    await page.goto(`${env.base}/plain.html`);
    await widgetReady(page);
    assert.equal(await page.locator('login-help .lh').getAttribute('lang'), 'zh-Hant', locale);
    assert.equal(await simplifiedSeen(page), '', locale);
    await context.close();
  }
});

test('the switch offers 简体 / 繁體 / English and keeps the question across all three', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 390, height: 844 } });
  await widgetReady(page);
  const widget = page.locator('login-help');
  // The scan finds them where they belong: the simplified page.
  assert.ok((await simplifiedSeen(page)).length > 20);
  const names = await widget.locator('.lh-lang button').allTextContents();
  assert.deepEqual(names.map((n) => n.trim()), ['简体', '繁體', 'English']);
  await page.getByRole('searchbox').fill('收不到验证码');
  const first = (await listedIds(page, 'cause'))[0];
  const heading = () => widget.locator('#lh-answer-h').textContent();
  for (const [button, lang, script] of [['繁體', 'zh-Hant', /驗證碼|簡訊/], ['English', 'en', /[a-z]/], ['简体', 'zh-CN', /验证码|短信/]]) {
    await widget.getByRole('button', { name: button, exact: true }).click();
    await resultsSettled(page);
    assert.equal(await widget.locator('.lh').getAttribute('lang'), lang);
    assert.equal(await page.getByRole('searchbox').inputValue(), '收不到验证码', button);
    assert.equal((await listedIds(page, 'cause'))[0], first, button);
    assert.equal(await widget.locator(`.lh-lang button[aria-pressed=true]`).textContent(), button);
    const text = await widget.locator('.lh-results').innerText();
    assert.match(text, script, button);
    if (lang === 'zh-Hant') assert.equal(await simplifiedSeen(page), '', heading());
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('axe-core finds no violation on the traditional page, prerendered or live, in any state', async () => {
  const problems = [];
  for (const width of [320, 1280]) {
    for (const [hash, name] of [['', 'start'], [`#q=${encodeURIComponent('收不到簡訊')}`, 'query'], ['#d=verification', 'diagnosis']]) {
      for (const live of [false, true]) {
        if (!live && hash) continue;
        const { page, context } = await openPage(env.browser, null, { viewport: { width, height: 900 }, bypassCSP: true });
        if (!live) await page.route('**/*.wasm', (r) => r.abort());
        await page.goto(`${env.base}/index.zh-Hant.html${hash}`);
        if (live) await widgetReady(page);
        else await page.locator('login-help .lh').waitFor();
        for (const v of await axe(page)) problems.push(`${width}px ${name} ${live ? 'live' : 'prerendered'}: ${v}`);
        await context.close();
      }
    }
  }
  assert.deepEqual(problems, []);
});
