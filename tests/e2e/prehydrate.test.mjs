// Before the wasm arrives (issue 18, parts 3–5): the prerendered help page's
// first screen holds the search box, the six common problems and "Help me
// find out" on a phone, with a one-line page header; a tap or typed text
// before hydration shows "loading…" on what was tapped and is replayed once
// the wasm has hydrated the widget (no console error, no hydration
// mismatch); axe-core finds nothing before hydration either; the call bar
// shrinks or stops sticking at short heights and at 400 % zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widgetReady, resultsSettled, holdWasm, useBrowserAndServer, SHOTS, axe } from './helpers.mjs';

const env = useBrowserAndServer();
const PAGES = [['zh', '/'], ['en', '/index.en.html']];
const VIEWPORTS = [{ width: 360, height: 740 }, { width: 390, height: 844 }];
const phone = (viewport) => ({ viewport, isMobile: true, hasTouch: true });

/// Opens `path` with the wasm held back; resolves once the loader has taken
/// the prerendered widget (it is defined) and returns `release`.
async function openHeld(path, viewport) {
  const { page, log, context } = await openPage(env.browser, null, phone(viewport));
  const release = await holdWasm(page);
  await page.goto(`${env.base}${path}`);
  await page.waitForFunction(() => customElements.get('login-help'));
  return { page, log, context, release };
}

/// The "loading…" word the stylesheet shows on a marked element, or null.
const pendingText = (locator) => locator.evaluate((el) => {
  const shown = getComputedStyle(el, '::after').content;
  return el.getAttribute('aria-busy') === 'true' && shown && shown !== 'none' ? shown.replace(/^"|"$/g, '') : null;
});

const hydratedAndSettled = async (page) => {
  await widgetReady(page);
  await resultsSettled(page);
};

const noBusyMarks = (page) => page.locator('login-help [aria-busy=true]:not(.lh-results), login-help [data-lh-pending]').count();

