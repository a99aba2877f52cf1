// The first answer is the right one, or an honest word: typed as a visitor
// on a phone types, each class of question (sibling causes, everyday words,
// homophones, tone numbers, generic words) puts the right cause on the answer
// card; a question the articles do not cover, or one that says nothing yet,
// gets one line and 95588 first instead of a guess; a close call asks "Which
// is it?" with the two causes as big buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, resultsSettled, useBrowserAndServer, SHOTS } from './helpers.mjs';

const env = useBrowserAndServer();
const PHONE = { width: 360, height: 740 };

/// Types `query` into the search box letter by letter, as a visitor does,
/// and waits for the results to follow.
async function ask(page, query) {
  const search = page.getByRole('searchbox');
  await search.fill('');
  await search.pressSequentially(query);
  await resultsSettled(page);
}

const card = (page) => page.locator('login-help .lh-answer-card');

for (const [lang, hash, questions] of [
  ['zh', '', [
    ['验正码老是错无', ['code-typed-wrongly', 'code-not-entered-in-time']],
    ['人连认证通不过', ['face-data-expired']],
    ['公司电脑登不上网银', ['firewall-settings']],
    ['验证码过期了重新登录', ['code-not-entered-in-time']],
    ['账户冻住了', ['account-status']],
    ['wang4ji4 mi4ma3', ['password-problem', 'password-typing', 'locked-after-errors']],
    ['fang2huo3qiang2', ['firewall-settings']],
  ]],
  ['en', '#lang=en', [
    ['bind card phone number not same', ['phone-not-bound-number']],
    ["typed my password wrong a few times and now I'm shut out", ['locked-after-errors']],
    ['spotty cell service', ['network-problem']],
    ['takes forever to load', ['cache-slow']],
  ]],
]) {
  test(`${lang}: each class of question puts the right cause on the answer card`, async () => {
    const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: PHONE });
    await widgetReady(page);
    const wrong = [];
    for (const [query, right] of questions) {
      await ask(page, query);
      const id = await card(page).getAttribute('data-id');
      if (!right.includes(id)) wrong.push(`${query}: ${id}, want ${right.join(' or ')}`);
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

for (const [lang, hash, query, topic] of [
  ['zh', '', 'U盾插上没反应', 'U盾'],
  ['zh', '', '转账限额是多少', '限额'],
  ['en', '#lang=en', 'how do I raise my transfer limit', 'transfer and payment limits'],
  ['en', '#lang=en', 'how to activate my new card', 'activating a new card'],
  ['zh', '', '招商银行的app也登不上吗', '其他银行'],
  ['en', '#lang=en', 'what are the branch opening hours on weekends', 'branch opening hours'],
]) {
  test(`${lang}: "${query}" is not covered by the articles: the card says so and offers 95588`, async () => {
    const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: PHONE });
    await widgetReady(page);
    await ask(page, query);
    assert.equal(await card(page).getAttribute('data-unsure'), 'not-covered');
    assert.equal(await card(page).count(), 1, 'no cause card beside it: no guess');
    assert.match(await card(page).locator('h3').textContent(), new RegExp(topic));
    const call = card(page).locator('a[href="tel:95588"]');
    assert.equal(await call.count(), 1, '95588 on the card');
    const box = await call.boundingBox();
    assert.ok(box.height >= 44, `a 44 px target, got ${box.height}`);
    await page.screenshot({ path: `${SHOTS}/not-covered-${lang}-${topic.length}.png` });
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

for (const [lang, hash, query] of [['zh', '', '😭登不上去了'], ['zh', '', 'denglu bu liao'], ['en', '#lang=en', 'help']]) {
  test(`${lang}: "${query}" says nothing yet about what is wrong, and the card says so`, async () => {
    const { page, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: PHONE });
    await widgetReady(page);
    await ask(page, query);
    assert.equal(await card(page).getAttribute('data-unsure'), 'vague');
    assert.equal(await card(page).locator('a[href="tel:95588"]').count(), 1);
    await context.close();
  });
}

test('a close call asks "Which is it?": B moves the card to B, A keeps A', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`, { viewport: PHONE });
  await widgetReady(page);
  await ask(page, '手机号');
  const choices = card(page).locator('.lh-close-call .lh-choice');
  assert.deepEqual(await choices.evaluateAll((els) => els.map((e) => e.dataset.id)),
    ['phone-not-updated', 'phone-not-bound-number']);
  for (const box of await choices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    assert.ok(box >= 44, `choices are 44 px targets, got ${box}`);
  }
  await page.screenshot({ path: `${SHOTS}/close-call-zh.png` });
  await choices.nth(1).click();
  assert.equal(await card(page).getAttribute('data-id'), 'phone-not-bound-number');
  assert.equal(await card(page).locator('.lh-close-call').count(), 0, 'answered: no longer asked');
  const focused = () => page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.id);
  assert.equal(await focused(), 'lh-answer-h', 'focus on the answer, not on <body>');
  // A new question asks again; this time the first is kept.
  await ask(page, 'phone number');
  await choices.first().click();
  assert.equal(await card(page).getAttribute('data-id'), 'phone-not-updated');
  assert.equal(await card(page).locator('.lh-close-call').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/// Waits until the page has stopped scrolling (a smooth scroll settles).
async function scrollSettled(page) {
  await page.waitForFunction(() => new Promise((ok) => {
    const y = scrollY;
    requestAnimationFrame(() => requestAnimationFrame(() => ok(scrollY === y)));
  }));
}

for (const [lang, hash, query] of [['zh', '', '收不到验证码'], ['en', '#lang=en', 'forgot password']]) {
  for (const viewport of [{ width: 360, height: 740 }, { width: 390, height: 844 }]) {
    test(`${lang} ${viewport.width}×${viewport.height}: a typed question's answer shows above the keyboard, and Enter moves to it`, async () => {
      const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport });
      await widgetReady(page);
      const search = page.getByRole('searchbox');
      await search.click();
      await search.pressSequentially(query);
      await resultsSettled(page);
      await scrollSettled(page);
      // A soft keyboard takes about 300 px at the bottom.
      const keyboardTop = viewport.height - 300;
      const box = await page.evaluate(() => {
        const card = document.querySelector('login-help').shadowRoot.querySelector('.lh-answer-card');
        const top = card.querySelector('h3').getBoundingClientRect().top;
        const fix = card.querySelector('.lh-do-now-fix').getBoundingClientRect();
        return { top, fixTop: fix.top, fixBottom: fix.bottom };
      });
      assert.ok(box.top >= 0, `the cause is on screen (top ${box.top})`);
      assert.ok(box.fixTop < keyboardTop, `"do this now" starts above the keyboard (${box.fixTop} < ${keyboardTop})`);
      assert.equal(await page.locator('login-help .lh-common-unfold').count(), 1, 'the common problems fold into one line');
      await page.screenshot({ path: `${SHOTS}/typed-answer-${lang}-${viewport.width}.png` });
      await search.press('Enter');
      assert.equal(await page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.id), 'lh-answer-h');
      // One tap brings the common problems back.
      await page.locator('login-help .lh-common-unfold').click();
      assert.equal(await page.locator('login-help .lh-common-button').count(), 6);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
}

