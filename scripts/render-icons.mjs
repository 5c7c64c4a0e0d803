// Renders assets/icon.svg (and assets/icon-small.svg for 16 px, if present) to public/icon/*.png.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'icon');
const smallPath = join(root, 'assets', 'icon-small.svg');
const full = await readFile(join(root, 'assets', 'icon.svg'), 'utf8');
const small = existsSync(smallPath) ? await readFile(smallPath, 'utf8') : full;

const sizes = [16, 32, 48, 128];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  await mkdir(outDir, { recursive: true });
  for (const size of sizes) {
    const svg = (size <= 16 ? small : full).replace(
      '<svg ',
      `<svg width="${size}" height="${size}" `,
    );
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    const file = join(outDir, `${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
