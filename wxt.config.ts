// WXT build configuration: one source tree, Chrome MV3 and Firefox MV2/MV3 builds.
import { defineConfig } from 'wxt';

/**
 * The extension pages' content security policy, explicit in every build: nothing leaves the
 * browser, so no page may connect anywhere (connect-src 'none' refuses fetch, XHR, WebSocket and
 * beacons alike), and scripts, styles and pictures come from the extension itself (data: for the
 * small pictures Vite inlines). Preact's style props go through the CSSOM, which style-src allows.
 * WXT turns this into the single string MV2 wants. `wxt dev` only: its server's socket is let in.
 */
function contentSecurityPolicy(command: 'build' | 'serve'): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    command === 'serve'
      ? "connect-src 'self' http://localhost:* ws://localhost:*"
      : "connect-src 'none'",
    "img-src 'self' data:",
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // One zip per build: without the manifest version the Firefox MV3 zip overwrites the MV2 one.
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip' },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: { extension_pages: contentSecurityPolicy(command) },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Handled in entrypoints/background/start-background.ts; users can rebind them in the browser.
    // Not Alt+Shift+P for pause: Chromium leaves that one unbound.
    commands: {
      'start-routine': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandStartRoutine__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandTogglePause__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hip-check@hipcheck.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
