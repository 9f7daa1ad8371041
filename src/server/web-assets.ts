import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built UI (web/dist) for every GET outside /api/: `/` is index.html; hashed files
 * under assets/ are cached for good, index.html never. Paths cannot leave the folder.
 */
export function webAssets(root: string): MiddlewareHandler {
  const base = resolve(root);
  const cache = new Map<string, Buffer>();
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    let file: string;
    try {
      file = resolve(base, '.' + decodeURIComponent(path));
    } catch {
      return next();
    }
    if (!file.startsWith(base + sep)) return next();
    let body = cache.get(file);
    if (!body) {
      if (!existsSync(file) || !statSync(file).isFile()) {
        if (path === '/index.html')
          return c.text('The web UI is not built: run `npm run build`. The API is under /api/.', 503);
        return next();
      }
      body = readFileSync(file);
      cache.set(file, body);
    }
    const hashed = path.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}

/** The built UI's folder (web/dist at the repository root). */
export function defaultWebRoot(serverDir: string): string {
  return join(serverDir, '..', '..', '..', 'web', 'dist');
}
