'use strict';

// The trainee page: register, pick a buyer, sell by text, read the scorecard, follow progress.
// Plain DOM code with no libraries and no outside requests; everything goes to our own API.

const STORE = { token: 'smap.token', name: 'smap.name', session: 'smap.session', draft: 'smap.draft' };
const CATEGORY_LABELS = {
  needsDiscovery: 'Needs discovery',
  valueProposition: 'Value proposition',
  urgencyCreation: 'Urgency',
  objectionHandling: 'Objection handling',
  closingTechnique: 'Closing',
};
const SVG = 'http://www.w3.org/2000/svg';

const $ = (id) => document.getElementById(id);
const views = ['register', 'setup', 'chat', 'voice', 'score', 'progress', 'leaderboard', 'model', 'session',
  'account'];
const OUTCOME_LABELS = { SALE: 'Sale', NO_SALE: 'No sale' };
const SKILL_COLORS = ['#1f4e79', '#b3812e', '#2e7d4f', '#8a3b8f', '#b3412e'];
const LEVEL_LABELS = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard', EXPERT: 'Expert' };
let levels = [];
let product = null;
let lastProgress = null;
let session = null;
let call = null;

// The page may be opened as .../SellMeAPenExt or .../SellMeAPenExt/; the API sits beside it either way.
const apiBase = new URL(location.pathname.endsWith('/') || location.pathname.endsWith('.html')
  ? '.' : location.pathname + '/', location.href);

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = {};
  const token = localStorage.getItem(STORE.token);
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(new URL(path, apiBase), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'We cannot reach the server. Check your connection and try again; nothing you typed is lost.');
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.error) || ('The server answered ' + response.status + '.'));
  }
  return data;
}

