// Entry point of the e2e harness: launch(target) gives the same ExtensionHarness in every browser.
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionHarness, LaunchOptions, Target } from './types';

export type {
  ApiFunction,
  ExtensionApi,
  ExtensionHarness,
  ExtensionPage,
  LaunchOptions,
  PageFunction,
  Target,
} from './types';
export { targets } from './types';

/** Starts a fresh browser with a throwaway profile and the target's build installed. */
export function launch(target: Target, options: LaunchOptions = {}): Promise<ExtensionHarness> {
  return target === 'chromium' ? launchChromium(options) : launchFirefox(target, options);
}
