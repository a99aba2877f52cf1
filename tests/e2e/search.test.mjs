// The answer engine as a visitor meets it in Chromium: the issue's own
// examples typed into the help page's search box, each finding the right
// item first; a poor match that says so and offers symptoms; a paste cut short.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, listedIds as ids, useBrowserAndServer, SHOTS } from './helpers.mjs';

const env = useBrowserAndServer();

const EXAMPLES = [
  ['开了代理登不上', 'cause', 'firewall-settings'],
  ['附近网点在哪查', 'channel', 'outlet-service'],
  ['账户被冻结了怎么办', 'cause', 'account-status'],
  ['晚上老是登录失败', 'cause', 'server-busy'],
  ['登錄不了', 'cause', 'account-problem'],
  ['密碼錯誤', 'faq', 'password-wrong'],
  ['帳戶被鎖定', 'cause', 'locked-after-errors'],
  ['mima', 'faq', 'password-wrong'],
  ['denglu bu liao', 'cause', 'account-problem'],
  ['mì mǎ', 'faq', 'password-wrong'],
  ['yanzhengma', 'faq', 'wrong-code-message'],
  ['yzm', 'faq', 'wrong-code-message'],
  ['sl', 'cause', 'face-data-expired'],
  ['maintainance', 'faq', 'app-suddenly-wont-open'],
  ['my mobile number has changed', 'cause', 'phone-not-updated'],
  ['wifi连不上', 'cause', 'network-problem'],
  ['ＳＭＳ收不到', 'cause', 'code-not-sent'],
  ['用Chrome登不上', 'cause', 'browser-issue'],
  ['face recognition keeps failing', 'cause', 'face-data-expired'],
];

test("the issue's examples, typed, each find the right item first", async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 390, height: 844 } });
  await widgetReady(page);
  const search = page.getByRole('searchbox');
  const wrong = [];
  for (const [query, kind, first] of EXAMPLES) {
    await search.fill('');
    await search.pressSequentially(query);
    const got = (await ids(page, kind))[0];
    if (got !== first) wrong.push(`${query}: ${kind} ${got}, want ${first}`);
  }
  assert.deepEqual(wrong, []);
  // "locked" is a word of its own, not a typo of "blocked".
  await search.fill('locked');
  const causes = await ids(page, 'cause');
  assert.ok(!causes.includes('firewall-settings') && !causes.includes('public-wifi'), causes.join());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('pinyin highlights the Chinese words it matched', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 1280, height: 900 } });
  await widgetReady(page);
  await page.getByRole('searchbox').fill('yan zheng ma');
  const marks = await page.locator('login-help mark').allTextContents();
  assert.ok(marks.includes('验证码'), marks.join());
  await page.screenshot({ path: `${SHOTS}/search-pinyin.png` });
  await context.close();
});

test('a poor match shows the closest answers and one-tap symptoms', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 390, height: 844 } });
  await widgetReady(page);
  await page.getByRole('searchbox').fill('冻');
  await page.locator('login-help .lh-search-note h3').waitFor();
  assert.match(await page.locator('login-help .lh-search-note h3').textContent(), /最接近/);
  assert.ok((await ids(page, 'cause')).length > 0);
  await page.getByRole('button', { name: '账户状态异常' }).click();
  assert.equal(await page.locator('login-help .lh-chip').count(), 1);
  await page.screenshot({ path: `${SHOTS}/search-closest.png`, fullPage: true });
  await context.close();
});

test('typing a question letter by letter never flashes "nothing matches", and the word being typed already finds its answers', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/index.en.html`, { viewport: { width: 390, height: 844 } });
  await widgetReady(page);
  await page.evaluate(() => {
    window.__noMatch = 0;
    const root = document.querySelector('login-help').shadowRoot;
    new MutationObserver(() => { if (root.querySelector('.lh-nomatch')) window.__noMatch++; })
      .observe(root, { childList: true, subtree: true });
  });
  const search = page.getByRole('searchbox');
  await search.click();
  await page.keyboard.type('my password is wrong', { delay: 30 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__noMatch), 0, '"nothing matches" was shown while typing');
  await search.fill('');
  await page.keyboard.type('passw');
  const first = () => document.querySelector('login-help').shadowRoot.querySelector('[data-kind="cause"]')?.dataset.id;
  await page.waitForFunction(`(${first})() === 'password-problem'`, null, { timeout: 5000 }).catch(() => {});
  assert.equal((await ids(page, 'cause'))[0], 'password-problem', 'the half-typed word finds the password causes');
  await context.close();
});

test('a long paste is kept to 1000 characters, searched in its first 300 (and said), and typing goes on', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 1280, height: 900 } });
  await widgetReady(page);
  const search = page.getByRole('searchbox');
  await search.fill('验证码一直收不到,'.repeat(2000));
  await page.locator('login-help .lh-search-note').waitFor();
  assert.match(await page.locator('login-help .lh-search-note').textContent(), /前300个字/);
  assert.equal((await ids(page, 'cause'))[0], 'code-not-sent');
  assert.equal([...(await search.inputValue())].length, 1000, 'the box keeps at most 1000 characters');
  await search.press('End');
  await search.press('Backspace');
  await search.press('x');
  assert.ok((await search.inputValue()).endsWith('x'), 'the keystroke after the paste is taken');
  assert.equal((await ids(page, 'cause'))[0], 'code-not-sent');
  await context.close();
});
