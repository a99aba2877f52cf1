// Measures, in Chromium, how fast the prerendered help page loads on a slow
// phone: 4× CPU slowdown, a 390×844 touch viewport at 3× and two throttled
// networks, cache disabled. For each network it loads
//   (a) the help page (dist/ served by scripts/serve.mjs, URL /), and
//   (b) a static copy of dist/index.html with every <script>,
//       <link rel=modulepreload> and <link rel=preload> removed: the floor
//       for painting that HTML,
// and prints medians of first contentful paint, the first cause row painted,
// the widget interactive (a only), CLS and bytes transferred. Prints figures,
// never asserts. Needs a built dist/.
//   node scripts/bench-load.mjs [--runs 5]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/helpers.mjs';
import { startServer } from './serve.mjs';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
if (!(runs >= 1)) throw new Error('usage: node scripts/bench-load.mjs [--runs N]');

const kbps = (n) => (n * 1000) / 8; // CDP takes bytes per second
const PROFILES = [
  { name: '400 kbps down / 400 kbps up / 150 ms RTT', latency: 150, down: kbps(400), up: kbps(400) },
  { name: '1.6 Mbps down / 750 kbps up / 150 ms RTT', latency: 150, down: kbps(1600), up: kbps(750) },
];
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN' };

// (b): a copy of dist/ whose index.html has no scripts and preloads nothing,
// compressed as the build does.
const staticDir = mkdtempSync(join(tmpdir(), 'lh-static-'));
cpSync('dist', staticDir, { recursive: true });
const html = readFileSync('dist/index.html', 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
  .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>\s*/gi, '');
writeFileSync(join(staticDir, 'index.html'), html);
writeFileSync(join(staticDir, 'index.html.br'), brotliCompressSync(html, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(html) },
}));
writeFileSync(join(staticDir, 'index.html.gz'), gzipSync(html, { level: 9 }));

const servers = [await startServer('dist', 0), await startServer(staticDir, 0)];
const [appBase, staticBase] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
const browser = await launch();

// Runs in the page before any of its own code: records CLS, and polls every
// frame for the first cause row with a box (plus one frame, ~ its paint) and
// for the first live widget.
function observe(wantInteractive) {
  const m = (window.__load = { cls: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const poll = () => {
    if (m.rowSeen === undefined) {
      const row = document.querySelector('login-help')?.shadowRoot?.querySelector('[data-kind=cause]');
      const box = row?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) {
        m.rowSeen = performance.now();
        requestAnimationFrame(() => { m.row = performance.now(); });
      }
    }
    if (wantInteractive && m.interactive === undefined && customElements.get('login-help')?.stats.widgets >= 1) {
      m.interactive = performance.now();
    }
    if (m.rowSeen === undefined || (wantInteractive && m.interactive === undefined)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function loadOnce(url, profile, wantInteractive) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(observe, wantInteractive);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction((want) => window.__load.row !== undefined && (!want || window.__load.interactive !== undefined),
      wantInteractive, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(1000); // late layout shifts
    const m = await page.evaluate(() => ({
      ...window.__load,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    return { fcp: m.fcp, row: m.row, interactive: m.interactive, cls: m.cls, kb: bytes / 1024 };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function measure(url, profile, wantInteractive) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await loadOnce(url, profile, wantInteractive));
  const keys = ['fcp', 'row', 'interactive', 'cls', 'kb'];
  return Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))]));
}

const ms = (x) => (x === undefined ? '—' : `${Math.round(x)} ms`);
const COLUMNS = [
  ['FCP', (r) => ms(r.fcp)],
  ['first cause row', (r) => ms(r.row)],
  ['interactive', (r) => ms(r.interactive)],
  ['CLS', (r) => r.cls.toFixed(3)],
  ['transferred', (r) => `${r.kb.toFixed(1)} KiB`],
];

function table(rows) {
  const cells = [['', ...COLUMNS.map(([h]) => h)], ...rows.map(([label, r]) => [label, ...COLUMNS.map(([, f]) => f(r))])];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  return cells.map((c) => c.map((s, i) => (i ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ')).join('\n');
}

try {
  for (const profile of PROFILES) {
    const a = await measure(`${appBase}/`, profile, true);
    const b = await measure(`${staticBase}/`, profile, false);
    console.log(`\n${profile.name}, CPU ${CPU_SLOWDOWN}× slower, median of ${runs}`);
    console.log(table([['(a) help page', a], ['(b) static copy', b]]));
    console.log(`first cause row (a)/(b): ${(a.row / b.row).toFixed(2)}`);
  }
  console.log(`
Measured in Chromium (playwright-core), a fresh context per run: ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×, touch,
CDP Network.emulateNetworkConditions + Emulation.setCPUThrottlingRate(${CPU_SLOWDOWN}), cache disabled; times are
performance.now() from navigation start. First cause row: the first animation frame in which the
shadow root's first [data-kind=cause] has a non-empty box, plus one frame (~ its paint; FCP is the
frame's presentation time, so it can come a little later). Interactive:
the first frame with customElements.get('login-help').stats.widgets ≥ 1. CLS: layout-shift entries
without recent input, summed 1 s after both. Transferred: Network.loadingFinished encodedDataLength.`);
} finally {
  await browser.close();
  for (const s of servers) s.close();
  rmSync(staticDir, { recursive: true, force: true });
}
