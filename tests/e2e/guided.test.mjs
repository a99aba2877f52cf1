// The guided diagnosis as a visitor on a phone meets it (issue 18, parts 2
// and 6): "question N of about M", the options in view when a question
// appears, 44 px Back / Start over / Close, focus never on <body>, the SMS
// symptom with "no" to the network never recommending a network cause,
// "not sure" everywhere ending with 95588, and on the answer card "Did this
// help?" (a login-help:feedback event, no request) and "Share this answer"
// (Web Share, else the clipboard, else the link to copy). axe-core 0 violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, useBrowserAndServer, SHOTS, axe } from './helpers.mjs';

const env = useBrowserAndServer();
const VIEWPORTS = [{ width: 360, height: 740 }, { width: 390, height: 844 }];
/// Causes the network points to strongly (content/causes.toml: network-error ≥ 2).
const NETWORK = ['network-problem', 'code-not-sent', 'public-wifi'];

const root = (page, fn, arg) => page.evaluate(([f, a]) => new Function('root', 'arg', `return (${f})(root, arg)`)(document.querySelector('login-help').shadowRoot, a), [fn.toString(), arg]);

/// Waits until the page has stopped scrolling: a smooth scroll starts after
/// the next paint and takes a few hundred milliseconds.
async function settled(page) {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => new Promise((ok) => {
    const y = scrollY;
    setTimeout(() => requestAnimationFrame(() => ok(scrollY === y)), 150);
  }));
}

/// What the guide shows now: its progress line, the options' boxes, the bar.
const guide = (page) => root(page, (r) => {
  const bar = r.querySelector('.lh-callbar');
  const barTop = bar && getComputedStyle(bar).display !== 'none' ? bar.getBoundingClientRect().top : innerHeight;
  const options = [...r.querySelectorAll('.lh-guide-options button')].map((b) => {
    const box = b.getBoundingClientRect();
    return { reply: b.dataset.reply, top: box.top, bottom: box.bottom, height: box.height };
  });
  const nav = [...r.querySelectorAll('.lh-guide-nav button')].map((b) => b.getBoundingClientRect().height);
  return { n: r.querySelector('.lh-guide-n')?.textContent ?? null, q: r.querySelector('.lh-guide-q')?.textContent, options, nav, barTop,
    focus: r.activeElement?.className ?? null, body: document.activeElement === document.body };
});

function checkQuestion(g, lang, where) {
  const m = lang === 'zh' ? /第 (\d+) 题,共约 (\d+) 题/.exec(g.n) : /Question (\d+) of about (\d+)/.exec(g.n);
  assert.ok(m, `${where}: progress shown (${g.n})`);
  const [n, of] = [Number(m[1]), Number(m[2])];
  assert.ok(n <= of && of <= 5, `${where}: question ${n} of about ${of}`);
  for (const o of g.options) {
    assert.ok(o.top >= 0 && o.bottom <= g.barTop + 0.5, `${where}: option ${o.reply} in view (${o.top}–${o.bottom}, bar at ${g.barTop})`);
    assert.ok(o.height >= 44, `${where}: option ${o.reply} is ${o.height} px`);
  }
  for (const h of g.nav) assert.ok(h >= 44, `${where}: nav button ${h} px`);
  assert.equal(g.body, false, `${where}: focus not on <body>`);
  assert.equal(g.focus, 'lh-guide-q', `${where}: focus on the question`);
  return n;
}

async function answer(page, reply) {
  await page.locator(`login-help .lh-guide-options [data-reply="${reply}"]`).click();
  await settled(page);
}

