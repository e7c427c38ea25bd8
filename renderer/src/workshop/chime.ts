/** A soft two-note chime made with Web Audio (no file): short, quiet, and silent where audio is unavailable. */
let context: AudioContext | null = null;

export function playChime(volume = 0.08): void {
  try {
    const Ctor =
      globalThis.AudioContext ??
      (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const ctx = context;
    void ctx.resume().catch(() => undefined);
    const notes = [
      { freq: 880, at: 0 },
      { freq: 1318.5, at: 0.18 },
    ];
    for (const n of notes) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = n.freq;
      const t0 = ctx.currentTime + n.at;
      gain.gain.setValueAtTime(0, t0);
      gain.gain.linearRampToValueAtTime(volume, t0 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + 0.95);
    }
  } catch {
    // No audio device or autoplay blocked: the on-screen “Time is up” is enough.
  }
}
