// Runs Lighthouse (mobile defaults: Moto G Power-like screen, simulated slow
// 4G and 4× CPU) on the help pages served from dist/ by scripts/serve.mjs,
// in Debian's Chromium, headless. Prints the performance, accessibility,
// best-practices and SEO scores, the main metrics, and every audit scoring
// below 1 in the last three categories. Prints, never asserts. Needs a built
// dist/.
//   node scripts/lighthouse.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

const PAGES = ['/', '/index.en.html'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];

const freePort = () => new Promise((ok, fail) => {
  const probe = createServer().once('error', fail);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => ok(port));
  });
});

/// Starts Chromium with a throwaway profile and waits for its DevTools port.
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lh-chromium-'));
  const child = spawn(CHROMIUM, [
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    '--headless=new',
    ...CHROMIUM_ARGS,
    'about:blank',
  ], { stdio: 'ignore', detached: true });
  const exited = new Promise((ok) => child.once('exit', ok));
  const stop = async () => {
    try { process.kill(-child.pid); } catch { /* already gone */ }
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await stop();
  throw new Error('Chromium did not open its DevTools port');
}

/// One line for an audit's detail item: its node, URL or source, and reason.
const brief = (item) => [item.node?.snippet ?? item.node?.selector, item.url ?? item.source?.url, item.subItems?.items?.map((i) => i.reason ?? i.error ?? JSON.stringify(i)).join('; '), item.reason ?? item.error]
  .filter(Boolean).join('  ').slice(0, 200);

const server = await startServer('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const chromium = await startChromium();
try {
  for (const path of PAGES) {
    const { lhr } = await lighthouse(`${base}${path}`, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    console.log(`\n${path}  (Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling)`);
    if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const w of lhr.runWarnings) console.log(`  warning: ${w}`);
    const score = (id) => (lhr.categories[id].score === null ? '—' : Math.round(lhr.categories[id].score * 100));
    console.log('  ' + CATEGORIES.map((id) => `${lhr.categories[id].title} ${score(id)}`).join('   '));
    console.log('  ' + METRICS.map(([name, id]) => `${name} ${lhr.audits[id].displayValue ?? '—'}`).join('   '));
    for (const id of CATEGORIES.slice(1)) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (audit.score !== null && audit.score < 1) {
          console.log(`  below 1 in ${id}: ${audit.id} (${audit.score}) — ${audit.title}`);
          if (audit.explanation) console.log(`      ${audit.explanation}`);
          for (const item of (audit.details?.items ?? []).slice(0, 3)) console.log(`      ${brief(item)}`);
        }
      }
    }
  }
} finally {
  await chromium.stop();
  server.close();
}
