// Answer first, as a visitor on a phone meets it: the answer card on screen
// right after one tap, 95588 always in reach, the guided diagnosis from the
// first question to a recommended cause (and back, and by a shared link), the
// keyboard path, and axe-core's audit of every state in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, useBrowserAndServer, waitForHash, SHOTS, axe } from './helpers.mjs';

const env = useBrowserAndServer();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/// Whether the element's box lies wholly inside the viewport.
const inViewport = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;
  });

for (const [lang, label, first] of [
  ['zh', '收不到短信验证码', 'code-not-sent'],
  ['en', 'SMS verification code not arriving', 'code-not-sent'],
]) {
  test(`${lang}: on a phone one tap brings the answer, and 95588 is on every screen`, async () => {
    const hash = lang === 'en' ? '#lang=en' : '';
    const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: PHONE });
    await widgetReady(page);
    const call = page.locator('login-help .lh-callbar a[href="tel:95588"]');
    assert.ok(await inViewport(call), '95588 on the first screen');
    await page.screenshot({ path: `${SHOTS}/answer-first-${lang}-phone.png` });
    await page.getByRole('button', { name: label, exact: true }).click();
    const step = page.locator('login-help .lh-answer-card .lh-do-now li').first();
    await step.waitFor();
    assert.equal(await page.locator('login-help .lh-answer-card').getAttribute('data-id'), first);
    // On screen without the visitor scrolling: the card is brought into view
    // (smoothly, so give it a moment) while focus stays on the tapped button.
    await page.waitForFunction(() => {
      const li = document.querySelector('login-help').shadowRoot.querySelector('.lh-answer-card .lh-do-now li');
      const r = li.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight - 60;
    }, null, { timeout: 3000 });
    assert.ok(await inViewport(step));
    const focused = await page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.dataset.symptom);
    assert.equal(focused, 'sms-code-missing', 'focus stays on the tapped button');
    await page.screenshot({ path: `${SHOTS}/answer-first-${lang}-phone-tapped.png` });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += PHONE.height) {
      await page.evaluate((y) => scrollTo(0, y), y);
      // The page's own footer follows the widget: past the widget the bar stays with it.
      const widgetVisible = await page.locator('login-help').evaluate((el) => el.getBoundingClientRect().bottom > 100);
      if (widgetVisible) assert.ok(await inViewport(call), `95588 in view at ${y}px`);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: on a desktop the answer card sits beside the results`, async () => {
    const hash = lang === 'en' ? '#lang=en&s=sms-code-missing' : '#s=sms-code-missing';
    const { page, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: DESKTOP });
    await widgetReady(page);
    await page.locator('login-help .lh-answer-card').waitFor();
    assert.ok(await inViewport(page.locator('login-help .lh-answer-card h3')));
    await page.screenshot({ path: `${SHOTS}/answer-first-${lang}-desktop.png` });
    await context.close();
  });
}

/// Answers the diagnosis: the given picks in order, then `rest` to every yes/no.
async function diagnose(page, picks, rest = 'no') {
  await page.locator('login-help .lh-guide-start').click();
  for (const pick of picks) await page.locator(`login-help [data-reply="${pick}"]`).click();
  // `rest` to every yes/no, "none of these" to a list.
  for (let i = 0; i < 10; i++) {
    if ((await page.locator('login-help .lh-guide-options').count()) === 0) break;
    const next = page.locator(`login-help .lh-guide-options [data-reply="${rest}"]`);
    await ((await next.count()) ? next : page.locator('login-help .lh-guide-options [data-reply="none"]')).click();
  }
  await page.locator('login-help .lh-answer-card').waitFor();
  return page.locator('login-help .lh-answer-card').getAttribute('data-id');
}

test('the guided diagnosis reaches a recommended cause along different paths', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: PHONE });
  await widgetReady(page);
  const paths = [
    [['verification', 'face-login-failed'], 'no', 'face-data-expired'],
    [['account', 'account-locked'], 'no', 'locked-after-errors'],
    [['device', 'certificate-warning'], 'no', 'ssl-certificate'],
    [['bank'], 'yes', ['system-maintenance', 'server-busy']],
  ];
  for (const [picks, rest, expected] of paths) {
    const got = await diagnose(page, picks, rest);
    assert.ok([expected].flat().includes(got), `${picks.join(' → ')}: ${got}`);
    assert.match(await page.locator('login-help .lh-answer-card .lh-because').textContent(), /根据你对问题的回答/);
    await page.locator('login-help .lh-guide-nav button', { hasText: '关闭排查' }).click();
  }
  await context.close();
});

test('back/forward and a shared link restore a diagnosis in progress', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: PHONE });
  await widgetReady(page);
  const question = () => page.locator('login-help .lh-guide-q').textContent();
  await page.locator('login-help .lh-guide-start').click();
  await page.locator('login-help [data-reply="verification"]').click();
  const second = await question();
  await page.locator('login-help [data-reply="face-login-failed"]').click();
  await waitForHash(page, /^#d=verification,face-login-failed/);
  const third = await question();
  await page.goBack();
  await page.waitForFunction((text) => document.querySelector('login-help').shadowRoot.querySelector('.lh-guide-q')?.textContent === text, second);
  await page.goForward();
  await page.waitForFunction((text) => document.querySelector('login-help').shadowRoot.querySelector('.lh-guide-q')?.textContent === text, third);

  const shared = await openPage(env.browser, page.url(), { viewport: PHONE });
  await widgetReady(shared.page);
  assert.equal(await shared.page.locator('login-help .lh-guide-q').textContent(), third);
  await shared.context.close();
  await context.close();
});

test('from a ticked symptom the answer is at most 3 Tab stops away', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: DESKTOP });
  await widgetReady(page);
  await page.locator('login-help .lh-common-button').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  const active = () => page.evaluate(() => {
    const a = document.querySelector('login-help').shadowRoot.activeElement;
    return a?.closest('.lh-answer-card') ? 'card' : a?.className;
  });
  let stops = 0;
  while ((await active()) !== 'card' && stops < 10) {
    await page.keyboard.press('Tab');
    stops += 1;
  }
  assert.ok(stops <= 3, `${stops} Tab stops to the answer card`);
  await context.close();
});

test('"Start over" in the checklist keeps focus on the checklist', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: DESKTOP });
  await widgetReady(page);
  await page.locator('login-help #lh-step-basic-checks').check();
  await page.locator('login-help .lh-progress button').click();
  assert.equal(await page.evaluate(() => document.querySelector('login-help').shadowRoot.activeElement?.id), 'lh-steps-h');
  await context.close();
});

test('axe-core finds no violation in any state, language, width or theme', async () => {
  const states = [
    ['', 'start'],
    ['#s=sms-code-missing,account-locked', 'ticked'],
    ['#q=%E9%AA%8C%E8%AF%81%E7%A0%81%E6%94%B6%E4%B8%8D%E5%88%B0', 'query'],
    ['#q=zzzqqq', 'no match'],
    ['#q=%E5%86%BB', 'closest'],
    [`#q=${encodeURIComponent('U盾插上没反应')}`, 'not covered'],
    [`#q=${encodeURIComponent('登不上去')}`, 'vague'],
    [`#q=${encodeURIComponent('手机号')}`, 'close call'],
    ['#d=verification', 'diagnosis'],
    ['#d=verification,face-login-failed', 'diagnosis done'],
  ];
  const problems = [];
  for (const width of [320, 1280]) {
    for (const lang of ['zh', 'en']) {
      for (const scheme of ['light', 'dark']) {
        for (const [hash, name] of states) {
          if (scheme === 'dark' && width === 320 && name !== 'ticked') continue;
          const sep = hash ? '&' : '#';
          const url = `${env.base}/${hash}${lang === 'en' ? `${sep}lang=en` : ''}`;
          const { page, context } = await openPage(env.browser, url, {
            viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true,
          });
          await widgetReady(page);
          for (const v of await axe(page)) problems.push(`${width}px ${lang} ${scheme} ${name}: ${v}`);
          await context.close();
        }
      }
    }
  }
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context } = await openPage(env.browser, `${env.base}/embed-demo.html`, {
        viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true,
      });
      // Both widgets: the Chinese one at once, the English one added by the page after 2 s.
      await widgetReady(page, '#widget-zh');
      await widgetReady(page, '#slot-en login-help');
      for (const v of await axe(page)) problems.push(`embed demo ${width}px ${scheme}: ${v}`);
      await context.close();
    }
  }
  // The English help page, as prerendered (before the wasm) and once live.
  for (const width of [320, 1280]) {
    for (const live of [false, true]) {
      const { page, context } = await openPage(env.browser, null, { viewport: { width, height: 900 }, bypassCSP: true });
      if (!live) await page.route('**/*.wasm', (r) => r.abort());
      await page.goto(`${env.base}/index.en.html`);
      if (live) await widgetReady(page);
      for (const v of await axe(page)) problems.push(`index.en.html ${width}px ${live ? 'live' : 'prerendered'}: ${v}`);
      await context.close();
    }
  }
  assert.deepEqual(problems, []);
});
