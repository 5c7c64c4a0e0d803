// WXT build configuration: one source tree, Chrome MV3 and Firefox MV2/MV3 builds.
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // One zip per build: without the manifest version the Firefox MV3 zip overwrites the MV2 one.
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
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
