// A small static file server for dist/, bound to 127.0.0.1.
//   node scripts/serve.mjs <dir> [port]      port 0 picks a free one
// Also used by the end-to-end tests (startServer).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/// The .br or .gz copy the build wrote next to `file`, if the client takes it.
async function precompressed(file, accepted) {
  const takes = (name) => new RegExp(`(^|[,\\s])${name}(?![\\w-])(?!;q=0(\\.0*)?(,|$))`).test(accepted);
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!takes(name)) continue;
    try {
      if ((await stat(file + ext)).isFile()) return { name, file: file + ext };
    } catch {
      // no compressed copy: send the file as it is
    }
  }
  return null;
}

export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Hashed names never change content; everything else is checked each time.
        'cache-control': /\.[0-9a-f]{10}\./.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
      };
      const encoding = await precompressed(file, req.headers['accept-encoding'] ?? '');
      if (encoding) headers['content-encoding'] = encoding.name;
      const body = await readFile(encoding ? encoding.file : file);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(`Serving ${dir}/ at ${url} (English: ${url}index.en.html)  (Ctrl-C to stop)`);
}
