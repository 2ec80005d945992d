'use strict';
// The baseline scripts/bench measures Sell Me A Pen against, on the stack the design card was
// sketched in: Express 4 with better-sqlite3 (WAL) for the API and `ws` for the voice relay. It
// does the work of the routes the bench times, the way our server does it: a bearer token looked
// up by its SHA-256, the session and its turns read, a new session written with the buyer's first
// line; a voice call opens its own upstream socket, waits for session.updated, wraps each binary
// audio frame from the browser into one input_audio_buffer.append event and hands the upstream's
// audio deltas on as received (other events are parsed, as ours are for transcripts).
// Environment: PORT, UPSTREAM_URL, DB_FILE.

const crypto = require('node:crypto');
const http = require('node:http');
const express = require('express');
const Database = require('better-sqlite3');
const { WebSocket, WebSocketServer } = require('ws');

const PORT = Number(process.env.PORT);
const UPSTREAM_URL = process.env.UPSTREAM_URL;
const BASE = '/SellMeAPenExt';
const TOKEN_DAYS = 30;
const AUDIO_DELTA = Buffer.from('{"type":"response.output_audio.delta"');

const db = new Database(process.env.DB_FILE);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.exec(`
  CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS auth_tokens (token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE, created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS training_sessions (id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE, difficulty_level TEXT NOT NULL,
      mode TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS training_sessions_user_started ON training_sessions (user_id, started_at);
  CREATE TABLE IF NOT EXISTS session_turns (session_id TEXT NOT NULL REFERENCES training_sessions (id)
      ON DELETE CASCADE, seq INTEGER NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL, at TEXT NOT NULL,
      PRIMARY KEY (session_id, seq));
`);

const sql = {
  insertUser: db.prepare('INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)'),
  insertToken: db.prepare('INSERT INTO auth_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
  owner: db.prepare(`SELECT u.id, u.name, t.expires_at FROM auth_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = ?`),
  session: db.prepare('SELECT * FROM training_sessions WHERE id = ? AND user_id = ?'),
  sessionById: db.prepare('SELECT id FROM training_sessions WHERE id = ?'),
  turns: db.prepare('SELECT seq, speaker, text, at FROM session_turns WHERE session_id = ? ORDER BY seq'),
  insertSession: db.prepare(`INSERT INTO training_sessions (id, user_id, difficulty_level, mode, status, started_at)
      VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?)`),
  insertTurn: db.prepare('INSERT INTO session_turns (session_id, seq, speaker, text, at) VALUES (?, ?, ?, ?, ?)'),
};
const startSession = db.transaction((id, userId, difficulty, mode, now, opening) => {
  sql.insertSession.run(id, userId, difficulty, mode, now);
  if (opening) {
    sql.insertTurn.run(id, 1, 'BUYER', opening, now);
  }
});

const newId = () => crypto.randomBytes(12).toString('base64url');
const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex');

function trainee(req, res) {
  const header = req.get('authorization') || '';
  const match = /^bearer\s+(\S+)$/i.exec(header.trim());
  const owner = match && sql.owner.get(sha256(match[1]));
  if (!owner || owner.expires_at <= new Date().toISOString()) {
    res.status(401).json({ error: 'not_signed_in', message: 'sign in first' });
    return null;
  }
  return owner;
}

function sessionJson(row, turns) {
  return {
    id: row.id, difficulty: row.difficulty_level, mode: row.mode, status: row.status, startedAt: row.started_at,
    turns: turns.map((t) => ({ seq: t.seq, speaker: t.speaker, text: t.text, at: t.at })),
  };
}

const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '64kb' }));
const api = express.Router();
api.get('/health', (req, res) => res.json({ status: 'ok' }));
api.post('/api/users', (req, res) => {
  const name = String((req.body && req.body.name) || '').trim();
  if (!name) {
    res.status(400).json({ error: 'invalid_input', message: 'name is required' });
    return;
  }
  const id = newId();
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  sql.insertUser.run(id, name, now.toISOString());
  sql.insertToken.run(sha256(token), id, now.toISOString(),
      new Date(now.getTime() + TOKEN_DAYS * 86_400_000).toISOString());
  res.status(201).json({ user: { id, name }, token });
});
api.post('/api/sessions', (req, res) => {
  const owner = trainee(req, res);
  if (!owner) {
    return;
  }
  const mode = (req.body && req.body.mode) === 'VOICE' ? 'VOICE' : 'TEXT';
  const difficulty = (req.body && req.body.difficulty) || 'MEDIUM';
  const id = newId();
  const now = new Date().toISOString();
  const opening = mode === 'TEXT' ? 'Hello. I have a few minutes before my next meeting, so what have you got?' : null;
  startSession(id, owner.id, difficulty, mode, now, opening);
  res.status(201).json({ session: sessionJson({ id, difficulty_level: difficulty, mode, status: 'IN_PROGRESS',
    started_at: now }, opening ? [{ seq: 1, speaker: 'BUYER', text: opening, at: now }] : []) });
});
api.get('/api/sessions/:id', (req, res) => {
  const owner = trainee(req, res);
  if (!owner) {
    return;
  }
  const row = sql.session.get(req.params.id, owner.id);
  if (!row) {
    res.status(404).json({ error: 'not_found', message: 'no such session' });
    return;
  }
  res.json({ session: sessionJson(row, sql.turns.all(row.id)) });
});
app.use(BASE, api);

const server = http.createServer(app);
const relay = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
const VOICE_PATH = new RegExp(`^${BASE}/ws/sessions/([A-Za-z0-9_-]+)/voice(\\?.*)?$`);
server.on('upgrade', (req, socket, head) => {
  const match = VOICE_PATH.exec(req.url);
  if (!match || !sql.sessionById.get(match[1])) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    return;
  }
  relay.handleUpgrade(req, socket, head, (browser) => call(browser));
});

function call(browser) {
  const upstream = new WebSocket(UPSTREAM_URL, { perMessageDeflate: false,
    headers: { Authorization: 'Bearer bench-key-not-secret' } });
  let ready = false;
  upstream.on('open', () => upstream.send(JSON.stringify({ type: 'session.update',
    session: { type: 'realtime', instructions: 'You are a buyer.', audio: { output: { voice: 'alloy' } } } })));
  upstream.on('message', (data, isBinary) => {
    if (isBinary) {
      return;
    }
    if (data.length >= AUDIO_DELTA.length && data.subarray(0, AUDIO_DELTA.length).equals(AUDIO_DELTA)) {
      browser.send(data, { binary: false });
      return;
    }
    const event = JSON.parse(data);
    if (!ready && event.type === 'session.updated') {
      ready = true;
      browser.send('{"type":"app.ready"}');
      return;
    }
    browser.send(data, { binary: false });
  });
  browser.on('message', (data, isBinary) => {
    if (isBinary && ready && upstream.readyState === WebSocket.OPEN) {
      upstream.send(`{"type":"input_audio_buffer.append","audio":"${data.toString('base64')}"}`);
    }
  });
  const end = () => {
    browser.terminate();
    upstream.terminate();
  };
  browser.on('close', end);
  upstream.on('close', end);
  browser.on('error', end);
  upstream.on('error', end);
}

server.listen(PORT, '127.0.0.1', () => console.log(`baseline listening on ${PORT}`));
process.on('SIGTERM', () => process.exit(0));
