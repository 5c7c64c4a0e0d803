// The History figures, followed: read again whenever a row they rest on changes. Apart from
// storage/history.ts, whose plain reads the background and the tests use (or stand in for) alone.
import type { History } from '../core/history';
import type { Settings } from '../core/settings';
import type { LogDb } from './db';
import { readHistory } from './history';
import { type Watcher, watchLog } from './live';

/**
 * The last 30 days' figures under `settings`, now and after every change to the log. Each read
 * takes the time from `now` as it runs, so a read after a change sees the moment of that change.
 */
export function watchHistory(
  db: LogDb,
  settings: Settings,
  watcher: Watcher<History>,
  now: () => number = Date.now,
): () => void {
  return watchLog(() => readHistory(db, now(), settings), watcher);
}
