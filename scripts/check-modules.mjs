#!/usr/bin/env node
// The house rules of src/, checked without a build (Node, no dependencies):
//   1. no module cycle: no file's module uses a module that (transitively) uses it back;
//   2. no source file over 400 lines, except tests (src/**/tests.rs, files named *test*);
//   3. every source file opens with a `//!` line saying what it owns.
//
//   node scripts/check-modules.mjs          (run by scripts/test.sh; exits 1 naming what is wrong)
//   node scripts/check-modules.mjs --graph  (also prints every module's dependencies)
//
// Modules are files: src/lib.rs is `crate`, src/a.rs and src/a/mod.rs `crate::a`, src/a/b.rs
// `crate::a::b`, src/bin/x.rs the root of its own crate `bin:x` (which uses the library as
// `login_help::`). A file depends on the modules it names: `use` trees (`crate::`, `super::`,
// `self::`, a child module's name), `crate::…`/`super::…` paths anywhere in its code, and paths through
// a module it imported (`use crate::glue;` … `glue::reveal`). A path is a dependency on the deepest
// module it names, and through a `pub use` re-export on the file that defines the item: `glue::reveal`
// is a use of `crate::glue::focus` when glue/mod.rs says `pub use focus::reveal`. A module's uses of
// its own ancestors and descendants (a mod.rs re-exporting its children, a child using its parent's
// items) are not cycles. Comments, string literals and `#[cfg(test)]` items are left out.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(new URL('.', import.meta.url).pathname, '..');
const SRC = join(ROOT, 'src');
const LIB = /^\s*name\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1].replace(/-/g, '_');
const MAX_LINES = 400;
/// Files allowed past MAX_LINES for now (none): add one only with a comment saying why and when
/// it will be split.
const LONG_FOR_NOW = new Set([]);

// --- the files and their modules ---------------------------------------------------------

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.rs') ? [join(dir, e.name)] : [],
  );
}

const isTestFile = (path) => /(^|\/)tests\.rs$/.test(path) || /test/.test(path.split('/').pop());

/// `src/a/b.rs` → `crate::a::b`; `src/bin/x.rs` → `bin:x`.
function moduleOf(path) {
  const parts = path.replace(/^src\//, '').replace(/\.rs$/, '').split('/');
  let root = 'crate';
  if (parts[0] === 'bin') {
    parts.shift();
    root = `bin:${parts.shift()}`;
    if (parts[0] === 'main') parts.shift();
  } else if (parts.length === 1 && (parts[0] === 'lib' || parts[0] === 'main')) {
    parts.pop();
  }
  if (parts.at(-1) === 'mod') parts.pop();
  return [root, ...parts].join('::');
}

const files = walk(SRC)
  .map((abs) => relative(ROOT, abs).split(sep).join('/'))
  .sort()
  .map((path) => ({ path, module: moduleOf(path), text: readFileSync(join(ROOT, path), 'utf8') }));
const modules = new Set(files.filter((f) => !isTestFile(f.path)).map((f) => f.module));
const rootOf = (module) => module.split('::')[0];
const parentOf = (module) => module.split('::').slice(0, -1).join('::');
const related = (a, b) => a === b || a.startsWith(`${b}::`) || b.startsWith(`${a}::`);

// --- code without comments, strings and test items (blanked, so line numbers hold) ---------

const blank = (s) => s.replace(/[^\n]/g, ' ');

function clean(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i, i + 3);
    let m;
    if (rest.startsWith('//')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (rest.startsWith('/*')) {
      let depth = 0;
      let j = i;
      do {
        if (text.startsWith('/*', j)) (depth++, (j += 2));
        else if (text.startsWith('*/', j)) (depth--, (j += 2));
        else j++;
      } while (depth > 0 && j < text.length);
      out += blank(text.slice(i, j));
      i = j;
    } else if ((m = /^b?r(#*)"/.exec(text.slice(i, i + 40))) && !/\w/.test(text[i - 1] ?? '')) {
      const close = `"${m[1]}`;
      const end = text.indexOf(close, i + m[0].length);
      const stop = end < 0 ? text.length : end + close.length;
      out += `""${blank(text.slice(i + 2, stop))}`;
      i = stop;
    } else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += `""${blank(text.slice(i + 2, j + 1))}`;
      i = j + 1;
    } else if ((m = /^'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'\n])'/u.exec(text.slice(i, i + 12)))) {
      out += `''${blank(m[0].slice(2))}`;
      i += m[0].length;
    } else {
      out += text[i++];
    }
  }
  return out;
}

