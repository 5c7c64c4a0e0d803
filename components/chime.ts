// A soft two-note chime made with Web Audio: no sound file to ship, and quiet by design.
let context: AudioContext | null = null;

export function playChime(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const t = start + i * 0.18;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(0.08, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
      osc.connect(gain).connect(context.destination);
      osc.start(t);
      osc.stop(t + 0.62);
    }
  } catch {
    // No audio device or autoplay refused: the routine works the same without the sound.
  }
}
