// Preconditions (build output, browser binaries) and throwaway profiles; failures say what to run.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from './types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const buildFolders: Record<Target, string> = {
  chromium: 'chrome-mv3',
  'firefox-mv2': 'firefox-mv2',
  'firefox-mv3': 'firefox-mv3',
};

const buildCommands: Record<Target, string> = {
  chromium: 'npx wxt build',
  'firefox-mv2': 'npx wxt build -b firefox',
  'firefox-mv3': 'npx wxt build -b firefox --mv3',
};

export interface Build {
  dir: string;
  manifest: { manifest_version: number; browser_specific_settings?: { gecko?: { id?: string } } };
}

export function requireBuild(target: Target, override?: string): Build {
  const dir = override ? resolve(override) : join(repoRoot, '.output', buildFolders[target]);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No built extension at ${dir} for target ${target}: run \`npm run build\` first ` +
        `(or \`${buildCommands[target]}\` for this target alone).`,
    );
  }
  return { dir, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) };
}

export const browserBinaries = {
  chromium: { path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
} as const;

export function requireBinary(name: keyof typeof browserBinaries): string {
  const { path, apt } = browserBinaries[name];
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `${path} is missing: install Debian ${apt} (\`apt-get update && apt-get install -y ${apt}\`, ` +
        'or run `.ci/run`, which does it). Never let a tool download its own browser here.',
    );
  }
  return path;
}

export const runningAsRoot = process.getuid?.() === 0;

export function makeProfileDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `hip-check-e2e-${prefix}-`));
}

export async function removeProfileDir(dir: string): Promise<void> {
  // Browsers may still be flushing files for a moment after exit.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Firefox shows an empty page for a missing moz-extension file, so check the build instead. */
export function requireBuildFile(buildDir: string, path: string): void {
  const file = path.replace(/[?#].*$/, '');
  if (!existsSync(join(buildDir, file)))
    throw new Error(`${file} is not in the build at ${buildDir}`);
}