/// The end of the item starting at `from`: its `;` at depth 0, or the `}` closing its body.
function itemEnd(code, from) {
  let depth = 0;
  for (let j = from; j < code.length; j++) {
    const c = code[j];
    if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c)) {
      depth--;
      if (depth === 0 && c === '}') return j + 1;
    } else if (c === ';' && depth === 0) return j + 1;
  }
  return code.length;
}

/// `#[cfg(test)]` items blanked; the names of `#[cfg(test)] mod x;` files are returned.
function withoutTests(code) {
  const testMods = [];
  let m;
  const re = /#\[cfg\(test\)\]/g;
  while ((m = re.exec(code))) {
    const end = itemEnd(code, m.index + m[0].length);
    const item = code.slice(m.index, end);
    const decl = /^\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/.exec(item.slice(m[0].length));
    if (decl) testMods.push(decl[1]);
    code = code.slice(0, m.index) + blank(item) + code.slice(end);
  }
  return { code, testMods };
}

const lineAt = (code, index) => code.slice(0, index).split('\n').length;

// --- use trees ------------------------------------------------------------------------------

/// `a::{b, c::{d as e, *}, self}` → [{ path: ['a','b'] , alias: 'b' }, …]; `*` leaves are globs.
function expandUse(tree) {
  tree = tree.replace(/\s+/g, '').replace(/^::/, '');
  const leaves = [];
  const walkTree = (prefix, t) => {
    const open = t.indexOf('{');
    if (open < 0) {
      const [path, alias] = t.split(/(?<=\w)as(?=[A-Z_a-z])/);
      const segs = [...prefix, ...path.split('::').filter(Boolean)];
      if (segs.at(-1) === 'self') segs.pop();
      if (segs.at(-1) === '*') leaves.push({ path: segs.slice(0, -1), glob: true });
      else if (segs.length) leaves.push({ path: segs, alias: alias ?? segs.at(-1) });
      return;
    }
    const head = t.slice(0, open).split('::').filter(Boolean);
    const body = t.slice(open + 1, t.lastIndexOf('}'));
    let depth = 0;
    let start = 0;
    for (let j = 0; j <= body.length; j++) {
      const c = body[j];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if ((c === ',' || j === body.length) && depth === 0) {
        const part = body.slice(start, j);
        if (part) walkTree([...prefix, ...head], part === 'self' ? '' : part);
        if (part === 'self') leaves.push({ path: [...prefix, ...head], alias: head.at(-1) });
        start = j + 1;
      }
    }
  };
  walkTree([], tree);
  return leaves;
}

// --- every file's uses, re-exports and items ------------------------------------------------

const info = new Map(); // module → { file, code, uses: [{path, line}], aliases, reexports, globs, items }
const testModules = new Set();
for (const f of files) {
  if (isTestFile(f.path)) continue;
  const { code, testMods } = withoutTests(clean(f.text));
  testMods.forEach((name) => testModules.add(`${f.module}::${name}`));
  const entry = { file: f.path, code, uses: [], aliases: new Map(), reexports: new Map(), globs: [], items: new Set() };
  let rest = code;
  for (const m of code.matchAll(/(?<![\w:])(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);/g)) {
    const line = lineAt(code, m.index);
    for (const leaf of expandUse(m[2])) {
      entry.uses.push({ path: leaf.path, line });
      if (leaf.glob) {
        if (m[1]) entry.globs.push(leaf.path);
      } else {
        entry.aliases.set(leaf.alias, leaf.path);
        if (m[1]) entry.reexports.set(leaf.alias, leaf.path);
      }
    }
    rest = rest.slice(0, m.index) + blank(m[0]) + rest.slice(m.index + m[0].length);
  }
  for (const m of rest.matchAll(/(?<![\w:])((?:[A-Za-z_]\w*::)+[A-Za-z_]\w*)/g)) {
    entry.uses.push({ path: m[1].split('::'), line: lineAt(code, m.index), inCode: true });
  }
  for (const m of code.matchAll(/\b(?:fn|struct|enum|const|static|type|trait|union|mod)\s+([A-Za-z_]\w*)/g)) {
    entry.items.add(m[1]);
  }
  for (const m of code.matchAll(/macro_rules!\s*([A-Za-z_]\w*)/g)) entry.items.add(m[1]);
  info.set(f.module, entry);
}
for (const t of testModules) modules.delete(t);