function show(view) {
  for (const name of views) $('view-' + name).hidden = name !== view;
  $('notice').hidden = true;
  $('nav').hidden = !localStorage.getItem(STORE.token);
  $('who').textContent = localStorage.getItem(STORE.name) || '';
  const heading = document.querySelector('#view-' + view + ' h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

// Every failure lands here: a 401 means the token is gone, so the trainee signs in again.
function handleFailure(error) {
  if (error.status === 401) {
    localStorage.removeItem(STORE.token);
    localStorage.removeItem(STORE.session);
    show('register');
    showTab('sign-in');
    showError('Your sign-in is no longer valid (signed out, or unused for 30 days). Sign in again, or start'
      + ' afresh as someone new; what you typed is kept.');
    return;
  }
  showError(error.message);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- choosing a buyer ---------------------------------------------------------------------

async function openSetup() {
  clearError();
  if (!levels.length) {
    const data = await api('GET', 'api/difficulty-levels');
    levels = data.levels;
    renderLevels();
    const config = await api('GET', 'api/config');
    const voiceOk = config.voice.available && !!window.AudioWorkletNode && !!navigator.mediaDevices;
    $('mode-voice').disabled = !voiceOk;
    $('mode-voice-label').hidden = !config.voice.available;
    $('voice-note').textContent = voiceOk ? 'Voice uses your microphone; the buyer answers out loud.'
      : (config.voice.available ? 'Voice needs a browser that can use your microphone, such as a recent Chrome,'
        + ' Edge, Firefox or Safari.' : config.voice.reason);
  }
  if (!product) {
    product = (await api('GET', 'api/product')).product;
  }
  renderBrief($('setup-brief'), product);
  await offerResume();
  show('setup');
}

/** The product brief: what the trainee sells and may promise, from the server's product file. */
function renderBrief(box, brief) {
  box.hidden = !brief;
  if (!brief) return;
  const body = box.querySelector('.brief-body');
  const price = '$' + brief.price + (brief.regularPrice > brief.price ? ' (launch price; $' + brief.regularPrice
    + ' after ' + brief.offers[0].ends + ')' : '');
  const facts = el('dl', 'brief-facts');
  const fact = (term, value) => facts.append(el('dt', null, term), el('dd', null, value));
  fact('Price', price);
  fact('Guarantee', brief.guarantee);
  fact('Refills', brief.refills);
  fact('Offers', brief.offers.map((offer) => offer.text).join('. ') + '.');
  const features = el('ul', 'brief-features');
  for (const highlight of brief.highlights) {
    const item = el('li');
    item.append(el('strong', null, highlight.name + ': '), document.createTextNode(highlight.detail));
    features.append(item);
  }
  const lead = el('p', 'brief-lead');
  lead.append(el('strong', null, brief.name), document.createTextNode(' — ' + brief.summary));
  body.replaceChildren(lead, facts, features);
  const title = box.querySelector('summary');
  if (title) title.textContent = 'What you\'re selling: ' + brief.name + ', $' + brief.price;
}

/** Offers to resume the trainee's latest unfinished text session, if there is one. */
async function offerResume() {
  $('resume-box').hidden = true;
  try {
    const data = await api('GET', 'api/me/sessions?limit=20');
    const open = data.sessions.find((s) => s.status === 'IN_PROGRESS' && s.mode === 'TEXT');
    if (open) {
      $('resume-text').textContent = 'You have an unfinished ' + (LEVEL_LABELS[open.difficultyLevel] || '')
        + (open.kind === 'DRILL' ? ' drill' : ' conversation') + ' from ' + new Date(open.startedAt).toLocaleString() + '.';
      $('resume-button').dataset.id = open.id;
      $('resume-box').hidden = false;
    }
  } catch (e) {
    // offering to resume is a convenience: the setup works without it
  }
}

async function resumeSession(id) {
  clearError();
  try {
    const data = await api('GET', 'api/sessions/' + encodeURIComponent(id));
    product = data.product;
    openChat(data.session);
  } catch (e) {
    handleFailure(e);
  }
}

function renderLevels() {
  const box = $('levels');
  box.replaceChildren();
  for (const level of levels) {
    const label = el('label', 'level');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'difficulty';
    input.value = level.level;
    input.checked = level.level === 'MEDIUM';
    label.append(input, el('strong', null, level.label), el('span', 'mult', '×' + level.multiplier.toFixed(1)),
      el('p', null, level.buyerBehavior));
    box.append(label);
  }
}

async function startSession(event) {
  event.preventDefault();
  clearError();
  const chosen = document.querySelector('input[name="difficulty"]:checked');
  const mode = document.querySelector('input[name="mode"]:checked').value;
  $('start-button').disabled = true;
  try {
    const data = await api('POST', 'api/sessions', { difficultyLevel: chosen ? chosen.value : 'MEDIUM', mode });
    product = data.product;
    if (mode === 'VOICE') {
      await openVoice(data.session);
    } else {
      openChat(data.session);
    }
  } catch (e) {
    handleFailure(e);
  } finally {
    $('start-button').disabled = false;
  }
}

// ---- the conversation ---------------------------------------------------------------------

function openChat(current) {
  session = current;
  localStorage.setItem(STORE.session, session.id);
  const level = levels.find((l) => l.level === session.difficultyLevel);
  $('chat-level').textContent = level ? level.label + ' ×' + level.multiplier.toFixed(1) : session.difficultyLevel;
  $('log').replaceChildren();
  for (const turn of session.turns) addBubble(turn);
  $('message').value = localStorage.getItem(STORE.draft) || '';
  setDecision(session.outcome);
  $('hints-toggle').checked = !!session.hints;
  $('hints-toggle').disabled = !!session.hints;
  $('hint').hidden = true;
  $('chat-title').textContent = session.kind === 'DRILL'
    ? 'Drill: ' + (CATEGORY_LABELS[session.drill] || session.drill) : 'Sell the pen';
  renderBrief($('chat-brief'), product);
  // open beside the conversation on a wide screen; one tap away on a phone, where the chat needs the room
  $('chat-brief').open = window.matchMedia('(min-width: 700px)').matches;
  show('chat');
  $('message').focus();
}

async function enableHints() {
  if (!$('hints-toggle').checked || !session) return;
  clearError();
  try {
    const data = await api('POST', 'api/sessions/' + session.id + '/hints', {});
    session.hints = data.session.hints;
    $('hints-toggle').disabled = true;
    $('hint').textContent = 'Hints are on: a nudge will appear after each reply.';
    $('hint').hidden = false;
  } catch (e) {
    $('hints-toggle').checked = false;
    handleFailure(e);
  }
}

function addBubble(turn) {
  const item = el('li', 'bubble ' + turn.speaker.toLowerCase());
  item.append(el('span', 'who-said', turn.speaker === 'BUYER' ? 'Buyer' : 'You'), document.createTextNode(turn.text));
  $('log').append(item);
  $('log').scrollTop = $('log').scrollHeight;
  return item;
}

/** After the buyer decides, the composer gives way to the next step: scoring the pitch. */
function setDecision(outcome) {
  const decided = outcome === 'SALE' || outcome === 'NO_SALE';
  $('decision').hidden = !decided;
  $('decision').className = 'decision ' + (outcome === 'SALE' ? 'sale' : 'no-sale');
  $('decision-text').textContent = outcome === 'SALE' ? 'Sale! The buyer bought the pen.'
    : 'No sale. The buyer said no. See what to try next time:';
  $('message-form').hidden = decided;
  $('message').disabled = decided;
  $('send-button').disabled = decided;
  $('end-button').hidden = decided;
  $('end-confirm').hidden = true;
}

async function sendMessage(event) {
  if (event) event.preventDefault();
  const text = $('message').value.trim();
  if (!text || $('send-button').disabled) return;
  clearError();
  $('send-button').disabled = true;
  const pending = addBubble({ speaker: 'TRAINEE', text });
  $('typing').hidden = false;
  try {
    const data = await api('POST', 'api/sessions/' + session.id + '/messages', { text });
    pending.remove();
    addBubble(data.message);
    addBubble(data.reply);
    session.turns.push(data.message, data.reply);
    $('hint').hidden = !data.hint;
    $('hint').textContent = data.hint ? 'Hint: ' + data.hint : '';
    $('message').value = '';
    localStorage.removeItem(STORE.draft);
    if (data.buyerDecided) {
      session.outcome = data.outcome;
      setDecision(data.outcome);
      $('score-button').focus();
    }
  } catch (e) {
    pending.remove();
    handleFailure(e);
  } finally {
    $('typing').hidden = true;
    if (!session.outcome) $('send-button').disabled = false;
  }
}

function onComposerKey(event) {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendMessage();
  }
}

/** "End and score" in the chat: with fewer than three things said, the trainee confirms first. */
function askToEnd() {
  const said = session ? session.turns.filter((t) => t.speaker === 'TRAINEE').length : 0;
  if (said >= 3 || session.outcome) {
    complete();
    return;
  }
  $('end-confirm-text').textContent = (said === 0 ? 'You have not said anything to the buyer yet'
    : 'You have said only ' + (said === 1 ? 'one thing' : 'two things') + ' so far')
    + '. A pitch is a conversation, so a very short one scores low. End and score it anyway?';
  $('end-confirm').hidden = false;
  $('end-button').hidden = true;
  $('end-confirm-no').focus();
}

function keepSelling() {
  $('end-confirm').hidden = true;
  $('end-button').hidden = !!session.outcome;
  $('message').focus();
}

async function complete() {
  clearError();
  $('end-confirm').hidden = true;
  $('end-button').disabled = true;
  $('score-button').disabled = true;
  $('voice-end-button').disabled = true;
  try {
    const data = await api('POST', 'api/sessions/' + session.id + '/complete', {});
    localStorage.removeItem(STORE.session);
    session = null;
    renderScorecard(data.session, data.evaluation);
  } catch (e) {
    if (e.status === 400 && /nothing to evaluate/.test(e.message)) {
      showError('Say something to the buyer first: there is nothing to score yet.');
      if (!$('view-voice').hidden) $('voice-status').textContent = 'Nothing was said yet, so there is nothing to score.';
    } else {
      handleFailure(e);
    }
  } finally {
    $('end-button').disabled = false;
    $('score-button').disabled = false;
    $('voice-end-button').disabled = false;
  }
}

// ---- voice --------------------------------------------------------------------------------

async function openVoice(current) {
  session = current;
  const level = levels.find((l) => l.level === session.difficultyLevel);
  $('voice-level-label').textContent = level ? level.label + ' ×' + level.multiplier.toFixed(1) : session.difficultyLevel;
  $('voice-log').replaceChildren();
  $('voice-decision').hidden = true;
  $('buyer-draft').hidden = true;
  $('voice-status').textContent = 'Connecting to the buyer…';
  $('mute-button').setAttribute('aria-pressed', 'false');
  $('mute-button').textContent = 'Mute';
  show('voice');
  const ticket = await api('POST', 'api/sessions/' + session.id + '/voice-ticket', {});
  const url = new URL(ticket.path, apiBase);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  call = new VoiceCall(url.toString(), voiceUi());
  try {
    await call.start();
  } catch (e) {
    call.hangUp();
    call = null;
    showError(e.message);
    $('voice-status').textContent = 'Voice is not running. You can end the session or go back to practise by text.';
  }
}

function voiceUi() {
  const view = $('view-voice');
  return {
    status: (text) => { $('voice-status').textContent = text; },
    level: (value) => {
      $('mic-fill').style.width = Math.round(value * 100) + '%';
      $('mic-meter').setAttribute('aria-valuenow', String(Math.round(value * 100)));
    },
    stats: (sent, played) => {
      view.dataset.sentChunks = String(sent);
      view.dataset.playedMs = String(played);
    },
    said: (speaker, text) => {
      $('buyer-draft').hidden = true;
      const item = el('li', 'bubble ' + speaker.toLowerCase());
      item.append(el('span', 'who-said', speaker === 'BUYER' ? 'Buyer' : 'You'), document.createTextNode(text));
      $('voice-log').append(item);
      $('voice-log').scrollTop = $('voice-log').scrollHeight;
    },
    buyerDraft: (text) => {
      $('buyer-draft').hidden = false;
      $('buyer-draft').textContent = 'Buyer: ' + text;
    },
    outcome: (outcome) => {
      session.outcome = outcome;
      $('voice-decision').hidden = false;
      $('voice-decision').className = 'decision ' + (outcome === 'SALE' ? 'sale' : 'no-sale');
      $('voice-decision-text').textContent = outcome === 'SALE' ? 'Sale! The buyer bought the pen.'
        : 'No sale. The buyer said no.';
    },
    error: (message) => showError(message),
    ended: () => {
      $('voice-status').textContent = 'The call has ended. Everything said is saved: end the session to get your scorecard.';
    },
  };
}

function toggleMute() {
  if (!call) return;
  const muted = $('mute-button').getAttribute('aria-pressed') !== 'true';
  call.setMuted(muted);
  $('mute-button').setAttribute('aria-pressed', String(muted));
  $('mute-button').textContent = muted ? 'Unmute' : 'Mute';
  $('voice-status').textContent = muted ? 'Muted: the buyer cannot hear you.' : 'Listening…';
}

async function endVoice() {
  if (call) {
    call.hangUp();
    call = null;
  }
  await complete();
}

// ---- the scorecard ------------------------------------------------------------------------

function renderScorecard(done, evaluation) {
  $('score-total').textContent = evaluation.totalScore;
  $('score-weighted').textContent = evaluation.weightedScore;
  $('score-weight-label').textContent = 'weighted (×' + evaluation.multiplier.toFixed(1) + ')';
  $('score-grade').textContent = evaluation.grade;
  const selfReported = evaluation.source === 'self-reported';
  $('score-outcome').textContent = selfReported ? 'Outcome: not verified.'
    : done.outcome === 'SALE' ? 'Outcome: sale.' : 'Outcome: no sale.';
  $('score-source').hidden = !selfReported;
  $('score-source').textContent = selfReported
    ? 'This conversation was pasted in, not recorded here, so it is scored but its outcome is not counted and it'
      + ' stays off the leaderboard.' : '';
  $('score-feedback').textContent = evaluation.feedback;
  $('score-drill').hidden = done.kind !== 'DRILL';
  if (done.kind === 'DRILL') {
    const skill = evaluation.categories[done.drill];
    $('score-drill').textContent = 'Drill: ' + (CATEGORY_LABELS[done.drill] || done.drill) + ', ' + skill.score + ' / '
      + skill.maxScore + '. Drills practise one skill; they are kept apart from your progress and never ranked.';
  }
  renderAnalytics(done.analytics);
  const points = evaluation.turningPoints || [];
  $('turning-points-section').hidden = points.length === 0;
  $('turning-points').replaceChildren(...points.map((point) => {
    const item = el('li', 'turning-point');
    const said = el('p', 'said');
    said.append(el('span', 'turn', 'Turn ' + point.turn + ', you said: '), el('q', null, point.youSaid));
    item.append(said, el('p', 'instead', 'Try instead: ' + point.tryInstead), el('p', 'why', 'Why: ' + point.why));
    return item;
  }));
  const list = $('categories');
  list.replaceChildren();
  for (const [key, category] of Object.entries(evaluation.categories)) {
    const item = el('li', 'category');
    item.dataset.category = key;
    const head = el('div', 'cat-head');
    head.append(el('span', null, CATEGORY_LABELS[key] || key),
      el('span', 'cat-score', category.score + ' / ' + category.maxScore));
    item.append(head, bar(category.score, category.maxScore, CATEGORY_LABELS[key]), el('p', null, category.feedback));
    for (const evidence of category.evidence) item.append(evidenceItem(evidence));
    list.append(item);
  }
  const recommendations = $('recommendations');
  recommendations.replaceChildren(...evaluation.recommendations.map((text) => el('li', null, text)));
  $('score-evaluator').textContent = 'Scored by the ' + evaluation.evaluator + ' evaluator'
    + (evaluation.model ? ' (model ' + evaluation.model + ').' : '.');
  show('score');
}

function renderAnalytics(analytics) {
  const body = $('analytics').querySelector('tbody');
  body.replaceChildren();
  if (!analytics) return;
  for (const metric of analytics.metrics) {
    const row = el('tr', metric.onTarget ? 'on-target' : 'off-target');
    row.append(el('td', null, metric.label), el('td', null, metric.value + (metric.onTarget ? '' : ' ✗')),
      el('td', null, metric.target));
    body.append(row);
  }
  $('analytics-tip').textContent = analytics.tip ? 'Tip: ' + analytics.tip : 'Every delivery analytic is on target.';
}

/** One quote behind a score: the turn, the trainee's words, and what it earned or cost. */
function evidenceItem(evidence) {
  const quote = el('blockquote', 'evidence ' + (evidence.mark === 'cost' ? 'cost' : 'earned'));
  const points = evidence.points === 0 ? (evidence.mark === 'cost' ? 'no credit' : 'noted')
    : (evidence.points > 0 ? '+' : '−') + Math.abs(evidence.points);
  quote.append(el('span', 'evidence-meta', 'Turn ' + evidence.turn + ' · ' + points), ' ', evidence.quote);
  return quote;
}

function bar(value, max, label) {
  const track = el('div', 'bar');
  track.setAttribute('role', 'img');
  track.setAttribute('aria-label', (label || '') + ' ' + value + ' of ' + max);
  const fill = el('span');
  fill.style.width = Math.max(0, Math.min(100, (100 * value) / max)) + '%';
  track.append(fill);
  return track;
}

// ---- progress -----------------------------------------------------------------------------

// ---- leaderboard --------------------------------------------------------------------------

async function openLeaderboard() {
  clearError();
  try {
    const level = $('board-level').value;
    const data = await api('GET', 'api/leaderboard?limit=20' + (level ? '&difficultyLevel=' + level : ''));
    const body = document.querySelector('#board tbody');
    body.replaceChildren(...data.leaderboard.map((entry) => {
      const row = el('tr');
      row.append(el('td', null, String(entry.rank)), el('td', null, entry.name),
        el('td', null, String(entry.bestWeightedScore)), el('td', null, String(entry.totalScore)),
        el('td', null, LEVEL_LABELS[entry.difficultyLevel] || entry.difficultyLevel));
      return row;
    }));
    $('board-empty').hidden = data.leaderboard.length > 0;
    show('leaderboard');
  } catch (e) {
    handleFailure(e);
  }
}

async function openProgress() {
  clearError();
  try {
    const data = await api('GET', 'api/me/sessions?limit=200');
    show('progress');
    lastProgress = data;
    renderProgress(data.sessions, data.progress);
  } catch (e) {
    handleFailure(e);
  }
}

function renderProgress(sessions, progress) {
  const totals = $('progress-totals');
  totals.replaceChildren();
  const stat = (value, label) => {
    const box = el('div');
    box.append(el('span', 'big', value === null || value === undefined ? '–' : String(value)), el('span', 'label', label));
    totals.append(box);
  };
  stat(progress.sessionsCompleted, progress.sessionsCompleted === 1 ? 'session scored' : 'sessions scored');
  stat(progress.bestWeightedScore, 'best weighted score');
  stat(progress.averageWeightedScore, 'average weighted');
  stat(progress.sales, progress.sales === 1 ? 'sale' : 'sales');

  const scored = sessions.filter((s) => s.weightedScore !== null && s.kind !== 'DRILL').reverse();
  renderChart(scored);
  renderSkills(scored);
  renderFocus(scored);

  const averages = $('averages');
  averages.replaceChildren();
  if (progress.averageCategoryScores) {
    for (const [key, value] of Object.entries(progress.averageCategoryScores)) {
      const item = el('li');
      const head = el('div', 'cat-head');
      head.append(el('span', null, CATEGORY_LABELS[key] || key), el('span', null, value + ' / 20'));
      item.append(head, bar(value, 20, CATEGORY_LABELS[key]));
      averages.append(item);
    }
  } else {
    averages.append(el('li', 'empty', 'Finish a session to see your averages.'));
  }

  const body = $('history').querySelector('tbody');
  body.replaceChildren();
  for (const s of sessions) {
    const row = el('tr');
    row.append(el('td', null, new Date(s.startedAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })),
      el('td', null, LEVEL_LABELS[s.difficultyLevel] || s.difficultyLevel),
      el('td', null, s.source === 'self-reported' && s.status === 'COMPLETED' ? 'Self-reported'
        : s.outcome === 'SALE' ? 'Sale' : s.outcome === 'NO_SALE' ? 'No sale' : statusText(s.status)),
      el('td', null, s.totalScore === null ? '–' : String(s.totalScore)),
      el('td', null, s.weightedScore === null ? '–' : String(s.weightedScore)));
    const open = el('button', 'link', s.status === 'IN_PROGRESS' && s.mode === 'TEXT' ? 'Resume'
      : s.status === 'COMPLETED' ? 'Open' : 'View');
    open.type = 'button';
    open.setAttribute('aria-label', open.textContent + ' the session of ' + new Date(s.startedAt).toLocaleString());
    open.addEventListener('click', () => (open.textContent === 'Resume' ? resumeSession(s.id) : openSession(s.id)));
    const cell = el('td');
    cell.append(open);
    row.append(cell);
    if (s.kind === 'DRILL') row.cells[1].textContent += ' · drill';
    body.append(row);
  }
  if (!sessions.length) {
    const row = el('tr');
    const cell = el('td', 'empty', 'No sessions yet.');
    cell.colSpan = 6;
    row.append(cell);
    body.append(row);
  }
}

// The five categories across practice sessions, one line each, drawn as inline SVG.
function renderSkills(scored) {
  const box = $('skills-chart');
  box.replaceChildren();
  if (!scored.length) {
    box.append(el('p', 'empty', 'Each skill will appear here once you finish a session.'));
    return;
  }
  const keys = Object.keys(CATEGORY_LABELS);
  // drawn at the box's own width, so 11 px labels stay 11 px on a phone
  const width = Math.max(280, Math.round(box.getBoundingClientRect().width) || 600);
  const height = 240;
  const pad = { left: 36, right: 12, top: 12, bottom: 28 };
  const x = (i) => pad.left + (scored.length === 1 ? (width - pad.left - pad.right) / 2
    : (i * (width - pad.left - pad.right)) / (scored.length - 1));
  const y = (v) => height - pad.bottom - (v * (height - pad.top - pad.bottom)) / 20;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Category scores over time: ' + keys.map((k) => CATEGORY_LABELS[k] + ' '
    + scored.map((s) => s.categoryScores[k]).join(', ')).join('; '));
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  for (let v = 0; v <= 20; v += 5) {
    add('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) });
    add('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v));
  }
  keys.forEach((key, k) => {
    add('polyline', { class: 'skill-line', stroke: SKILL_COLORS[k], 'data-skill': key,
      points: scored.map((s, i) => x(i) + ',' + y(s.categoryScores[key])).join(' ') });
    scored.forEach((s, i) => add('circle', { class: 'skill-point', fill: SKILL_COLORS[k], cx: x(i),
      cy: y(s.categoryScores[key]), r: 3.5 }));
  });
  scored.forEach((s, i) => add('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' }, String(i + 1)));
  box.append(svg);
  const legend = el('ul', 'legend');
  keys.forEach((key, k) => {
    const item = el('li');
    const swatch = el('span', 'swatch');
    swatch.style.background = SKILL_COLORS[k];
    item.append(swatch, CATEGORY_LABELS[key]);
    legend.append(item);
  });
  box.append(legend);
}