for (const [lang, path] of PAGES) {
  for (const viewport of VIEWPORTS) {
    const at = `${lang} ${viewport.width}×${viewport.height}`;

    test(`${at}: the first screen holds the search box, six problems and "Help me find out"; the header is one line`, async () => {
      const { page, log, context, release } = await openHeld(path, viewport);
      const fits = await page.evaluate(() => {
        const root = document.querySelector('login-help').shadowRoot;
        const bar = root.querySelector('.lh-callbar').getBoundingClientRect();
        const floor = Math.min(innerHeight, bar.top);
        const out = [];
        const check = (name, el) => {
          const r = el.getBoundingClientRect();
          if (!(r.height > 0 && r.top >= 0 && r.bottom <= floor && r.left >= 0 && r.right <= innerWidth)) {
            out.push(`${name}: ${Math.round(r.top)}–${Math.round(r.bottom)} (room to ${Math.round(floor)})`);
          }
        };
        check('search box', root.querySelector('input[type=search]'));
        root.querySelectorAll('.lh-common-button').forEach((b) => check(b.dataset.symptom, b));
        check('Help me find out', root.querySelector('.lh-guide-start'));
        const head = document.querySelector('.page-head');
        const h1 = head.querySelector('h1').getBoundingClientRect();
        const link = head.querySelector('.page-lang').getBoundingClientRect();
        return {
          out,
          count: root.querySelectorAll('.lh-common-button').length,
          header: head.getBoundingClientRect().height,
          oneRow: Math.abs((h1.top + h1.bottom) / 2 - (link.top + link.bottom) / 2) < 4,
          h1Lines: Math.round(h1.height / parseFloat(getComputedStyle(head.querySelector('h1')).lineHeight)),
        };
      });
      await page.screenshot({ path: `${SHOTS}/first-screen-${lang}-${viewport.width}.png` });
      assert.equal(fits.count, 6);
      assert.deepEqual(fits.out, [], 'wholly on the first screen, above the call bar');
      assert.ok(fits.oneRow && fits.h1Lines === 1, `the page header is one line (${JSON.stringify(fits)})`);
      assert.ok(fits.header <= 56, `the page header is ${fits.header} px`);
      release();
      await hydratedAndSettled(page);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, []);
      await context.close();
    });

    test(`${at}: a common problem tapped before hydration shows "loading…", then its answer`, async () => {
      const { page, log, context, release } = await openHeld(path, viewport);
      const button = page.locator('login-help .lh-common-button[data-symptom=sms-code-missing]');
      await button.tap();
      await button.tap(); // tapped again because nothing seems to happen: still one tap
      assert.match(await pendingText(button) ?? '', lang === 'zh' ? /加载中/ : /Loading/);
      assert.equal(await button.getAttribute('aria-pressed'), 'true', 'shown as chosen at once');
      assert.equal(await page.locator('login-help .lh-pending-status[role=status]').count(), 1, 'announced');
      await page.screenshot({ path: `${SHOTS}/prehydrate-tapped-${lang}-${viewport.width}.png` });
      release();
      await hydratedAndSettled(page);
      const card = page.locator('login-help .lh-answer-card');
      await card.waitFor();
      assert.equal(await card.getAttribute('data-id'), 'code-not-sent');
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      assert.equal(await noBusyMarks(page), 0, 'the marks are gone');
      assert.equal(await page.locator('login-help .lh-pending-status').count(), 0);
      await page.screenshot({ path: `${SHOTS}/prehydrate-tapped-${lang}-${viewport.width}-answer.png` });
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, [], 'no hydration mismatch');
      await context.close();
    });

    test(`${at}: text typed before hydration is searched after it, and Enter moves to the answer`, async () => {
      const [query, id] = lang === 'zh' ? ['收不到验证码', 'code-not-sent'] : ['forgot password', 'password-problem'];
      const { page, log, context, release } = await openHeld(path, viewport);
      const search = page.getByRole('searchbox');
      await search.click();
      await search.pressSequentially(query);
      await search.press('Enter');
      assert.match(await pendingText(page.locator('login-help .lh-search')) ?? '', lang === 'zh' ? /加载中/ : /Loading/);
      await page.screenshot({ path: `${SHOTS}/prehydrate-typed-${lang}-${viewport.width}.png` });
      release();
      await hydratedAndSettled(page);
      const card = page.locator('login-help .lh-answer-card');
      await card.waitFor();
      assert.equal(await search.inputValue(), query, 'what was typed is kept');
      assert.equal(await card.getAttribute('data-id'), id);
      await page.waitForFunction(() => document.querySelector('login-help').shadowRoot.activeElement?.id === 'lh-answer-h');
      // And typing goes on as usual.
      await search.press('End');
      await search.pressSequentially(lang === 'zh' ? '了' : ' now');
      await resultsSettled(page);
      assert.equal(await search.inputValue(), `${query}${lang === 'zh' ? '了' : ' now'}`);
      assert.equal(await noBusyMarks(page), 0);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, [], 'no hydration mismatch');
      await context.close();
    });
  }
}

