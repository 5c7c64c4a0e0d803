// The background: wiring only. Everything it decides is in core/, everything it does in its factories.
import { browser } from 'wxt/browser';
import { openLogDb } from '../../storage/db';
import { startBackground } from './start-background';

export default defineBackground(() => {
  startBackground({ browser, idle: browser.idle, now: Date.now, openDb: openLogDb });
});