/** Names the weakest skill of the last five practice sessions and offers a drill for it. */
function renderFocus(scored) {
  const recent = scored.slice(-5);
  $('focus').hidden = !recent.length;
  if (!recent.length) return;
  let weakest = null;
  let lowest = Infinity;
  for (const key of Object.keys(CATEGORY_LABELS)) {
    const average = recent.reduce((sum, s) => sum + s.categoryScores[key], 0) / recent.length;
    if (average < lowest) {
      lowest = average;
      weakest = key;
    }
  }
  $('focus-text').textContent = 'Your focus: ' + CATEGORY_LABELS[weakest] + ' (average ' + lowest.toFixed(1)
    + ' / 20 over your last ' + recent.length + (recent.length === 1 ? ' session' : ' sessions')
    + '). A drill is a short session that starts where this skill is needed.';
  $('drill-button').dataset.skill = weakest;
  $('drill-button').dataset.level = recent[recent.length - 1].difficultyLevel;
}

async function startDrill() {
  clearError();
  try {
    if (!levels.length) await openSetup();
    const data = await api('POST', 'api/sessions', { difficultyLevel: $('drill-button').dataset.level || 'MEDIUM',
      drill: $('drill-button').dataset.skill });
    openChat(data.session);
  } catch (e) {
    handleFailure(e);
  }
}

