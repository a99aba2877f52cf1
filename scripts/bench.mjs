// Measures, in Chromium, how long the widget takes to show the result of a
// keystroke or a click: from the input event to the next painted frame, at
// full speed and with the CPU slowed down 4× (as a mid-range phone). Prints
// medians and p98; it is a benchmark, not a test. Needs a built dist/.
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
  return { base, keys, clicks };
}, rounds);

const results = [];
for (const rate of [1, 4]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  results.push([rate, await run(rounds)]);
}
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

console.log(`Start-up from 127.0.0.1 (ms after navigation): wasm downloaded ${startup.wasmLoaded.toFixed(1)}, widget shown ${startup.shown.toFixed(1)}`);
const f = (m) => `${m.median.toFixed(1).padStart(6)} ${m.p98.toFixed(1).padStart(6)} ${m.max.toFixed(1).padStart(6)}`;
console.log('Chromium, input event → next painted frame (ms): median, p98, max');
console.log(`${'CPU'.padEnd(5)} ${'empty frame'.padEnd(21)} ${'keystroke in search'.padEnd(21)} symptom click`);
for (const [rate, r] of results) console.log(`${(rate + '×').padEnd(5)} ${f(r.base)}  ${f(r.keys)}  ${f(r.clicks)}`);
await browser.close();
server.close();
