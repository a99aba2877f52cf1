// Measures, in Chromium, how long the widget takes to show the result of a
// keystroke or a click: from the input event to the rendered DOM. Prints
// figures; it is a benchmark, not a test. Needs a built dist/.
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

const result = await page.evaluate(async (rounds) => {
  const root = document.querySelector('login-help').shadowRoot;
  const input = root.querySelector('input[type=search]');
  const channel = new MessageChannel();
  // A macrotask after yew's scheduled render has run.
  const nextTask = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  const typed = ['验', '验证', '验证码', '验证码收', '验证码收不', '验证码收不到', '', 'v', 've', 'ver', 'verif', 'verifc', 'verifcation', 'verifcation code', ''];
  const boxes = ['sms-code-missing', 'account-locked', 'wrong-password', 'network-error'].map((id) => root.getElementById(`lh-s-${id}`));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measure = async (act, n) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      act(i);
      await nextTask();
      times.push(performance.now() - t0);
    }
    return times;
  };
  const base = await measure(() => {}, 200);
  const keys = await measure((i) => {
    input.value = typed[i % typed.length];
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, typed.length * rounds);
  const clicks = await measure((i) => boxes[i % boxes.length].click(), boxes.length * 2 * rounds);
  return { base: median(base), keys: median(keys), keysMax: Math.max(...keys), clicks: median(clicks), clicksMax: Math.max(...clicks), n: keys.length + clicks.length };
}, rounds);

console.log(`Start-up from 127.0.0.1 (ms after navigation): wasm downloaded ${startup.wasmLoaded.toFixed(1)}, widget shown ${startup.shown.toFixed(1)}`);
console.log(`Chromium, ${result.n} updates (median / max, ms; an empty task round-trip is ${result.base.toFixed(2)} ms):`);
console.log(`  keystroke in the search box → results rendered: ${result.keys.toFixed(2)} / ${result.keysMax.toFixed(2)}`);
console.log(`  symptom checkbox click     → results rendered: ${result.clicks.toFixed(2)} / ${result.clicksMax.toFixed(2)}`);
await browser.close();
server.close();
