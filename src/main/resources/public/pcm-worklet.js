'use strict';

// Runs on the audio thread: takes the microphone at the device's rate, resamples it to 24 kHz
// mono, and posts 100 ms chunks of PCM16 (little endian) with their loudness to the page.

const TARGET_RATE = 24000;
const CHUNK = TARGET_RATE / 10;

class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / TARGET_RATE;
    this.position = 0;
    this.out = new Int16Array(CHUNK);
    this.filled = 0;
    this.energy = 0;
  }

  process(inputs) {
    const channels = inputs[0];
    if (!channels || channels.length === 0) return true;
    const input = channels[0];
    // linear interpolation from the device rate down (or up) to 24 kHz
    while (this.position < input.length - 1) {
      const index = Math.floor(this.position);
      const fraction = this.position - index;
      const value = input[index] + (input[index + 1] - input[index]) * fraction;
      const clamped = Math.max(-1, Math.min(1, value));
      this.out[this.filled++] = clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff;
      this.energy += clamped * clamped;
      if (this.filled === CHUNK) {
        const rms = Math.sqrt(this.energy / CHUNK);
        this.port.postMessage({ pcm: this.out.buffer, rms }, [this.out.buffer]);
        this.out = new Int16Array(CHUNK);
        this.filled = 0;
        this.energy = 0;
      }
      this.position += this.ratio;
    }
    this.position -= input.length - 1;
    return true;
  }
}

registerProcessor('pcm-capture', PcmCapture);