for (const lang of ['zh', 'en']) {
  for (const viewport of VIEWPORTS) {
    test(`${lang} ${viewport.width}×${viewport.height}: SMS picked and "no" to the network: no network cause; feedback and share on the card`, async () => {
      const hash = lang === 'en' ? '#lang=en' : '';
      const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport, bypassCSP: true });
      await widgetReady(page);
      await page.evaluate(() => {
        window.feedback = [];
        document.addEventListener('login-help:feedback', (e) => window.feedback.push(e.detail));
        window.shared = [];
        navigator.share = (data) => { window.shared.push(data); return Promise.resolve(); };
      });
      const requests = log.requests.length;
      await page.locator('login-help .lh-guide-start').click();
      await settled(page);
      let g = await guide(page);
      assert.equal(checkQuestion(g, lang, 'the area question'), 1);
      const problems = [];
      await answer(page, 'verification');
      g = await guide(page);
      assert.equal(checkQuestion(g, lang, 'which symptom'), 2);
      for (const v of await axe(page)) problems.push(`during the diagnosis: ${v}`);
      await page.screenshot({ path: `${SHOTS}/guided-${lang}-${viewport.width}.png` });
      await answer(page, 'sms-code-missing');
      // Then "no" to the network when asked, "no" to the rest.
      for (let i = 0; i < 5 && (await page.locator('login-help .lh-guide-options').count()); i++) {
        g = await guide(page);
        assert.equal(checkQuestion(g, lang, `question after the SMS code (${g.q})`), 3 + i);
        assert.ok(!g.options.some((o) => o.reply === 'sms-code-invalid'), `verification is settled: ${g.q}`);
        await answer(page, g.options.some((o) => o.reply === 'no') ? 'no' : 'none');
      }
      const card = page.locator('login-help .lh-answer-card');
      await card.waitFor();
      const id = await card.getAttribute('data-id');
      assert.ok(!NETWORK.includes(id), `not a network cause: ${id}`);
      assert.equal(await root(page, (r) => r.activeElement?.id), 'lh-answer-h', 'focus on the answer');
      for (const v of await axe(page)) problems.push(`answer card: ${v}`);
      await page.screenshot({ path: `${SHOTS}/guided-answer-${lang}-${viewport.width}.png` });

      // Share: the Web Share API gets the title, the cause and the link.
      await card.locator('.lh-share-button').click();
      const [data] = await page.evaluate(() => window.shared);
      assert.match(data.url, /#d=verification,sms-code-missing/);
      assert.match(data.url, lang === 'en' ? /lang=en/ : /lang=zh/);
      assert.ok(data.text.length > 10 && data.title.length > 3);
      // Did this help? No: one event with the cause, a thank-you line with focus.
      await card.locator('.lh-feedback-no').click();
      await card.locator('.lh-thanks').waitFor();
      assert.deepEqual(await page.evaluate(() => window.feedback), [{ cause: id, helped: false }]);
      assert.equal(await card.locator('.lh-feedback').count(), 0);
      assert.equal(await root(page, (r) => r.activeElement?.className), 'lh-thanks');
      assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
      for (const v of await axe(page)) problems.push(`answer card, thanked: ${v}`);
      assert.deepEqual(problems, []);
      assert.equal(log.requests.length, requests, 'nothing sent anywhere');

      // Back, Start over and Close: 44 px, focus never on <body>.
      await page.locator('login-help .lh-guide-back').click();
      await settled(page);
      assert.equal((await guide(page)).focus, 'lh-guide-q');
      await page.locator('login-help .lh-guide-restart').click();
      await settled(page);
      g = await guide(page);
      assert.equal(checkQuestion(g, lang, 'started over'), 1);
      await page.locator('login-help .lh-guide-close').click();
      assert.equal(await root(page, (r) => r.activeElement?.className), 'lh-guide-start');
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  test(`${lang}: "not sure" everywhere ends within 5 questions with the 95588 card`, async () => {
    const hash = lang === 'en' ? '#lang=en' : '';
    const { page, log, context } = await openPage(env.browser, `${env.base}/${hash}`, { viewport: VIEWPORTS[0], bypassCSP: true });
    await widgetReady(page);
    await page.locator('login-help .lh-guide-start').click();
    const numbers = [];
    while (await page.locator('login-help .lh-guide-options').count()) {
      await settled(page);
      numbers.push(checkQuestion(await guide(page), lang, `not sure ${numbers.length + 1}`));
      await answer(page, 'skip');
      assert.ok(numbers.length <= 5);
    }
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1), 'the number moves on with every "not sure"');
    const end = page.locator('login-help .lh-answer-end');
    await end.waitFor();
    assert.equal(await end.locator('a[href="tel:95588"]').count(), 1);
    assert.equal(await root(page, (r) => r.activeElement?.id), 'lh-answer-h');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

for (const [name, script, expect] of [
  ['no Web Share: the link is copied, and the card says so', () => {
    delete Navigator.prototype.share;
    window.copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t) => { window.copied.push(t); return Promise.resolve(); } } });
  }, 'copied'],
  ['neither Web Share nor the clipboard: the link is shown, selected', () => {
    delete Navigator.prototype.share;
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  }, 'field'],
]) {
  test(name, async () => {
    const { page, log, context } = await openPage(env.browser, null, { viewport: VIEWPORTS[1], bypassCSP: true });
    await page.addInitScript(script);
    await page.goto(`${env.base}/#lang=en&s=face-login-failed`);
    await widgetReady(page);
    const card = page.locator('login-help .lh-answer-card');
    await card.waitFor();
    await card.locator('.lh-share-button').click();
    if (expect === 'copied') {
      await card.locator('.lh-share-status', { hasText: 'Link copied' }).waitFor();
      const [url] = await page.evaluate(() => window.copied);
      assert.match(url, /#s=face-login-failed&lang=en$/);
    } else {
      const field = card.locator('.lh-share-link');
      await field.waitFor();
      assert.match(await field.inputValue(), /#s=face-login-failed&lang=en$/);
      const selected = await root(page, (r) => { const el = r.activeElement; return el?.className === 'lh-share-link' && el.selectionEnd - el.selectionStart === el.value.length; });
      assert.ok(selected, 'the link has focus, selected');
    }
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
