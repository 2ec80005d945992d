'use strict';

// Voice practice in the page: microphone → AudioWorklet (24 kHz PCM16, 100 ms chunks) → our
// WebSocket as binary frames (the server wraps each in an input_audio_buffer.append event), and the
// buyer's audio deltas played back gap-free, with barge-in, live transcripts, mute and a level
// meter. Other events are OpenAI Realtime GA events as JSON text; our server adds app.* events.

class VoiceCall {
  constructor(url, ui) {
    this.url = url;
    this.ui = ui;
    this.muted = false;
    this.sentChunks = 0;
    this.playedMs = 0;
    this.sources = [];
    this.nextStart = 0;
    this.currentItem = null;
    this.itemStartedAt = 0;
    this.buyerDraft = null;
    this.closedByUs = false;
  }

  async start() {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
    } catch (e) {
      throw new Error(e && e.name === 'NotAllowedError'
        ? 'Microphone access was denied. Allow the microphone for this site in your browser settings, or practise by text.'
        : 'No microphone could be opened (' + (e && e.name ? e.name : 'unknown error') + '). Check your device, or practise by text.');
    }
    this.stream = stream;
    this.context = new AudioContext();
    await this.context.audioWorklet.addModule('pcm-worklet.js');
    const source = this.context.createMediaStreamSource(stream);
    this.capture = new AudioWorkletNode(this.context, 'pcm-capture');
    this.capture.port.onmessage = (message) => this.onChunk(message.data);
    source.connect(this.capture);
    this.playback = new AudioContext({ sampleRate: 24000 });
    await this.playback.resume();
    this.socket = new WebSocket(this.url);
    this.socket.onmessage = (message) => this.onEvent(message.data);
    this.socket.onclose = () => {
      if (!this.closedByUs) this.ui.ended();
      this.stopAudio();
    };
    this.socket.onerror = () => this.ui.error('The voice connection failed. Your conversation so far is saved.');
  }

  onChunk({ pcm, rms }) {
    this.ui.level(Math.min(1, rms * 4));
    if (this.muted || !this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(pcm);
    this.sentChunks += 1;
    this.ui.stats(this.sentChunks, this.playedMs);
  }

  send(event) {
    this.socket.send(JSON.stringify(event));
  }

  onEvent(data) {
    let event;
    try {
      event = JSON.parse(data);
    } catch (e) {
      return;
    }
    switch (event.type) {
      case 'app.ready':
        this.ui.status('Connected. Speak when you are ready: the buyer is listening.');
        break;
      case 'app.outcome':
        this.ui.outcome(event.outcome);
        break;
      case 'app.error':
        this.ui.error(event.message);
        break;
      case 'app.ended':
        this.ui.ended();
        break;
      case 'error':
        this.ui.error(event.error && event.error.message ? event.error.message : 'The voice service reported an error.');
        break;
      case 'input_audio_buffer.speech_started':
        this.bargeIn();
        this.ui.status('Listening…');
        break;
      case 'conversation.item.input_audio_transcription.completed':
        if (event.transcript && event.transcript.trim()) this.ui.said('TRAINEE', event.transcript.trim());
        break;
      case 'response.output_audio.delta':
        this.play(event.item_id, event.delta);
        break;
      case 'response.output_audio_transcript.delta':
        this.buyerDraft = (this.buyerDraft || '') + event.delta;
        this.ui.buyerDraft(this.buyerDraft);
        break;
      case 'response.output_audio_transcript.done':
        this.buyerDraft = null;
        this.ui.said('BUYER', event.transcript);
        break;
      default:
        break;
    }
  }

  // Buyer audio: PCM16 at 24 kHz, scheduled back to back so chunks play without gaps.
  play(itemId, base64) {
    if (itemId !== this.currentItem) {
      this.currentItem = itemId;
      this.itemStartedAt = Math.max(this.playback.currentTime, this.nextStart);
    }
    const bytes = fromBase64(base64);
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 2));
    if (!samples.length) return;
    const buffer = this.playback.createBuffer(1, samples.length, 24000);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < samples.length; i++) channel[i] = samples[i] / 0x8000;
    const source = this.playback.createBufferSource();
    source.buffer = buffer;
    source.connect(this.playback.destination);
    const startAt = Math.max(this.playback.currentTime + 0.02, this.nextStart);
    source.start(startAt);
    this.nextStart = startAt + buffer.duration;
    this.sources.push(source);
    source.onended = () => {
      this.sources = this.sources.filter((s) => s !== source);
    };
    this.playedMs += Math.round(buffer.duration * 1000);
    this.ui.stats(this.sentChunks, this.playedMs);
  }

  // The trainee started talking over the buyer: stop playback and tell the model where it was cut.
  bargeIn() {
    if (!this.sources.length || !this.currentItem) return;
    const heardMs = Math.max(0, Math.round((this.playback.currentTime - this.itemStartedAt) * 1000));
    for (const source of this.sources) {
      try {
        source.stop();
      } catch (e) {
        // already stopped
      }
    }
    this.sources = [];
    this.nextStart = 0;
    this.send({ type: 'response.cancel' });
    this.send({ type: 'conversation.item.truncate', item_id: this.currentItem, content_index: 0, audio_end_ms: heardMs });
    this.currentItem = null;
  }

  setMuted(muted) {
    this.muted = muted;
  }

  stopAudio() {
    if (this.stream) this.stream.getTracks().forEach((track) => track.stop());
    if (this.context && this.context.state !== 'closed') this.context.close();
    if (this.playback && this.playback.state !== 'closed') this.playback.close();
  }

  hangUp() {
    this.closedByUs = true;
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) this.socket.close(1000, 'trainee ended');
    this.stopAudio();
  }
}

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

window.VoiceCall = VoiceCall;