/** A finished (or abandoned) session, read back: its conversation and scorecard. */
async function openSession(id) {
  clearError();
  try {
    const data = await api('GET', 'api/sessions/' + encodeURIComponent(id));
    const past = data.session;
    $('past-summary').textContent = (LEVEL_LABELS[past.difficultyLevel] || past.difficultyLevel)
      + (past.kind === 'DRILL' ? ' drill' : '') + ', ' + new Date(past.startedAt).toLocaleString() + ' · '
      + (past.totalScore === null ? statusText(past.status) : past.totalScore + '/100');
    $('past-log').replaceChildren(...past.turns.map((turn) => {
      const item = el('li', 'bubble ' + turn.speaker.toLowerCase());
      item.append(el('span', 'who-said', 'Turn ' + turn.seq + ' · ' + (turn.speaker === 'BUYER' ? 'Buyer' : 'You')),
        document.createTextNode(turn.text));
      return item;
    }));
    const actions = $('past-actions');
    actions.replaceChildren();
    if (past.evaluation) {
      const scorecard = el('button', 'primary', 'See the scorecard');
      scorecard.type = 'button';
      scorecard.addEventListener('click', () => renderScorecard(past, past.evaluation));
      actions.append(scorecard);
    }
    const back = el('button', 'secondary', 'Back to my progress');
    back.type = 'button';
    back.addEventListener('click', openProgress);
    actions.append(back);
    show('session');
  } catch (e) {
    handleFailure(e);
  }
}

