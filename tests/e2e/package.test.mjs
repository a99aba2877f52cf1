// The npm package as a site owner uses it: the tarball `npm pack` made of
// dist/package/ installed into a scratch app, bundled with Vite and with
// esbuild, served and opened in Chromium (the widgets render, hydrate a
// prerendered snippet, search, and request nothing after load), served as
// plain files, and typed uses of the element checked by `tsc --noEmit`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, widgetReady, listedIds } from './helpers.mjs';
import { buildApp, outputs, tarball } from './package-app.mjs';
import { startServer } from '../../scripts/serve.mjs';

const env = {};
before(async () => {
  env.built = await buildApp('target/package-app');
  env.browser = await launch();
  env.servers = [];
});
after(async () => {
  await env.browser?.close();
  for (const server of env.servers) server.close();
});

async function serve(dir) {
  const server = await startServer(dir, 0);
  env.servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

test('the package names its version, entry, types, manifest and files, and they are all in it', () => {
  const pkgDir = join(env.built.app, 'node_modules/login-help');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'login-help');
  assert.equal(pkg.version, tarball().version, 'the version of Cargo.toml');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.license, 'MIT');
  assert.ok(existsSync(join(pkgDir, 'LICENSE')) && existsSync(join(pkgDir, 'README.md')));
  assert.deepEqual(pkg.exports['.'], { types: './login-help.d.ts', default: './index.js' });
  for (const key of ['./login-help.css', './custom-elements.json', './snippets/*']) assert.ok(pkg.exports[key], key);
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of targets) {
    assert.ok(existsSync(join(pkgDir, target.replace('*', 'login-help.en.html'))), `${target} is in the package`);
  }
  assert.equal(pkg.types, './login-help.d.ts');
  assert.equal(JSON.parse(readFileSync(join(pkgDir, pkg.customElements), 'utf8')).modules[0].declarations[0].tagName, 'login-help');
  assert.deepEqual(pkg.sideEffects, ['./index.js', './login-help.js']);
  // The entry names its files literally, for bundlers to follow; no hashed names.
  const entry = readFileSync(join(pkgDir, 'index.js'), 'utf8');
  for (const file of ["import('./login-help-app.js')", "new URL('./login-help-app_bg.wasm', import.meta.url)",
    "new URL('./login-help.css', import.meta.url)"]) assert.ok(entry.includes(file), file);
  assert.doesNotMatch(readFileSync(join(pkgDir, 'login-help.js'), 'utf8'), /\.[0-9a-f]{10}\./);
});

test('Vite copies and renames the wasm, the CSS and the app, once each', () => {
  const files = outputs(env.built.vite);
  assert.equal(files.length, 4, files.join(' '));
  for (const name of ['login-help-app_bg', 'login-help', 'login-help-app']) {
    const ext = name === 'login-help' ? 'css' : name.endsWith('_bg') ? 'wasm' : 'js';
    assert.equal(files.filter((f) => new RegExp(`^assets/${name}-[\\w-]{8}\\.${ext}$`).test(f)).length, 1, `${name}.${ext} in ${files}`);
  }
});

/// Opens `url`, checks both widgets (the snippet hydrated, the plain one
/// rendered), searches in each and checks nothing is requested after load.
async function visit(url, viewport, { hostCode = true } = {}) {
  const { page, log, context } = await openPage(env.browser, null, { viewport });
  await page.goto(url);
  await widgetReady(page, '#prerendered login-help');
  await widgetReady(page, '#plain');
  if (hostCode) assert.equal(await page.locator('h1').getAttribute('data-app'), 'ready', "the host's own code ran");
  // The snippet's markup was hydrated, not replaced: its declarative root has no stylesheet link.
  assert.equal(await page.locator('#prerendered login-help').evaluate((el) => el.shadowRoot.querySelectorAll('link').length), 0);
  const loaded = [...log.requests];
  await page.locator('#prerendered login-help input[type=search]').fill('my mobile number has changed');
  assert.equal((await listedIds(page, 'cause', '#prerendered login-help'))[0], 'phone-not-updated');
  await page.locator('#plain input[type=search]').fill('帳戶被鎖定');
  assert.equal((await listedIds(page, 'cause', '#plain'))[0], 'locked-after-errors');
  await page.locator('#plain button[lang=en]').click();
  await page.locator('#plain .lh[lang=en]').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(log.requests.slice(loaded.length), [], 'no request after load');
  assert.deepEqual(log.errors, []);
  await context.close();
  return loaded.map((u) => new URL(u).pathname);
}