/// The module a path names, seen from `from` (null: another crate, or a local name).
function resolve(path, from, depth = 0) {
  if (depth > 16 || !path.length) return null;
  const [first, ...rest] = path;
  let base;
  if (first === 'crate') base = rootOf(from);
  else if (first === LIB) base = 'crate';
  else if (first === 'self') base = from;
  else if (first === 'super') {
    base = from;
    let i = 0;
    while (path[i] === 'super') (base = parentOf(base)), i++;
    if (!base) return null;
    return walkDown(base, path.slice(i), depth);
  } else if (modules.has(`${from}::${first}`)) base = `${from}::${first}`;
  else if (info.get(from)?.aliases.has(first)) {
    const target = info.get(from).aliases.get(first);
    if (target[0] === first && target.length === 1) return null;
    return resolve([...target, ...rest], from, depth + 1);
  } else return null;
  return walkDown(base, rest, depth);
}

/// From module `base` down the path's segments; an item re-exported there leads to its source.
function walkDown(base, segs, depth) {
  let i = 0;
  while (i < segs.length && modules.has(`${base}::${segs[i]}`)) base = `${base}::${segs[i++]}`;
  const name = segs[i];
  const here = info.get(base);
  if (name === undefined || !here) return base;
  if (here.items.has(name)) return base;
  if (here.reexports.has(name)) return resolve([...here.reexports.get(name), ...segs.slice(i + 1)], base, depth + 1) ?? base;
  for (const glob of here.globs) {
    const target = resolve(glob, base, depth + 1);
    if (target && target !== base) {
      const found = walkDown(target, segs.slice(i), depth + 1);
      if (found !== target || info.get(target)?.items.has(name)) return found;
    }
  }
  return base;
}

// --- 1. cycles ------------------------------------------------------------------------------

const edges = new Map(); // module → Map(dep → "file:line")
for (const [module, entry] of info) {
  if (!modules.has(module)) continue;
  const deps = new Map();
  for (const use of entry.uses) {
    const dep = resolve(use.path, module);
    if (!dep || !modules.has(dep) || related(module, dep) || deps.has(dep)) continue;
    deps.set(dep, `${entry.file}:${use.line}`);
  }
  edges.set(module, deps);
}

/// Tarjan's strongly connected components; each with more than one module holds a cycle.
function components() {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!idx.has(w)) (visit(w), low.set(v, Math.min(low.get(v), low.get(w))));
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do (w = stack.pop()), onStack.delete(w), scc.push(w);
      while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  [...edges.keys()].sort().forEach((v) => idx.has(v) || visit(v));
  return found;
}

/// One shortest cycle through `start` inside its component.
function cycleThrough(start, scc) {
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of edges.get(v).keys()) {
      if (w === start) {
        const path = [v];
        while (prev.get(path[0])) path.unshift(prev.get(path[0]));
        return [...path, start];
      }
      if (scc.includes(w) && !prev.has(w)) (prev.set(w, v), queue.push(w));
    }
  }
  return [start];
}

const problems = [];
for (const scc of components()) {
  const cycle = cycleThrough(scc[0], scc);
  const steps = cycle.slice(0, -1).map((m, i) => `  ${m} → ${cycle[i + 1]}   (${edges.get(m).get(cycle[i + 1])})`);
  problems.push(`module cycle: ${cycle.join(' → ')}\n${steps.join('\n')}` + (scc.length > cycle.length - 1 ? `\n  (all in this circle: ${scc.join(', ')})` : ''));
}

// --- 2. length, 3. opening line ---------------------------------------------------------------

for (const f of files) {
  const lines = f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES && !isTestFile(f.path) && !LONG_FOR_NOW.has(f.path)) {
    problems.push(`${f.path}: ${lines} lines, over ${MAX_LINES}: split it by concern (tests may go to a tests.rs beside it)`);
  }
  if (!/^\/\/! \S/.test(f.text)) {
    problems.push(`${f.path}: does not open with a \`//!\` line saying what the file owns`);
  }
}

if (process.argv.includes('--graph')) {
  for (const [m, deps] of [...edges].sort()) console.log(`${m} → ${[...deps.keys()].sort().join(', ') || '∅'}`);
}
const dependencies = [...edges.values()].reduce((n, deps) => n + deps.size, 0);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-modules: ${problems.length} problem(s) in ${files.length} files`);
  process.exit(1);
}
const allowed = [...LONG_FOR_NOW].filter((p) => files.some((f) => f.path === p && f.text.split('\n').length > MAX_LINES + 1));
console.log(
  `check-modules: ${modules.size} modules, ${dependencies} dependencies between them, no cycle; ` +
    `no file over ${MAX_LINES} lines${allowed.length ? ` (allowed for now: ${allowed.join(', ')})` : ''}; every file opens with //!`,
);