// ---- the model pitch ----------------------------------------------------------------------

async function openModelPitch() {
  clearError();
  const chosen = document.querySelector('input[name="difficulty"]:checked');
  $('model-button').disabled = true;
  try {
    const data = await api('GET', 'api/model-pitch?difficultyLevel=' + (chosen ? chosen.value : 'MEDIUM'));
    const pitch = data.pitch;
    $('model-summary').textContent = 'The built-in seller against a ' + (LEVEL_LABELS[pitch.difficultyLevel] || '')
      + ' buyer: ' + (pitch.outcome === 'SALE' ? 'a sale' : 'no sale') + ', ' + pitch.evaluation.totalScore
      + '/100 (grade ' + pitch.evaluation.grade + '). Under each of its lines: what that line earned.';
    $('model-log').replaceChildren(...pitch.turns.map((turn) => {
      const item = el('li', 'bubble ' + (turn.speaker === 'BUYER' ? 'buyer' : 'trainee'));
      item.append(el('span', 'who-said', turn.speaker === 'BUYER' ? 'Buyer' : 'Seller'), document.createTextNode(turn.text));
      if (turn.notes.length) {
        const notes = el('ul', 'notes');
        for (const note of turn.notes) {
          notes.append(el('li', note.mark, note.label + ' ' + (note.points > 0 ? '+' + note.points : note.points === 0 ? '·'
            : '−' + Math.abs(note.points))));
        }
        item.append(notes);
      }
      return item;
    }));
    show('model');
  } catch (e) {
    handleFailure(e);
  } finally {
    $('model-button').disabled = false;
  }
}

