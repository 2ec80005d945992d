'use strict';

// Accounts on the trainee page: sign up (a password is optional), sign in on any device, use a
// reset code, set or change the password, and sign out of this browser. Uses api(), show() and the
// other helpers of app.js, which loads after this file.

function showTab(which) {
  $('register-form').hidden = which !== 'register';
  $('sign-in-form').hidden = which !== 'sign-in';
  $('reset-form').hidden = which !== 'reset';
  $('tab-register').setAttribute('aria-pressed', String(which === 'register'));
  $('tab-sign-in').setAttribute('aria-pressed', String(which !== 'register'));
  const first = { register: 'name', 'sign-in': 'sign-in-who', reset: 'reset-code' }[which];
  $(first).focus();
}

function showNotice(message) {
  $('notice').textContent = message;
  $('notice').hidden = false;
}

/** Keeps what the server said about the signed-in trainee, and goes to choosing a buyer. */
async function signedIn(data) {
  localStorage.setItem(STORE.token, data.token);
  localStorage.setItem(STORE.name, data.user.name);
  for (const id of ['password', 'sign-in-password', 'reset-password']) $(id).value = '';
  await openSetup();
}

async function register(event) {
  event.preventDefault();
  clearError();
  const name = $('name').value.trim();
  const email = $('email').value.trim();
  const password = $('password').value;
  if (!name) {
    showError('Please enter your name.');
    $('name').focus();
    return;
  }
  if (password && password.length < 10) {
    showError('A password needs at least 10 characters (or leave it empty to skip it for now).');
    $('password').focus();
    return;
  }
  const body = { name };
  if (email) body.email = email;
  if (password) body.password = password;
  $('register-button').disabled = true;
  try {
    await signedIn(await api('POST', 'api/users', body));
  } catch (e) {
    handleFailure(e);
  } finally {
    $('register-button').disabled = false;
  }
}

async function signIn(event) {
  event.preventDefault();
  clearError();
  const who = $('sign-in-who').value.trim();
  const password = $('sign-in-password').value;
  if (!who || !password) {
    showError('Enter your email (or name) and your password.');
    (who ? $('sign-in-password') : $('sign-in-who')).focus();
    return;
  }
  $('sign-in-button').disabled = true;
  try {
    await signedIn(await api('POST', 'api/auth/sign-in', who.includes('@') ? { email: who, password }
      : { name: who, password }));
  } catch (e) {
    showError(e.status === 401 ? 'That email or name and password do not match an account. Check them and try'
      + ' again, or use a reset code from your manager.' : e.message);
  } finally {
    $('sign-in-button').disabled = false;
  }
}

async function resetPassword(event) {
  event.preventDefault();
  clearError();
  const code = $('reset-code').value.trim();
  const password = $('reset-password').value;
  if (!code || password.length < 10) {
    showError(!code ? 'Enter the reset code from your manager.' : 'A password needs at least 10 characters.');
    return;
  }
  $('reset-button').disabled = true;
  try {
    await signedIn(await api('POST', 'api/auth/reset', { code, password }));
    $('reset-code').value = '';
    showNotice('Your new password is set; every other device was signed out.');
  } catch (e) {
    showError(e.message.charAt(0).toUpperCase() + e.message.slice(1) + '.');
  } finally {
    $('reset-button').disabled = false;
  }
}

let account = null;

async function openAccount() {
  clearError();
  try {
    account = (await api('GET', 'api/me')).user;
    const who = account.name + (account.email ? ' (' + account.email + ')' : '');
    $('account-summary').textContent = 'Signed in as ' + who + (account.hasPassword
      ? '. You can sign in with your ' + (account.email ? 'email' : 'name') + ' and password on any device.'
      : '. You have no password yet: this browser is the only way into your account.');
    $('password-title').textContent = account.hasPassword ? 'Change your password' : 'Set a password';
    $('current-password-row').hidden = !account.hasPassword;
    $('sign-out-note').textContent = account.hasPassword ? 'Signing out affects this browser only.'
      : 'Set a password before you sign out, or you cannot come back to this account.';
    $('sign-out-warning').hidden = true;
    show('account');
  } catch (e) {
    handleFailure(e);
  }
}

async function savePassword(event) {
  event.preventDefault();
  clearError();
  const password = $('new-password').value;
  if (password.length < 10) {
    showError('A password needs at least 10 characters.');
    $('new-password').focus();
    return;
  }
  const body = { password };
  if (account && account.hasPassword) body.currentPassword = $('current-password').value;
  $('password-button').disabled = true;
  try {
    await api('PUT', 'api/me/password', body);
    $('new-password').value = '';
    $('current-password').value = '';
    await openAccount();
    showNotice('Password saved. Other devices were signed out; this one stays signed in.');
  } catch (e) {
    if (e.status === 403) {
      showError('That current password is not right.');
    } else {
      handleFailure(e);
    }
  } finally {
    $('password-button').disabled = false;
  }
}

/** Signs out of this browser; an account without a password gets a warning first. */
async function signOut(force) {
  clearError();
  if (account && !account.hasPassword && force !== true) {
    $('sign-out-warning').hidden = false;
    $('set-password-first').focus();
    return;
  }
  try {
    await api('POST', 'api/auth/sign-out');
  } catch (e) {
    // the token may already be gone (expired, revoked); this browser forgets it either way
  }
  for (const key of Object.values(STORE)) localStorage.removeItem(key);
  session = null;
  account = null;
  show('register');
  showTab('sign-in');
  showNotice('You are signed out of this browser.');
}

document.addEventListener('DOMContentLoaded', () => {
  $('register-form').addEventListener('submit', register);
  $('sign-in-form').addEventListener('submit', signIn);
  $('reset-form').addEventListener('submit', resetPassword);
  $('tab-register').addEventListener('click', () => showTab('register'));
  $('tab-sign-in').addEventListener('click', () => showTab('sign-in'));
  $('show-reset').addEventListener('click', () => showTab('reset'));
  $('nav-account').addEventListener('click', openAccount);
  $('password-form').addEventListener('submit', savePassword);
  $('sign-out').addEventListener('click', () => signOut(false));
  $('sign-out-anyway').addEventListener('click', () => signOut(true));
  $('set-password-first').addEventListener('click', () => {
    $('sign-out-warning').hidden = true;
    $('new-password').focus();
  });
});
