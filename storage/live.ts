// Follows a read of the log: Dexie's liveQuery runs it again whenever a table it read changes,
// in this page or in the background. Here so the pages subscribe without knowing Dexie.
import { liveQuery } from 'dexie';

export interface Watcher<T> {
  /** Each fresh result, the first as soon as the read ends. */
  next(value: T): void;
  /** The read failed; the watch then ends. */
  error(error: unknown): void;
}

/** Runs `read` now and after every change to what it read; the function returned stops it. */
export function watchLog<T>(read: () => Promise<T>, watcher: Watcher<T>): () => void {
  const subscription = liveQuery(read).subscribe({
    next: (value) => watcher.next(value),
    error: (error: unknown) => watcher.error(error),
  });
  return () => subscription.unsubscribe();
}