function statusText(status) {
  return status === 'IN_PROGRESS' ? 'In progress' : status === 'ABANDONED' ? 'Abandoned' : status;
}

// A line chart of weighted scores in the order they were earned, drawn as inline SVG.
function renderChart(scored) {
  const box = $('chart');
  box.replaceChildren();
  if (!scored.length) {
    box.append(el('p', 'empty', 'Your weighted scores will appear here once you finish a session.'));
    return;
  }
  // drawn at the box's own width, so 11 px labels stay 11 px on a phone
  const width = Math.max(280, Math.round(box.getBoundingClientRect().width) || 600);
  const height = 220;
  const pad = { left: 36, right: 12, top: 12, bottom: 28 };
  const top = Math.max(100, ...scored.map((s) => s.weightedScore));
  const x = (i) => pad.left + (scored.length === 1 ? (width - pad.left - pad.right) / 2
    : (i * (width - pad.left - pad.right)) / (scored.length - 1));
  const y = (v) => height - pad.bottom - (v * (height - pad.top - pad.bottom)) / top;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Weighted scores over time: ' + scored.map((s) => s.weightedScore).join(', '));
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  for (let v = 0; v <= top; v += 25) {
    add('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) });
    add('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v));
  }
  add('line', { class: 'axis', x1: pad.left, x2: pad.left, y1: pad.top, y2: height - pad.bottom });
  add('line', { class: 'axis', x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom });
  add('polyline', { class: 'line', points: scored.map((s, i) => x(i) + ',' + y(s.weightedScore)).join(' ') });
  scored.forEach((s, i) => {
    const point = add('circle', { class: 'point', cx: x(i), cy: y(s.weightedScore), r: 4.5 });
    const title = document.createElementNS(SVG, 'title');
    title.textContent = new Date(s.completedAt || s.startedAt).toLocaleDateString() + ': ' + s.weightedScore
      + ' (' + (LEVEL_LABELS[s.difficultyLevel] || s.difficultyLevel) + ')';
    point.append(title);
    add('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' }, String(i + 1));
  });
  box.append(svg);
}

// ---- start-up -----------------------------------------------------------------------------

async function resume() {
  if (!localStorage.getItem(STORE.token)) {
    show('register');
    return;
  }
  try {
    await openSetup();
    const id = localStorage.getItem(STORE.session);
    if (id) {
      const data = await api('GET', 'api/sessions/' + encodeURIComponent(id));
      if (data.session.status === 'IN_PROGRESS' && data.session.mode === 'TEXT') {
        openChat(data.session);
      } else {
        localStorage.removeItem(STORE.session);
      }
    }
  } catch (e) {
    if (e.status === 404) {
      localStorage.removeItem(STORE.session);
      return;
    }
    handleFailure(e);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('setup-form').addEventListener('submit', startSession);
  $('message-form').addEventListener('submit', sendMessage);
  $('message').addEventListener('keydown', onComposerKey);
  $('message').addEventListener('input', () => localStorage.setItem(STORE.draft, $('message').value));
  $('end-button').addEventListener('click', askToEnd);
  $('end-confirm-yes').addEventListener('click', complete);
  $('end-confirm-no').addEventListener('click', keepSelling);
  $('voice-end-button').addEventListener('click', endVoice);
  $('mute-button').addEventListener('click', toggleMute);
  $('score-button').addEventListener('click', complete);
  $('again-button').addEventListener('click', () => openSetup().catch(handleFailure));
  $('progress-practice').addEventListener('click', () => openSetup().catch(handleFailure));
  $('progress-button').addEventListener('click', openProgress);
  $('nav-progress').addEventListener('click', openProgress);
  $('nav-leaderboard').addEventListener('click', openLeaderboard);
  $('model-button').addEventListener('click', openModelPitch);
  $('model-back').addEventListener('click', () => openSetup().catch(handleFailure));
  $('resume-button').addEventListener('click', () => resumeSession($('resume-button').dataset.id));
  $('drill-button').addEventListener('click', startDrill);
  $('hints-toggle').addEventListener('change', enableHints);
  $('board-level').addEventListener('change', openLeaderboard);
  let resizing = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (lastProgress && !$('view-progress').hidden) renderProgress(lastProgress.sessions, lastProgress.progress);
    }, 200);
  });
  $('nav-practice').addEventListener('click', () => {
    if (session && session.status === 'IN_PROGRESS' && !session.outcome && session.mode === 'TEXT') {
      show('chat');
    } else {
      openSetup().catch(handleFailure);
    }
  });
  resume();
});
