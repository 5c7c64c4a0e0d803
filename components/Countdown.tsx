// The big number of a hold or a walk, what it is counting, and a bar that empties as it runs.
export interface CountdownProps {
  seconds: number;
  totalSeconds: number;
  label: string;
}

export function Countdown({ seconds, totalSeconds, label }: CountdownProps) {
  const share = totalSeconds > 0 ? Math.min(1, seconds / totalSeconds) : 0;
  return (
    <div class="countdown">
      <p class="countdown-label" aria-live="polite">
        {label}
      </p>
      {/* Announced only when the label changes: a number read out every second is noise. */}
      <p class="countdown-seconds" aria-hidden="true">
        {seconds}
      </p>
      <div class="countdown-bar" aria-hidden="true">
        <div class="countdown-fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
