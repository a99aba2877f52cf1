// Gives the widget's files content-hashed names in dist/ (so a CDN can cache
// them for ever), points the loader and the pages at them, and writes the
// loader's Subresource Integrity value to dist/integrity.json.
//   node scripts/fingerprint.mjs [dist]
// The loader keeps its stable name, login-help.js: it is what pages link to.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, readdirSync } from 'node:fs';

const dir = process.argv[2] ?? 'dist';
const HASHED = ['login-help-app.js', 'login-help-app_bg.wasm', 'login-help.css'];
const LOADER = 'login-help.js';

const hashed = {};
for (const name of HASHED) {
  const hash = createHash('sha256').update(readFileSync(`${dir}/${name}`)).digest('hex').slice(0, 10);
  const dot = name.indexOf('.');
  const to = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  renameSync(`${dir}/${name}`, `${dir}/${to}`);
  hashed[name] = to;
}

/// Replaces every quoted mention of an unhashed name; fails if one is missing.
function rewrite(file, required) {
  let text = readFileSync(`${dir}/${file}`, 'utf8');
  for (const [from, to] of Object.entries(hashed)) {
    const quoted = new RegExp(`(['"])${from.replace(/[.]/g, '\\.')}\\1`, 'g');
    if (required.includes(from) && !quoted.test(text)) {
      throw new Error(`fingerprint: ${file} does not name '${from}'`);
    }
    text = text.replace(quoted, `$1${to}$1`);
  }
  writeFileSync(`${dir}/${file}`, text);
}

rewrite(LOADER, HASHED);
for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) rewrite(page, []);

const integrity = `sha384-${createHash('sha384').update(readFileSync(`${dir}/${LOADER}`)).digest('base64')}`;
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify({ [LOADER]: integrity, files: hashed }, null, 2)}\n`);
console.log(`${LOADER} integrity="${integrity}"`);
for (const [from, to] of Object.entries(hashed)) console.log(`${from} -> ${to}`);
