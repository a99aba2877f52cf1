// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to
// every text and wasm file in dist/, for servers and CDNs that send them
// as they are (scripts/serve.mjs does).
//   node scripts/compress.mjs [dist]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|ts)$/;
for (const name of readdirSync(dir, { recursive: true })) {
  if (!COMPRESSIBLE.test(name)) continue;
  const data = readFileSync(`${dir}/${name}`);
  writeFileSync(`${dir}/${name}.br`, brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  writeFileSync(`${dir}/${name}.gz`, gzipSync(data, { level: 9 }));
}
