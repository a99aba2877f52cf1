// Measures, in Chromium, how long the widget takes to show the result of a
// keystroke or a click: from the input event to the next painted frame, at
// full speed and with the CPU slowed down 4× (as a mid-range phone). Prints
// medians and p98, and how long the results column takes to follow once
// typing pauses; then, with real keystrokes and taps at 4× CPU, an INP-like
// p98 from Event Timing. A benchmark, not a test. Needs a built dist/.
//   node scripts/bench.mjs [rounds]
import { launch, serveDist, openPage, widgetReady } from '../tests/e2e/helpers.mjs';

const rounds = Number(process.argv[2] ?? 20);
const browser = await launch();
const { server, base } = await serveDist();
const { page } = await openPage(browser, null, { viewport: { width: 1280, height: 900 } });
await page.addInitScript(() => {
  const poll = () => {
    if (document.querySelector('login-help')?.shadowRoot?.querySelector('.lh')) window.__shown = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
});
await page.goto(`${base}/`);
await widgetReady(page);
await page.waitForFunction(() => window.__shown);
const startup = await page.evaluate(() => {
  const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
  return { wasmLoaded: wasm.responseEnd, shown: window.__shown };
});

const cdp = await page.context().newCDPSession(page);
const run = (rounds) => page.evaluate(async (rounds) => {
  const root = document.querySelector('login-help').shadowRoot;
  const input = root.querySelector('input[type=search]');
  const channel = new MessageChannel();
  // A macrotask after the next animation frame: yew's scheduled render has
  // run and the frame has been painted.
  const nextTask = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => nextTask().then(ok)));
  const typed = ['验', '验证', '验证码', '验证码收', '验证码收不', '验证码收不到', '', 'v', 've', 'ver', 'verif', 'verifc', 'verifcation', 'verifcation code', ''];
  const boxes = ['sms-code-missing', 'account-locked', 'wrong-password', 'network-error'].map((id) => root.getElementById(`lh-s-${id}`));
  const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  const measure = async (act, n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      await nextPaint();
      const t0 = performance.now();
      act(i);
      await nextPaint();
      times.push(performance.now() - t0);
    }
    return { median: quantile(times, 0.5), p98: quantile(times, 0.98), max: Math.max(...times), n };
  };
  const base = await measure(() => {}, 100);
  const keys = await measure((i) => {
    input.value = typed[i % typed.length];
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, typed.length * rounds);
  const clicks = await measure((i) => boxes[i % boxes.length].click(), boxes.length * 2 * rounds);
  // The results column follows once typing pauses: from the last keystroke
  // of a question to the frame that paints the results listing it.
  const panel = root.querySelector('.lh-results');
  const questions = ['验证码收不到', '', 'face login', '', '密码错误', '', 'account locked', ''];
  const follow = [];
  for (let i = 0; i < questions.length * rounds; i++) {
    await nextPaint();
    const t0 = performance.now();
    input.value = questions[i % questions.length];
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await nextPaint();
    while (panel.getAttribute('aria-busy')) await nextPaint();
    follow.push(performance.now() - t0);
  }
  const listed = { median: quantile(follow, 0.5), p98: quantile(follow, 0.98), max: Math.max(...follow), n: follow.length };
  return { base, keys, clicks, listed };
}, rounds);

const results = [];
for (const rate of [1, 4]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  results.push([rate, await run(rounds)]);
}
// INP-like: real (trusted) keystrokes and taps at 4× CPU, read from the
// browser's Event Timing entries (duration from input to the next paint,
// in 8 ms steps), the longest entry of each interaction.
await page.evaluate(() => {
  window.__events = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__events.set(e.interactionId, Math.max(window.__events.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16 });
});
const interactions = async (act) => {
  await page.evaluate(() => window.__events.clear());
  await act();
  await page.waitForTimeout(500); // the observer reports after the frame
  return page.evaluate(() => [...window.__events.values()]);
};
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const search = page.locator('login-help input[type=search]');
const inp = { typing: [], clearing: [], tapping: [] };
for (let r = 0; r < rounds; r++) {
  inp.typing.push(...(await interactions(async () => {
    await search.click();
    await page.keyboard.type(r % 2 ? 'verifcation code' : 'face login', { delay: 40 });
  })));
  inp.clearing.push(...(await interactions(async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  })));
  inp.tapping.push(...(await interactions(async () => {
    for (let i = 0; i < 3; i++) await page.locator('login-help .lh-common-button').nth((r + i) % 6).click();
  })));
}
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

console.log(`Start-up from 127.0.0.1 (ms after navigation): wasm downloaded ${startup.wasmLoaded.toFixed(1)}, widget shown ${startup.shown.toFixed(1)}`);
const f = (m) => `${m.median.toFixed(1).padStart(6)} ${m.p98.toFixed(1).padStart(6)} ${m.max.toFixed(1).padStart(6)}`;
console.log('Chromium, input event → next painted frame (ms): median, p98, max');
console.log(`${'CPU'.padEnd(5)} ${'empty frame'.padEnd(21)} ${'keystroke in search'.padEnd(21)} ${'symptom click'.padEnd(21)} results listed after a pause`);
for (const [rate, r] of results) console.log(`${(rate + '×').padEnd(5)} ${f(r.base)}  ${f(r.keys)}  ${f(r.clicks)}  ${f(r.listed)}`);
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const pick = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const all = [...inp.typing, ...inp.clearing, ...inp.tapping];
console.log('\nINP-like at 4× CPU, trusted input, Event Timing (ms; interactions under 16 ms count as 16): median, p98, count');
for (const [name, xs] of [...Object.entries(inp), ['all', all]]) {
  const padded = xs.length ? xs : [16];
  console.log(`${name.padEnd(10)} ${pick(padded, 0.5).toFixed(0).padStart(5)} ${pick(padded, 0.98).toFixed(0).padStart(5)} ${String(xs.length).padStart(5)}`);
}
await browser.close();
server.close();