test('the language switch and "帮我排查" tapped before hydration take effect after it', async () => {
  const { page, log, context, release } = await openHeld('/', VIEWPORTS[0]);
  await page.locator('login-help .lh-lang button[lang=en]').tap();
  assert.match(await pendingText(page.locator('login-help .lh-lang')) ?? '', /加载中/);
  await page.locator('login-help .lh-guide-start').tap();
  assert.match(await pendingText(page.locator('login-help .lh-guide-start')) ?? '', /加载中/);
  release();
  await hydratedAndSettled(page);
  assert.equal(await page.locator('login-help .lh').getAttribute('lang'), 'en');
  await page.locator('login-help .lh-guide-q').waitFor();
  assert.equal(await noBusyMarks(page), 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await context.close();
});

test('text typed before even the loader runs is searched once hydrated', async () => {
  const { page, log, context } = await openPage(env.browser, null, phone(VIEWPORTS[0]));
  let releaseLoader;
  const loaderHeld = new Promise((ok) => { releaseLoader = ok; });
  await page.route('**/login-help.js', async (route) => {
    await loaderHeld;
    await route.continue();
  });
  await page.goto(`${env.base}/`, { waitUntil: 'commit' });
  const search = page.getByRole('searchbox');
  await search.pressSequentially('刷脸');
  releaseLoader();
  await hydratedAndSettled(page);
  await page.locator('login-help .lh-answer-card').waitFor();
  assert.equal(await search.inputValue(), '刷脸');
  assert.equal(await page.locator('login-help .lh-answer-card').getAttribute('data-id'), 'face-data-expired');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await context.close();
});

test('a symptom ticked before hydration stays ticked once live, and a link\'s state is not undone', async () => {
  const { page, log, context, release } = await openHeld('/#s=account-locked', VIEWPORTS[0]);
  // The link's symptom is applied only after hydration; the visitor's tap
  // on another one before it adds to it.
  await page.locator('login-help .lh-common-button[data-symptom=sms-code-missing]').tap();
  await page.locator('login-help .lh-group summary').first().tap();
  const box = page.locator('login-help .lh-symptom input[value=forgot-password]');
  await box.tap();
  assert.equal(await box.isChecked(), true);
  release();
  await hydratedAndSettled(page);
  assert.deepEqual(
    (await page.locator('login-help .lh-chip').evaluateAll((els) => els.length)),
    3,
    'account-locked from the link, sms-code-missing and forgot-password from the taps',
  );
  assert.equal(await box.isChecked(), true);
  assert.equal(await noBusyMarks(page), 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await context.close();
});

test('if the wasm cannot load, what was tapped says so with 95588 instead of loading for ever', async () => {
  const { page, context } = await openPage(env.browser, null, phone(VIEWPORTS[0]));
  let fail;
  const failing = new Promise((ok) => { fail = ok; });
  await page.route('**/*.wasm', async (route) => {
    await failing;
    await route.fulfill({ status: 404, body: 'gone' });
  });
  await page.goto(`${env.base}/`);
  await page.waitForFunction(() => customElements.get('login-help'));
  const button = page.locator('login-help .lh-common-button').first();
  await button.tap();
  fail();
  await page.waitForFunction(() => /95588/.test(
    document.querySelector('login-help').shadowRoot.querySelector('.lh-pending-status')?.textContent ?? ''));
  assert.match(await pendingText(button), /95588/);
  assert.ok(await page.locator('login-help .lh-callbar a[href="tel:95588"]').isVisible());
  await context.close();
});

test('axe-core finds no violation before hydration: the first screen and a pending tap, both languages', async () => {
  const problems = [];
  for (const [lang, path] of PAGES) {
    for (const width of [320, 360, 1280]) {
      for (const state of ['painted', 'tapped', 'typed']) {
        const { page, context, release } = await openPage(env.browser, null, {
          ...phone({ width, height: 740 }), bypassCSP: true,
        }).then(async (opened) => ({ ...opened, release: await holdWasm(opened.page) }));
        await page.goto(`${env.base}${path}`);
        await page.waitForFunction(() => customElements.get('login-help'));
        if (state === 'tapped') await page.locator('login-help .lh-common-button').nth(2).tap();
        if (state === 'typed') await page.getByRole('searchbox').fill('短信');
        for (const v of await axe(page)) problems.push(`${lang} ${width}px ${state}: ${v}`);
        release();
        await context.close();
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the call bar takes at most 15 % of a short or 400 %-zoomed viewport, or stops sticking', async () => {
  const shares = [];
  for (const viewport of [{ width: 320, height: 180 }, { width: 360, height: 400 }, { width: 640, height: 360 }, { width: 360, height: 740 }]) {
    for (const [lang, path] of PAGES) {
      const { page, log, context } = await openPage(env.browser, `${env.base}${path}`, phone(viewport));
      await widgetReady(page);
      const bar = await page.evaluate(() => {
        const host = document.querySelector('login-help');
        scrollTo(0, host.getBoundingClientRect().top + scrollY + host.offsetHeight / 2);
        const el = host.shadowRoot.querySelector('.lh-callbar');
        const r = el.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < innerHeight;
        return { sticky: getComputedStyle(el).position === 'sticky', height: onScreen ? r.height : 0 };
      });
      const share = bar.height / viewport.height;
      shares.push(`${viewport.width}×${viewport.height} ${lang}: ${bar.sticky ? 'sticky' : 'in flow'}, ${Math.round(share * 100)} %`);
      if (viewport.height >= 740) assert.ok(bar.sticky, '95588 stays at hand on a phone');
      assert.ok(share <= 0.15, `the bar takes ${Math.round(share * 100)} % at ${viewport.width}×${viewport.height}`);
      if (viewport.width === 320) await page.screenshot({ path: `${SHOTS}/call-bar-zoom-400-${lang}.png` });
      if (viewport.height === 400) await page.screenshot({ path: `${SHOTS}/call-bar-short-${lang}.png` });
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
  console.log(shares.join('\n'));
});
