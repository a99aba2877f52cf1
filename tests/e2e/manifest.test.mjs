// The published descriptions of <login-help> (static/custom-elements.json, the
// Custom Elements Manifest, and static/login-help.d.ts, the TypeScript
// declarations) checked against the code and content they describe, so the
// two cannot drift. No browser: the sources are read and parsed with regexes.
//
//   node --test tests/e2e/manifest.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');

const MANIFEST = 'static/custom-elements.json';
const DTS = 'static/login-help.d.ts';
const LOADER = 'static/login-help.js';
const GLUE = 'src/glue/';
const CSS = 'static/login-help.css';
const COMPONENTS = 'src/components/';
const TAG = 'login-help';
const CLASS = 'LoginHelpElement';

const sorted = (items) => [...new Set(items)].sort();
const all = (text, regex, group = 1) => [...text.matchAll(regex)].map((m) => m[group]);
const backticked = (text) => all(text, /`([^`]+)`/g);
const quoted = (text) => all(text, /(['"])(.*?)\1/g, 2);
/// Whole-line comments removed (they may mention code without being it).
const uncommented = (text) => text.replace(/^[ \t]*(?:\/\/|\*|\/\*).*$/gm, '');

/// Asserts two lists hold the same names, saying what is missing where.
function sameNames(actual, expected, what, fix) {
  const a = sorted(actual);
  const e = sorted(expected);
  const missing = e.filter((x) => !a.includes(x));
  const extra = a.filter((x) => !e.includes(x));
  assert.deepEqual(
    a,
    e,
    `${what}: ${missing.length ? `missing [${missing.join(', ')}]` : ''}` +
      `${missing.length && extra.length ? ', ' : ''}${extra.length ? `not in the code [${extra.join(', ')}]` : ''}` +
      ` — ${fix}`,
  );
}

// --- the code and content, as parsed ----------------------------------------

const loader = read(LOADER);
/// The browser glue, all its files (the element's attributes in element.rs, the events in events.rs).
const glue = readdirSync(new URL(GLUE, ROOT)).filter((f) => f.endsWith('.rs')).sort().map((f) => read(GLUE + f)).join('\n');
const css = read(CSS);

/// `static get observedAttributes() { return [...] }` in the loader.
function observedAttributes() {
  const m = /static\s+get\s+observedAttributes\s*\(\s*\)\s*\{\s*return\s*\[([^\]]*)\]/.exec(loader);
  assert.ok(m, `${LOADER}: no \`static get observedAttributes() { return [...] }\` found — update this test's parser if the loader changed shape`);
  return quoted(m[1]);
}

/// The keys of the object `static get stats()` returns, or null without one.
function statsKeys() {
  const m = /static\s+get\s+stats\s*\(\s*\)\s*\{\s*return\s*\{([^}]*)\}/.exec(loader);
  return m ? m[1].split(',').map((s) => /^\s*([A-Za-z_$][\w$]*)/.exec(s)?.[1]).filter(Boolean) : null;
}

/// Events emitted in src/glue/: `emit(target, "login-help:…", &[("key", …), …])`.
function emittedEvents() {
  const events = new Map();
  for (const m of glue.matchAll(/\bemit\(\s*[\w.&]+\s*,\s*"(login-help:[a-z-]+)"\s*,\s*&\[([\s\S]*?)\]\s*,?\s*\)/g)) {
    events.set(m[1], all(m[2], /\(\s*"([^"]+)"\s*,/g));
  }
  return events;
}

/// `id = "…"` of the `[[table]]` entries of a content file.
function contentIds(file, table) {
  const ids = [];
  let current = null;
  for (const line of read(`content/${file}`).split('\n')) {
    const header = /^\s*\[\[\s*([\w.-]+)\s*\]\]/.exec(line) ?? /^\s*\[\s*([\w.-]+)\s*\]/.exec(line);
    if (header) current = header[1];
    const id = /^\s*id\s*=\s*"([^"]*)"/.exec(line);
    if (id && current === table) ids.push(id[1]);
  }
  assert.ok(ids.length > 0, `content/${file}: no [[${table}]] ids found — update this test's parser`);
  return ids;
}

/// The literals a Rust function returns per match arm, e.g. `Lang::Zh => "zh-CN"`.
function rustFnBody(source, signature) {
  const start = source.indexOf(signature);
  assert.ok(start >= 0, `\`${signature}\` not found — update this test if it moved or was renamed`);
  const next = source.indexOf('pub fn ', start + signature.length);
  return source.slice(start, next < 0 ? undefined : next);
}

