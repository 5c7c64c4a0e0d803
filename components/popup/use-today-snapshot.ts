// Today's figures from the log as the background last wrote them, followed while the page is open.
import { useEffect, useState } from 'preact/hooks';
import { asDaySnapshot, type DaySnapshot } from '../../core/today-view';
import { readPaintItems, watchPaintItems } from '../../storage/paint-items';

/** undefined until storage has answered, then the snapshot (null: none yet, or a damaged one). */
export function useTodaySnapshot(): DaySnapshot | null | undefined {
  const [snapshot, setSnapshot] = useState<DaySnapshot | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const set = (value: unknown) => live && setSnapshot(asDaySnapshot(value));
    const unwatch = watchPaintItems(['today'], ({ today }) => set(today));
    void readPaintItems(['today']).then(({ today }) => set(today));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return snapshot;
}
