// A scratch app that installs the packed npm package (target/npm/, written by
// scripts/build.sh) from its tarball, offline, and bundles it with Vite and
// with esbuild, as a site owner would. Used by package.test.mjs and
// scripts/package-size.mjs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

/// The tarball `npm pack` wrote for the version in Cargo.toml.
export function tarball() {
  const version = readFileSync('Cargo.toml', 'utf8').match(/^\[package\][^[]*?^version = "([^"]*)"/ms)[1];
  const file = resolve(`target/npm/login-help-${version}.tgz`);
  try {
    readFileSync(file);
  } catch {
    throw new Error(`no ${file}: run scripts/build.sh, which packs dist/package/`);
  }
  return { file, version };
}

/// The page of the app: a prerendered snippet from the package (hydrated)
/// and a plain element (rendered), with the owner's fallback text.
function page(script, snippet) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>scratch app</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head><body>
<h1>A site that bundles login-help</h1>
<div id="prerendered">${snippet}</div>
<login-help id="plain" lang="zh-CN">登录遇到问题?请拨打工商银行客服热线 <a href="tel:95588">95588</a>。</login-help>
</body></html>
`;
}

/// Writes the app into `dir` (emptied first), installs the tarball and
/// builds it: `dir/out-vite/`, `dir/out-esbuild/` and, unbundled,
/// `dir/plain.html` importing the package's files as they are. With
/// `withPackage: false` the same app without login-help, for sizes.
export async function buildApp(dir, { withPackage = true } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const app = resolve(dir);
  writeFileSync(join(app, 'package.json'), '{ "name": "scratch-app", "private": true, "type": "module" }\n');
  // The host's own code, so the sizes say what the package adds to it.
  const own = `document.querySelector('h1').dataset.app = 'ready';\n`;
  let snippet = '';
  if (withPackage) {
    // From the tarball alone: no registry (the package has no dependencies).
    execFileSync('npm', ['install', tarball().file, '--offline', '--no-audit', '--no-fund', '--no-package-lock',
      '--ignore-scripts', '--loglevel=error'], { cwd: app, stdio: 'pipe' });
    // Through the package's exports map, as a site's build script would.
    const require = createRequire(join(app, 'package.json'));
    snippet = readFileSync(require.resolve('login-help/snippets/login-help.en.html'), 'utf8');
    writeFileSync(join(app, 'main.js'), `import 'login-help';\n${own}`);
    writeFileSync(join(app, 'plain.html'), page('node_modules/login-help/index.js', snippet));
  } else {
    writeFileSync(join(app, 'main.js'), own);
  }
  writeFileSync(join(app, 'index.html'), page('./main.js', snippet));

  await vite({ root: app, configFile: false, logLevel: 'warn', build: { outDir: 'out-vite', emptyOutDir: true } });

  // esbuild leaves new URL('./…', import.meta.url) relative to the bundle:
  // the wasm and the CSS are copied next to it, as the package's README says.
  const out = join(app, 'out-esbuild');
  const { metafile } = await esbuild({
    absWorkingDir: app, entryPoints: ['main.js'], bundle: true, format: 'esm', splitting: true, minify: true,
    outdir: out, entryNames: '[name]-[hash]', metafile: true, logLevel: 'warning',
  });
  const entry = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === 'main.js')[0];
  writeFileSync(join(out, 'index.html'), page(`./${basename(entry)}`, snippet));
  if (withPackage) {
    for (const name of ['login-help-app_bg.wasm', 'login-help.css']) cpSync(join(app, 'node_modules/login-help', name), join(out, name));
  }
  return { app, vite: join(app, 'out-vite'), esbuild: out };
}

/// Every file under `dir` but the HTML, by its path there.
export function outputs(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
    .sort();
}