/// `--login-help-*` names in the CSS, with the fallbacks of their `var()` uses in order.
function cssProperties() {
  const names = sorted(all(css, /--login-help-[a-z-]+/g, 0));
  const fallbacks = new Map(names.map((n) => [n, []]));
  for (const m of css.matchAll(/var\(\s*(--login-help-[a-z-]+)\s*(,?)/g)) {
    if (!m[2]) continue;
    let depth = 1;
    let i = m.index + m[0].length;
    const from = i;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '(') depth++;
      if (css[i] === ')') depth--;
    }
    fallbacks.get(m[1]).push(css.slice(from, i - 1).replace(/\s+/g, ' ').trim());
  }
  return { names, fallbacks };
}

/// Part names set in the components and the loader, and any part set from a
/// value this test cannot read.
function codeParts() {
  const files = readdirSync(new URL(COMPONENTS, ROOT))
    .filter((f) => f.endsWith('.rs'))
    .map((f) => COMPONENTS + f)
    .concat(LOADER);
  const names = [];
  const unreadable = [];
  for (const file of files) {
    const text = uncommented(read(file));
    const found = [
      ...all(text, /(?<![\w-])part\s*=\s*\{?\s*(['"])(.*?)\1/g, 2), // part="…", part={"…"}
      ...all(text, /(?<![\w-])part\s*:\s*(['"])(.*?)\1/g, 2), // part: "…"
      ...all(text, /\.part\s*=\s*(['"`])(.*?)\1/g, 2), // .part = '…'
      ...all(text, /(?:setAttribute|set_attribute)\(\s*(['"])part\1\s*,\s*(['"])(.*?)\2/g, 3),
      ...all(text, /\.part\.add\(([^)]*)\)/g).flatMap(quoted),
    ];
    names.push(...found.flatMap((v) => v.split(/\s+/)).filter(Boolean));
    for (const m of text.matchAll(/(?<![\w-])part\s*=\s*\{(?!\s*")|(?:setAttribute|set_attribute)\(\s*['"]part['"]\s*,(?!\s*['"])/g)) {
      unreadable.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
    }
  }
  return { names, unreadable };
}

// --- the manifest and the declarations ---------------------------------------

let manifestError = null;
let manifest = null;
try {
  manifest = JSON.parse(read(MANIFEST));
} catch (error) {
  manifestError = error;
}

/// The <login-help> declaration in the manifest.
function element() {
  assert.ok(manifest, `${MANIFEST} cannot be read as JSON (${manifestError?.message}) — fix ${MANIFEST}`);
  const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
  const el = declarations.find((d) => d.customElement === true && d.tagName === TAG);
  assert.ok(el, `${MANIFEST}: no declaration with customElement: true and tagName "${TAG}" — update ${MANIFEST}`);
  return el;
}

const dts = read(DTS);
const dtsCode = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/// The string literals of `export type Name = 'a' | 'b' …;` in the d.ts.
function dtsUnion(name) {
  const m = new RegExp(`export\\s+type\\s+${name}\\s*=([^;]*);`).exec(dtsCode);
  assert.ok(m, `${DTS}: no \`export type ${name} = …;\` — update ${DTS}`);
  return quoted(m[1]);
}

/// The text between the brace at `open` and its matching closing brace.
function braced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/// The body of `interface Name { … }` in the d.ts.
function dtsInterfaceBody(name) {
  const m = new RegExp(`interface\\s+${name}\\s*\\{`).exec(dtsCode);
  assert.ok(m, `${DTS}: no \`interface ${name} { … }\` — update ${DTS}`);
  return braced(dtsCode, m.index + m[0].length - 1);
}

/// The member names of `interface Name { … }` in the d.ts (top level only).
function dtsInterface(name) {
  return all(dtsInterfaceBody(name), /^\s*(?:readonly\s+)?['"]?([\w:-]+)['"]?\??\s*:/gm);
}

const pascal = (name) => name.replace(/^login-help:/, '').replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

// --- tests ----------------------------------------------------------------------

test('the manifest is valid JSON with the shape of a Custom Elements Manifest', () => {
  assert.equal(manifestError, null, `${MANIFEST} is not valid JSON: ${manifestError?.message} — fix ${MANIFEST}`);
  assert.match(String(manifest.schemaVersion), /^\d+\.\d+\.\d+$/, `${MANIFEST}: schemaVersion must be a version like "2.1.0"`);
  assert.ok(Array.isArray(manifest.modules) && manifest.modules.length > 0, `${MANIFEST}: "modules" must be a non-empty array`);
  const module = manifest.modules.find((m) => m.path === 'login-help.js');
  assert.ok(module, `${MANIFEST}: no module with path "login-help.js" (the loader, served next to the manifest)`);
  assert.equal(module.kind, 'javascript-module', `${MANIFEST}: the module's kind must be "javascript-module"`);
  assert.ok(existsSync(new URL(LOADER, ROOT)), `${LOADER} is missing, yet ${MANIFEST} describes it`);
  const el = element();
  assert.equal(el.kind, 'class', `${MANIFEST}: the ${TAG} declaration's kind must be "class"`);
  assert.equal(el.name, CLASS, `${MANIFEST}: the ${TAG} declaration must be named ${CLASS}`);
  assert.ok(module.declarations.includes(el), `${MANIFEST}: ${CLASS} must be declared in the login-help.js module`);
  const definition = (module.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  assert.equal(definition?.name, TAG, `${MANIFEST}: login-help.js needs a custom-element-definition export named "${TAG}"`);
  assert.equal(definition?.declaration?.name, CLASS, `${MANIFEST}: the "${TAG}" definition must refer to ${CLASS}`);
  for (const key of ['attributes', 'events', 'cssProperties', 'cssParts']) {
    assert.ok(Array.isArray(el[key]), `${MANIFEST}: the ${TAG} declaration needs a "${key}" array`);
    for (const item of el[key]) {
      assert.ok(typeof item.name === 'string' && item.name, `${MANIFEST}: every entry of "${key}" needs a name`);
      assert.ok(item.description || item.summary, `${MANIFEST}: ${key} "${item.name}" needs a description`);
    }
    const names = el[key].map((i) => i.name);
    assert.deepEqual(names, [...new Set(names)], `${MANIFEST}: duplicate names in "${key}"`);
  }
  for (const event of el.events) {
    assert.ok(event.type?.text, `${MANIFEST}: event "${event.name}" needs type.text (required by the schema)`);
  }
  assert.match(el.description ?? '', /tel:95588/, `${MANIFEST}: the element's description should tell site owners to put a short message with a tel:95588 link inside <login-help>`);
});

test('the manifest names the class and tag the loader defines', () => {
  assert.match(loader, new RegExp(`class\\s+${CLASS}\\s+extends\\s+HTMLElement`), `${LOADER} no longer defines class ${CLASS} extends HTMLElement — update ${MANIFEST} and ${DTS}`);
  assert.match(loader, new RegExp(`customElements\\.define\\(\\s*['"]${TAG}['"]\\s*,\\s*${CLASS}\\s*\\)`), `${LOADER} no longer defines <${TAG}> with ${CLASS} — update ${MANIFEST} and ${DTS}`);
});

test('attributes equal observedAttributes in the loader, nonce among them', () => {
  const observed = observedAttributes();
  assert.ok(observed.includes('nonce'), `${LOADER}: 'nonce' should be in observedAttributes (the manifest documents it) — update ${LOADER} or drop nonce from ${MANIFEST} and ${DTS}`);
  sameNames(element().attributes.map((a) => a.name), observed, `${MANIFEST} attributes vs observedAttributes in ${LOADER}`, `update "attributes" in ${MANIFEST}`);
  sameNames(dtsUnion('LoginHelpAttributeName'), observed, `${DTS} LoginHelpAttributeName vs observedAttributes in ${LOADER}`, `update LoginHelpAttributeName in ${DTS}`);
  sameNames(dtsInterface('LoginHelpAttributes'), observed, `${DTS} LoginHelpAttributes vs observedAttributes in ${LOADER}`, `update LoginHelpAttributes in ${DTS}`);
});

test('the attribute values the manifest and d.ts list are the ones the code reads', () => {
  const attr = (name) => element().attributes.find((a) => a.name === name);
  const langs = all(rustFnBody(read('src/content/model.rs'), 'pub fn tag(self)'), /=>\s*"([^"]+)"/g);
  sameNames(quoted(attr('lang')?.type?.text ?? ''), langs, `${MANIFEST} lang type vs Lang::tag in src/content/model.rs`, `update the lang attribute's type in ${MANIFEST}`);
  sameNames(dtsUnion('LoginHelpLang'), langs, `${DTS} LoginHelpLang vs Lang::tag in src/content/model.rs`, `update LoginHelpLang in ${DTS}`);
  const themes = all(rustFnBody(read('src/params.rs'), 'pub fn parse(value: &str) -> Option<Theme>'), /Some\(Theme::(\w+)\)/g).map((t) => t.toLowerCase());
  sameNames(quoted(attr('theme')?.type?.text ?? ''), themes, `${MANIFEST} theme type vs Theme::parse in src/params.rs`, `update the theme attribute's type in ${MANIFEST}`);
  sameNames(dtsUnion('LoginHelpTheme'), themes, `${DTS} LoginHelpTheme vs Theme::parse in src/params.rs`, `update LoginHelpTheme in ${DTS}`);
  assert.match(glue, /has_attribute\("sync-url"\)/, `${GLUE} no longer reads sync-url as a boolean (has_attribute) — update the sync-url attribute in ${MANIFEST} and ${DTS}`);
  assert.equal(attr('sync-url')?.type?.text, 'boolean', `${MANIFEST}: sync-url is a boolean attribute — update ${MANIFEST}`);
});

test('symptom ids in the manifest and d.ts equal content/symptoms.toml', () => {
  const ids = contentIds('symptoms.toml', 'symptom');
  const description = element().attributes.find((a) => a.name === 'symptoms')?.description ?? '';
  const listed = /Valid ids:([^\n]*)/.exec(description);
  assert.ok(listed, `${MANIFEST}: the symptoms attribute's description needs a "Valid ids: \`…\`, …" line`);
  sameNames(backticked(listed[1]), ids, `${MANIFEST} symptoms "Valid ids" vs content/symptoms.toml`, `update the symptoms attribute's description in ${MANIFEST}`);
  sameNames(dtsUnion('LoginHelpSymptomId'), ids, `${DTS} LoginHelpSymptomId vs content/symptoms.toml`, `update LoginHelpSymptomId in ${DTS}`);
});

test('channel ids in the manifest and d.ts equal content/channels.toml', () => {
  const ids = contentIds('channels.toml', 'channel');
  const contact = element().events.find((e) => e.name === 'login-help:contact');
  const described = backticked(contact?.description ?? '').filter((id) => ids.includes(id));
  sameNames(described, ids, `${MANIFEST} login-help:contact description vs content/channels.toml`, `list every channel id in the login-help:contact description in ${MANIFEST}`);
  sameNames(dtsUnion('LoginHelpChannelId'), ids, `${DTS} LoginHelpChannelId vs content/channels.toml`, `update LoginHelpChannelId in ${DTS}`);
});

test('events and their detail keys equal what src/glue/ emits', () => {
  const emitted = emittedEvents();
  assert.ok(emitted.size > 0, `${GLUE}: no emit(target, "login-help:…", &[…]) calls found — update this test's parser`);
  const events = element().events;
  sameNames(events.map((e) => e.name), [...emitted.keys()], `${MANIFEST} events vs ${GLUE}`, `update "events" in ${MANIFEST}`);
  assert.match(glue, /set_bubbles\(true\)/, `${GLUE}: events no longer bubble — update the event descriptions in ${MANIFEST} and ${DTS}`);
  assert.match(glue, /set_composed\(true\)/, `${GLUE}: events are no longer composed — update the event descriptions in ${MANIFEST} and ${DTS}`);
  for (const [name, keys] of emitted) {
    const event = events.find((e) => e.name === name);
    if (!event) continue;
    const typed = /\{([^}]*)\}/.exec(event.type?.text ?? '')?.[1] ?? '';
    sameNames(all(typed, /([A-Za-z_$][\w$]*)\??\s*:/g), keys, `${MANIFEST} ${name} type.text detail keys vs ${GLUE}`, `update the ${name} type in ${MANIFEST}`);
    assert.match(event.description ?? '', /bubbles/, `${MANIFEST}: say that ${name} bubbles`);
    assert.match(event.description ?? '', /composed/, `${MANIFEST}: say that ${name} is composed`);
    const detail = `LoginHelp${pascal(name)}Detail`;
    sameNames(dtsInterface(detail), keys, `${DTS} ${detail} vs ${GLUE}`, `update ${detail} in ${DTS}`);
    const eventType = `LoginHelp${pascal(name)}Event`;
    assert.match(dtsCode, new RegExp(`export\\s+type\\s+${eventType}\\s*=\\s*CustomEvent<\\s*${detail}\\s*>`), `${DTS}: needs \`export type ${eventType} = CustomEvent<${detail}>\``);
  }
});

test('cssProperties equal the --login-help-* properties of the CSS, with its defaults', () => {
  const { names, fallbacks } = cssProperties();
  const props = element().cssProperties;
  sameNames(props.map((p) => p.name), names, `${MANIFEST} cssProperties vs ${CSS}`, `update "cssProperties" in ${MANIFEST}`);
  for (const prop of props) {
    const uses = fallbacks.get(prop.name) ?? [];
    if (!uses.length) continue;
    assert.equal(
      (prop.default ?? '').replace(/\s+/g, ' ').trim(),
      uses[0],
      `${MANIFEST}: default of ${prop.name} should be its first fallback in ${CSS} — update ${MANIFEST}`,
    );
    for (const other of new Set(uses.slice(1))) {
      assert.ok(
        other === uses[0] || (prop.description ?? '').includes(other),
        `${MANIFEST}: ${prop.name} also falls back to ${other} in ${CSS} (another theme); mention it in its description`,
      );
    }
  }
});

test('cssParts equal the part names set in src/components/*.rs and the loader', () => {
  const { names, unreadable } = codeParts();
  assert.deepEqual(unreadable, [], `part names set from a non-literal value cannot be checked: ${unreadable.join(', ')} — use literal part names`);
  sameNames(element().cssParts.map((p) => p.name), names, `${MANIFEST} cssParts vs part names in ${COMPONENTS}*.rs and ${LOADER}`, `update "cssParts" in ${MANIFEST} (or add the part="…" in the code)`);
  sameNames(all(dts, /@csspart\s+([\w-]+)/g), names, `${DTS} @csspart tags vs part names in the code`, `update the @csspart lines of ${DTS}`);
});

test('the stats getter in the manifest and d.ts matches the loader', () => {
  const keys = statsKeys();
  const member = (element().members ?? []).find((m) => m.name === 'stats');
  if (!keys) {
    assert.equal(member, undefined, `${LOADER} has no static stats getter — remove it from ${MANIFEST}`);
    return;
  }
  assert.ok(member?.static, `${MANIFEST}: ${CLASS} needs a static "stats" member — update ${MANIFEST}`);
  sameNames(all(member.type?.text ?? '', /([A-Za-z_$][\w$]*)\??\s*:/g), keys, `${MANIFEST} stats type vs ${LOADER}`, `update the stats member's type in ${MANIFEST}`);
  sameNames(dtsInterface('LoginHelpStats'), keys, `${DTS} LoginHelpStats vs ${LOADER}`, `update LoginHelpStats in ${DTS}`);
  assert.match(dtsCode, /static\s+(?:get\s+stats\s*\(\s*\)|readonly\s+stats)\s*:\s*LoginHelpStats/, `${DTS}: ${CLASS} needs a static stats getter typed LoginHelpStats`);
});

test('the d.ts types the element and every event in the DOM maps', () => {
  assert.match(dtsCode, new RegExp(`declare\\s+class\\s+${CLASS}\\s+extends\\s+HTMLElement`), `${DTS}: needs \`declare class ${CLASS} extends HTMLElement\``);
  assert.match(dtsCode, /declare\s+global\s*\{/, `${DTS}: needs a \`declare global { … }\` block`);
  const tags = dtsInterfaceBody('HTMLElementTagNameMap');
  assert.match(tags, new RegExp(`['"]${TAG}['"]\\s*:\\s*${CLASS}\\b`), `${DTS}: HTMLElementTagNameMap needs '${TAG}': ${CLASS}`);
  for (const map of ['HTMLElementEventMap', 'DocumentEventMap', 'WindowEventMap']) {
    const names = dtsInterface(map);
    sameNames(names, [...emittedEvents().keys()], `${DTS} ${map} vs events emitted in ${GLUE}`, `update ${map} in ${DTS}`);
  }
  for (const [open, close] of [['{', '}'], ['(', ')'], ['<', '>'], ['[', ']']]) {
    const count = (c) => dtsCode.split(c).length - 1;
    const arrows = open === '<' ? dtsCode.split('=>').length - 1 : 0;
    assert.equal(count(open), count(close) - arrows, `${DTS}: unbalanced ${open}${close} — check the syntax of ${DTS}`);
  }
});
