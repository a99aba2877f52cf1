// Puts the widget's prerendered default view (from `cargo run --bin
// prerender`) into the help pages and writes the snippets embedders paste:
// each <login-help> gets a declarative shadow root holding the widget's
// styles inline and its markup, which the wasm hydrates. The inline styles
// are allowed by their hash, added to the pages' Content-Security-Policy.
//   node scripts/prerender.mjs [dist] [prerendered-dir]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [dist = 'dist', from = 'target/prerender'] = process.argv.slice(2);
// Where the help pages will live: hreflang links must be absolute. Set
// SITE_URL when building for a real site; the default is scripts/serve.sh's.
const site = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:8080/');
if (!site.pathname.endsWith('/')) site.pathname += '/';
const PAGES = {
  'zh-CN': new URL('./', site).href,
  'zh-Hant': new URL('index.zh-Hant.html', site).href,
  en: new URL('index.en.html', site).href,
};
const LANGS = Object.keys(PAGES);
const { files } = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
const css = readFileSync(`${dist}/${files['login-help.css']}`, 'utf8').trim();
const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const widget = (lang) => readFileSync(`${from}/widget.${lang}.html`, 'utf8');
// The owner's fallback text, in each language (from src/i18n.rs).
const fallback = (lang) => readFileSync(`${from}/fallback.${lang}.html`, 'utf8');

// The traditional page is the simplified one converted (by the prerender
// binary, as the widget's own text is); here it takes its language.
const hant = 'index.zh-Hant.html';
writeFileSync(
  `${dist}/${hant}`,
  readFileSync(`${dist}/${hant}`, 'utf8')
    .replace('<html lang="zh-CN">', '<html lang="zh-Hant">')
    .replace('<login-help lang="zh-CN"', '<login-help lang="zh-Hant"'),
);

/// The declarative shadow root for one widget.
const shadow = (lang) =>
  `<template shadowrootmode="open"><style>${css}</style><div class="lh-mount">${widget(lang)}</div></template>`;

for (const [page, lang] of [['index.html', 'zh-CN'], [hant, 'zh-Hant'], ['index.en.html', 'en']]) {
  let html = readFileSync(`${dist}/${page}`, 'utf8');
  const open = new RegExp(`<login-help lang="${lang}"[^>]*>`);
  if (!open.test(html)) throw new Error(`prerender: ${page} has no <login-help lang="${lang}">`);
  html = html.replace(open, (tag) => tag + shadow(lang));
  if (!/style-src 'self'/.test(html)) throw new Error(`prerender: ${page} has no style-src 'self' to extend`);
  html = html.replace(/style-src 'self'/, `style-src 'self' ${styleHash}`);
  html = html.replace(/(<link rel="alternate" hreflang="([\w-]+)" href=")[^"]*"/g, (_, start, tag) => {
    if (!PAGES[tag]) throw new Error(`prerender: ${page} links to an unknown language ${tag}`);
    return `${start}${PAGES[tag]}"`;
  });
  html = html.replace('<link rel="alternate"', `<link rel="canonical" href="${PAGES[lang]}">\n  <link rel="alternate"`);
  writeFileSync(`${dist}/${page}`, html);
}

// Snippets for embedders: the element as it is on our help page, with the
// owner's fallback text, to paste where the widget goes.
mkdirSync(`${dist}/snippets`, { recursive: true });
for (const lang of LANGS) {
  const snippet = `<!-- login-help, prerendered (${lang}). Paste where the widget goes, with the loader
     <script type="module" src=".../login-help.js"></script> anywhere on the page.
     Under a Content-Security-Policy, allow its inline styles with style-src ${styleHash}
     (this value changes with each build: take it from integrity.json). -->
<login-help lang="${lang}">${shadow(lang)}${fallback(lang)}</login-help>
`;
  writeFileSync(`${dist}/snippets/login-help.${lang}.html`, snippet);
}

const integrity = JSON.parse(readFileSync(`${dist}/integrity.json`, 'utf8'));
integrity.style = styleHash.slice(1, -1);
writeFileSync(`${dist}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`prerendered index.html, index.zh-Hant.html, index.en.html and snippets/; inline styles: style-src ${styleHash}`);