test('the Vite build works on a phone and a desktop, from its renamed files only', async () => {
  const base = await serve(env.built.vite);
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    const paths = await visit(`${base}/`, viewport);
    assert.equal(paths.filter((p) => p.endsWith('.wasm')).length, 1);
    assert.deepEqual(paths.filter((p) => p !== '/' && !/^\/assets\/[\w-]+-[\w-]{8}\.(js|css|wasm)$/.test(p)), [], paths.join(' '));
  }
});

test('the esbuild build works, with the wasm and the CSS copied next to the bundle', async () => {
  const base = await serve(env.built.esbuild);
  const paths = await visit(`${base}/`, { width: 390, height: 844 });
  assert.ok(paths.includes('/login-help-app_bg.wasm') && paths.includes('/login-help.css'), paths.join(' '));
  assert.ok(paths.some((p) => /^\/login-help-app-\w{8}\.js$/.test(p)), 'the app is a chunk of the bundle');
});

test('unbundled, the package works as plain files', async () => {
  const base = await serve(env.built.app);
  const paths = await visit(`${base}/plain.html`, { width: 1024, height: 800 }, { hostCode: false });
  assert.ok(paths.includes('/node_modules/login-help/login-help-app_bg.wasm'), paths.join(' '));
});

test('TypeScript accepts typed uses of the element and its events, and refuses wrong ones', () => {
  const dir = env.built.app;
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'],
      strict: true, noEmit: true, skipLibCheck: false, types: [],
    },
    files: ['typed.ts'],
  }));
  writeFileSync(join(dir, 'typed.ts'), `import 'login-help';
import type { LoginHelpAttributes, LoginHelpChangeDetail, LoginHelpElement, LoginHelpSymptomId } from 'login-help';

const el = document.querySelector('login-help');
const widget: LoginHelpElement | null = el;
if (el) {
  el.setAttribute('symptoms', 'sms-code-missing');
  el.addEventListener('login-help:change', (e) => {
    const symptoms: LoginHelpSymptomId[] = e.detail.symptoms;
    const query: string = e.detail.query;
    const lang: 'zh-CN' | 'zh-Hant' | 'en' = e.detail.lang;
    console.log(symptoms, query, lang, e.target);
    // @ts-expect-error: not in the detail
    console.log(e.detail.answer);
  });
  el.addEventListener('login-help:contact', (e) => console.log(e.detail.channel satisfies 'hotline' | string));
}
document.addEventListener('login-help:change', (e) => console.log(e.detail satisfies LoginHelpChangeDetail));
window.addEventListener('login-help:contact', (e) => console.log(e.detail.channel));
const made = document.createElement('login-help');
made.toggleAttribute('sync-url', true);
const stats = customElements.get('login-help') as typeof LoginHelpElement | undefined;
console.log(widget, stats?.stats.wasmBytes);
const attrs: LoginHelpAttributes = { lang: 'en', theme: 'dark', symptoms: 'account-locked', 'sync-url': true };
// @ts-expect-error: not a theme
const wrong: LoginHelpAttributes = { theme: 'neon' };
console.log(attrs, wrong);
`);
  try {
    execFileSync(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc --noEmit failed:\n${error.stdout}${error.stderr}`);
  }
  // And it does fail on a wrong use (the test above is not vacuous).
  writeFileSync(join(dir, 'typed.ts'), `import 'login-help';
document.querySelector('login-help')?.addEventListener('login-help:change', (e) => e.detail.symptoms.push(42));
`);
  assert.throws(() => execFileSync(join(process.cwd(), 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe' }));
});
