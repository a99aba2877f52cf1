// Writes the npm package into dist/package/ from the built dist/: the
// entry index.js (the loader, naming its files so bundlers copy and rename
// them), the loader for a script tag, the app, the wasm and the CSS under
// their plain names (bundlers hash them again), the types, the manifest, the
// prerendered snippets, package.json (version from Cargo.toml), the README
// and the licence of npm/.
//   node scripts/package.mjs [dist]
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dist = process.argv[2] ?? 'dist';
const out = `${dist}/package`;
const { files: hashed } = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const cargo = readFileSync('Cargo.toml', 'utf8');
const field = (name) => {
  const found = cargo.match(new RegExp(`^\\[package\\][^[]*?^${name} = "([^"]*)"`, 'ms'));
  if (!found) throw new Error(`package: Cargo.toml's [package] has no ${name}`);
  return found[1];
};

// The app, the wasm and the CSS under their plain names.
for (const [plain, name] of Object.entries(hashed)) cpSync(`${dist}/${name}`, `${out}/${plain}`);
for (const name of ['login-help.d.ts', 'custom-elements.json']) cpSync(`${dist}/${name}`, `${out}/${name}`);
cpSync(`${dist}/snippets`, `${out}/snippets`, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
for (const name of ['README.md', 'LICENSE']) cpSync(`npm/${name}`, `${out}/${name}`);

/// `text` with `from` replaced once; fails if it is not there exactly once.
function replaceOnce(text, from, to, what) {
  if (text.split(from).length !== 2) throw new Error(`package: ${what} does not hold ${JSON.stringify(from)} once`);
  return text.replace(from, () => to);
}

// The loader for a script tag: the built one, back to the plain names.
let loader = readFileSync(`${dist}/login-help.js`, 'utf8');
for (const [plain, name] of Object.entries(hashed)) loader = replaceOnce(loader, `"${name}"`, `"${plain}"`, 'login-help.js');
writeFileSync(`${out}/login-help.js`, loader);

// The entry: the loader's source, its files named with literal paths that
// Vite (and webpack 5) follow; esbuild leaves them relative to the bundle,
// so there the wasm and the CSS are copied next to it.
let entry = readFileSync('static/login-help.js', 'utf8');
entry = replaceOnce(entry, '  const PACKAGED = null;\n', `  const PACKAGED = {
    app: () => import('./login-help-app.js'),
    wasm: () => new URL('./login-help-app_bg.wasm', import.meta.url),
    css: () => new URL('./login-help.css', import.meta.url),
  };
`, 'static/login-help.js');
entry = replaceOnce(entry, '// login-help.js: the one script a page includes.', `// The login-help package's entry (${field('version')}), written by scripts/package.mjs: a module
// only (it names import.meta), else the same as login-help.js, the one script a page includes.`, 'static/login-help.js');
writeFileSync(`${out}/index.js`, entry);

const pkg = {
  name: 'login-help',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  keywords: ['web-component', 'custom-element', 'webassembly', 'icbc', 'help', 'login'],
  type: 'module',
  exports: {
    '.': { types: './login-help.d.ts', default: './index.js' },
    './login-help.js': { types: './login-help.d.ts', default: './login-help.js' },
    './login-help.css': './login-help.css',
    './login-help-app_bg.wasm': './login-help-app_bg.wasm',
    './custom-elements.json': './custom-elements.json',
    './snippets/*': './snippets/*',
    './package.json': './package.json',
  },
  types: './login-help.d.ts',
  customElements: 'custom-elements.json',
  files: ['index.js', 'login-help.js', 'login-help-app.js', 'login-help-app_bg.wasm', 'login-help.css',
    'login-help.d.ts', 'custom-elements.json', 'snippets/'],
  sideEffects: ['./index.js', './login-help.js'],
};
writeFileSync(`${out}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`${out}/: login-help ${pkg.version}`);
