// Prints what fits the first screen of the help pages, before the wasm
// arrives (it is held back) and once hydrated: how many of the six common
// problems, the search box and "Help me find out" are wholly inside the
// viewport, the page header's height and lines, the common buttons' lines,
// and the call bar's share of the viewport height at short heights and at
// 400 % zoom (a 1280×720 screen at 400 % is a 320×180 CSS-px viewport).
// Prints figures, never asserts. Needs a built dist/.
//   node scripts/first-screen.mjs
import { launch } from '../tests/e2e/helpers.mjs';
import { startServer } from './serve.mjs';

const server = await startServer('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const PAGES = [['zh', '/'], ['en', '/index.en.html']];

/// Opens `path` at `viewport`, with the wasm held back unless `live`.
async function open(path, viewport, live) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport.width < 760, hasTouch: true });
  const page = await context.newPage();
  if (!live) await page.route('**/*.wasm', () => {}); // never answered
  await page.goto(`${base}${path}`);
  await page.locator('login-help .lh').first().waitFor();
  if (live) await page.waitForFunction(() => document.querySelector('login-help').widget);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return { context, page };
}

function firstScreen() {
  const root = document.querySelector('login-help').shadowRoot;
  // Wholly inside the viewport and above the call bar, which sticks to its bottom.
  const bar = root.querySelector('.lh-callbar');
  const floor = bar && getComputedStyle(bar).display !== 'none' ? Math.min(innerHeight, bar.getBoundingClientRect().top) : innerHeight;
  const inside = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= floor && r.left >= 0 && r.right <= innerWidth;
  };
  const lines = (el) => {
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return Math.round((el.getBoundingClientRect().height - pad) / line);
  };
  const buttons = [...root.querySelectorAll('.lh-common-button')];
  const head = document.querySelector('.page-head');
  const h1 = head.querySelector('h1');
  const hint = root.querySelector('#lh-q');
  return {
    common: `${buttons.filter(inside).length}/${buttons.length}`,
    search: inside(root.querySelector('#lh-q')),
    guide: inside(root.querySelector('.lh-guide-start')),
    buttonLines: Math.max(...buttons.map(lines)),
    header: `${Math.round(head.getBoundingClientRect().height)} px, h1 ${lines(h1)} line(s)`,
    widgetTop: Math.round(document.querySelector('login-help').getBoundingClientRect().top),
    // The placeholder (the search hint) wider than the box's content: cut.
    hintCut: (() => {
      const style = getComputedStyle(hint);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = getComputedStyle(hint, '::placeholder').font;
      const room = hint.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(hint.placeholder).width > room;
    })(),
  };
}

console.log('first screen (wasm held back | hydrated): common problems wholly inside and above the call bar, search box, "Help me find out", lines of the longest common button, page header');
for (const viewport of [{ width: 360, height: 740 }, { width: 390, height: 844 }, { width: 320, height: 568 }]) {
  for (const [lang, path] of PAGES) {
    const out = [];
    for (const live of [false, true]) {
      const { context, page } = await open(path, viewport, live);
      out.push(await page.evaluate(firstScreen));
      await context.close();
    }
    const [pre, hyd] = out;
    const cell = (m) => `common ${m.common}, search ${m.search ? 'in' : 'OUT'}, guide ${m.guide ? 'in' : 'OUT'}, button ≤${m.buttonLines} lines${m.hintCut ? ', hint CUT' : ''}`;
    console.log(`${viewport.width}×${viewport.height} ${lang}: ${cell(pre)} | ${cell(hyd)}; header ${pre.header}, widget starts at ${pre.widgetTop} px`);
  }
}

console.log('\ncall bar (hydrated, scrolled to the middle of the widget): height and share of the viewport height');
for (const viewport of [{ width: 320, height: 180 }, { width: 360, height: 400 }, { width: 640, height: 360 }, { width: 360, height: 740 }, { width: 390, height: 844 }]) {
  const row = [];
  for (const [lang, path] of PAGES) {
    const { context, page } = await open(path, viewport, true);
    const bar = await page.evaluate(() => {
      const host = document.querySelector('login-help');
      scrollTo(0, host.getBoundingClientRect().top + scrollY + host.offsetHeight / 2);
      const el = host.shadowRoot.querySelector('.lh-callbar');
      const r = el.getBoundingClientRect();
      const shown = getComputedStyle(el).display !== 'none' && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
      return shown ? Math.round(r.height) : 0;
    });
    row.push(`${lang} ${bar ? `${bar} px = ${Math.round((bar / viewport.height) * 100)} %` : 'not sticking (off screen)'}`);
    await context.close();
  }
  console.log(`${viewport.width}×${viewport.height}: ${row.join(', ')}`);
}

await browser.close();
server.close();
