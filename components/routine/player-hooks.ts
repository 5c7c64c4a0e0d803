// The routine's clock, its progress reports and its chime, as hooks the playing screen uses.
import { useEffect, useRef } from 'preact/hooks';
import { type PlayerState, tick } from '../../core/player';
import { playChime } from '../chime';

const tickMs = 250;

type SetPlayer = (update: (p: PlayerState | null) => PlayerState | null) => void;

/** Advances the player by real elapsed time, so a throttled tab catches up instead of drifting. */
export function useClock(setPlayer: SetPlayer) {
  useEffect(() => {
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const elapsed = now - last;
      last = now;
      setPlayer((p) => p && tick(p, elapsed));
    }, tickMs);
    return () => clearInterval(timer);
  }, [setPlayer]);
}

/** Reports each stretch timed out, once, so closing the page mid-routine records what was done. */
export function useProgressReport(
  player: PlayerState,
  report: ((completed: string[], of: number) => void) | undefined,
) {
  const done = player.completed.join('\n');
  useEffect(() => {
    report?.(player.completed, player.items.length);
    // Keyed on the list itself: a new tick with the same stretches done says nothing new.
  }, [done]);
}

/** A chime at each change of stretch, side or phase, except into the work itself. */
export function useChimeOnChange(player: PlayerState, enabled: boolean) {
  const moment = `${player.index}:${player.side}:${player.phase}`;
  const previous = useRef(moment);
  useEffect(() => {
    if (enabled && previous.current !== moment && player.phase !== 'work') playChime();
    previous.current = moment;
  }, [moment, enabled, player.phase]);
}
