// The JavaScript a page loads before it can paint: its entry scripts and everything they import
// statically, from a built extension. Dynamic `import()`s load later, so they do not count.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The popup's first-paint budget (issue 10), in gzipped bytes: tests/e2e/first-paint-size.test.ts. */
export const firstPaintBudget = 12_000;

export interface FirstPaintJs {
  files: string[];
  raw: number;
  /** gzip -9, file by file, as a store serves them and as the budget counts them. */
  gzip: number;
}

export function firstPaintJs(builtDir: string, page = 'popup.html'): FirstPaintJs {
  const html = readFileSync(join(builtDir, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = (queue.shift() ?? '').replace(/^\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(builtDir, file), 'utf8');
    // Static imports, with bindings or only for their side effects; not `import(`.
    for (const m of code.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
    )) {
      queue.push(join(dirname(file), m[1] ?? ''));
    }
  }
  const files = [...seen];
  const bytes = files.map((f) => readFileSync(join(builtDir, f)));
  return {
    files,
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}