test('after the last "Didn\'t help?" focus is on the end card\'s heading, never on <body>', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/`, { viewport: PHONE });
  await widgetReady(page);
  await ask(page, '刷脸');
  for (let i = 0; i < 10 && await page.locator('login-help .lh-answer-card .lh-next').count(); i++) {
    await page.locator('login-help .lh-answer-card .lh-next').click();
  }
  assert.equal(await page.locator('login-help .lh-answer-end').count(), 1, 'the end card: call 95588');
  assert.equal(await page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.id), 'lh-answer-h');
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a Tab walk of the whole widget on a phone: no focused control more than half under the call bar', async () => {
  const { page, log, context } = await openPage(env.browser, `${env.base}/#s=sms-code-missing`, { viewport: PHONE });
  await widgetReady(page);
  await resultsSettled(page);
  const covered = [];
  let seen = 0;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const root = document.querySelector('login-help').shadowRoot;
      const el = root.activeElement;
      if (!el) return null;
      const bar = root.querySelector('.lh-callbar').getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const inBar = el.closest('.lh-callbar') !== null;
      const hidden = Math.max(0, Math.min(r.bottom, bar.bottom) - Math.max(r.top, bar.top));
      return { name: el.id || el.dataset.id || el.dataset.symptom || el.textContent.trim().slice(0, 30), share: r.height ? hidden / r.height : 0, inBar };
    });
    if (!at) continue;
    seen++;
    if (!at.inBar && at.share > 0.5) covered.push(`${at.name}: ${Math.round(at.share * 100)} % under the bar`);
  }
  assert.ok(seen > 20, `the walk reached the widget's controls (${seen})`);
  assert.deepEqual(covered, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});
