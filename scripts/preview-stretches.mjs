// Renders every assets/stretches/<id>.svg as an <img> grid on a light and a dark page, for eyeballing.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'assets', 'stretches');
const scale = Number(process.argv[2] ?? 1) || 1;

// Whatever is in the folder: a new drawing shows up without editing this script.
const ids = (await readdir(dir))
  .filter((name) => name.endsWith('.svg'))
  .map((name) => name.slice(0, -'.svg'.length))
  .sort();

const cells = [];
for (const id of ids) {
  const svg = await readFile(join(dir, `${id}.svg`));
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  cells.push(
    `<figure><img src="${src}" width="200" alt=""><figcaption>${id}</figcaption></figure>`,
  );
}

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
:root { color-scheme: light dark; }
body { margin: 0; padding: 16px; font: 13px system-ui, sans-serif; background: #fff; color: #1f2328; }
@media (prefers-color-scheme: dark) { body { background: #16181c; color: #e6e8eb; } }
main { display: grid; grid-template-columns: repeat(4, 200px); gap: 16px 24px; }
figure { margin: 0; }
img { display: block; outline: 1px dashed #8884; }
figcaption { margin-top: 4px; text-align: center; }
</style></head><body><main>${cells.join('')}</main></body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 920, height: 800 },
      deviceScaleFactor: scale,
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const file = `/tmp/stretch-preview-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    await context.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
