// Prints what the npm package adds to a site's build (gzip -9, KiB): the
// scratch app of tests/e2e/package-app.mjs bundled with Vite and with
// esbuild, without login-help and with it, file by file. Run after
// scripts/build.sh (it installs target/npm/'s tarball).
//   node scripts/package-size.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, outputs } from '../tests/e2e/package-app.mjs';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = (dir) => outputs(dir).map((file) => {
  const data = readFileSync(join(dir, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
});
const before = await buildApp('target/package-size/before', { withPackage: false });
const after = await buildApp('target/package-size/after');
for (const bundler of ['vite', 'esbuild']) {
  const was = sizes(before[bundler]);
  const now = sizes(after[bundler]);
  const total = (rows) => rows.reduce((t, r) => t + r.gzip, 0);
  console.log(`\n${bundler}: before ${kib(total(was))} gzip (${was.map((r) => r.file).join(', ')})`);
  for (const r of now) console.log(`  ${r.file.padEnd(44)}${kib(r.raw).padStart(11)}${kib(r.gzip).padStart(11)} gzip`);
  console.log(`${bundler}: after ${kib(total(now))} gzip, +${kib(total(now) - total(was))}`);
}
