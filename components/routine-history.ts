// Reads the routine picker's history from the log; without a database the picker starts fresh.
import { openLogDb } from '../storage/db';
import { routineHistory } from '../storage/log';
import type { RoutineHistory } from './RoutineSession';

export async function loadRoutineHistory(dayStart: number): Promise<RoutineHistory> {
  const db = openLogDb();
  try {
    return await routineHistory(db, dayStart);
  } catch {
    return { earlierToday: [], previous: [] };
  } finally {
    db.close();
  }
}
