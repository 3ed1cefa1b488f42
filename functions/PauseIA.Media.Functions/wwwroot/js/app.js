// The console's shell: who is signed in, the header and navigation, the language switch,
// and the hash router that mounts one page at a time into <main>.
import { h, append, clear } from './dom.js';
import { get, ApiError, whenUnauthorized } from './api.js';
import { t, language, languages, setLanguage, hasChosenLanguage } from './i18n.js';
import { currentRoute } from './router.js';
import { currentMember, setMember, isAdmin, hasRole, signInUrl, signOutUrl } from './session.js';
import { canDecideSends } from './sends.js';
import { errorAlert, roleLabel, loading } from './ui.js';
import { resolveRoute } from './routes.js';

const header = document.getElementById('app-header');
const main = document.getElementById('main');

let mounted = null; // { controller, context, isDirty } of the page on screen

async function boot() {
  setLanguage(language(), { remember: false });
  document.querySelector('.skip-link')?.addEventListener('click', event => {
    event.preventDefault();
    main.focus();
  });
  whenUnauthorized(() => showSignIn());
  renderHeader();
  append(clear(main), loading());
  try {
    const me = await get('/api/me');
    setMember(me);
    if (!hasChosenLanguage() && languages.includes(me.language)) setLanguage(me.language, { remember: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return showSignIn();
    renderHeader();
    return append(clear(main), h('div', { class: 'page-narrow' }, h('h1', { tabindex: '-1' }, t('app.cannotStart')), errorAlert(error),
      h('p', {}, h('a', { href: signOutUrl() }, t('nav.signOut')))));
  }
  renderHeader();
  // Only "#/…" fragments are routes; "#main" (the skip link) is not.
  window.addEventListener('hashchange', () => {
    if (location.hash === '' || location.hash.startsWith('#/')) show();
  });
  window.addEventListener('beforeunload', event => {
    if (mounted?.isDirty?.()) event.preventDefault();
  });
  show();
}

function showSignIn() {
  setMember(null);
  unmount();
  renderHeader();
  append(clear(main), h('div', { class: 'page-narrow sign-in' },
    h('h1', { tabindex: '-1' }, t('app.signInTitle')),
    h('p', {}, t('app.signInText')),
    h('p', {}, h('a', { class: 'button button-primary', href: signInUrl(), 'data-testid': 'sign-in' }, t('nav.signIn')))));
  document.title = t('app.title');
}

function renderHeader() {
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('app.skipToContent');
  const member = currentMember();
  const route = currentRoute();
  const section = route.path[0] ?? 'inquiries';
  const navItems = member ? [
    { key: 'inquiries', label: t('nav.inquiries') },
    canReadInbound() ? { key: 'inbound', label: t('nav.inbound') } : null,
    { key: 'contacts', label: t('nav.contacts') },
    { key: 'statements', label: t('nav.statements') },
    isAdmin() ? { key: 'outbox', label: t('nav.outbox') } : null,
    canDecideSends() ? { key: 'mail-sends', label: t('nav.mailSends') } : null,
    isAdmin() ? { key: 'poison', label: t('nav.poison') } : null,
  ].filter(Boolean) : [];

  append(clear(header), h('div', { class: 'header-bar' },
    h('a', { class: 'brand', href: member ? '#/inquiries' : '#/' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '❚❚'),
      h('span', { class: 'brand-name' }, t('app.brand'))),
    navItems.length ? h('nav', { class: 'main-nav', 'aria-label': t('nav.label') },
      h('ul', {}, navItems.map(item => h('li', {},
        h('a', { href: `#/${item.key}`, 'aria-current': item.key === section ? 'page' : null, 'data-testid': `nav-${item.key}` }, item.label))))) : null,
    h('div', { class: 'account' },
      member ? h('div', { class: 'who', 'data-testid': 'who' },
        h('span', { class: 'who-name', 'data-testid': 'user-name' }, member.displayName || member.email),
        h('span', { class: 'who-roles', 'data-testid': 'user-roles' }, rolesText(member))) : null,
      languageSwitch(),
      member ? h('a', { class: 'sign-out', href: signOutUrl() }, t('nav.signOut')) : null)));
}

// The roles InboundMailFunctions admits: a local lead sees only their city's inquiries, not the whole inbox.
const canReadInbound = () => ['spokesperson', 'commsDirector', 'pressOfficer', 'admin'].some(hasRole);

function rolesText(member) {
  return (member.roles ?? []).map(role => {
    const label = roleLabel(role);
    return String(role).toLowerCase() === 'locallead' && member.cities?.length ? `${label} (${member.cities.join(', ')})` : label;
  }).join(' · ');
}

function languageSwitch() {
  return h('div', { class: 'language-switch', role: 'group', 'aria-label': t('nav.language') },
    languages.map(code => h('button', {
      type: 'button',
      lang: code,
      'aria-pressed': String(code === language()),
      'data-testid': `language-${code}`,
      title: t(`language.${code}`),
      on: { click: () => switchLanguage(code) },
    }, code.toUpperCase())));
}

function switchLanguage(code) {
  if (code === language()) return;
  setLanguage(code);
  renderHeader();
  // Pages re-render in the new language; an editor keeps its draft through its own cache.
  if (currentMember()) show({ keepDirty: true, focus: false });
  else showSignIn();
  header.querySelector(`[data-testid="language-${code}"]`)?.focus();
}

let lastHash = location.hash;

async function show({ keepDirty = false, focus = true } = {}) {
  if (!currentMember()) return;
  if (!keepDirty && mounted?.isDirty?.() && location.hash !== lastHash && !window.confirm(t('app.leaveUnsaved'))) {
    history.replaceState(null, '', lastHash || '#/');
    return;
  }
  lastHash = location.hash;
  const route = currentRoute();
  if (route.path.length === 0) {
    location.replace('#/inquiries');
    return;
  }
  unmount();
  renderHeader();
  const controller = new AbortController();
  const context = {
    path: route.path,
    query: route.query,
    signal: controller.signal,
    member: currentMember(),
    params: {},
    disposers: [],
    isDirty: null,
    onDispose(fn) { this.disposers.push(fn); },
    setTitle(title) { document.title = `${title} · ${t('app.title')}`; },
  };
  mounted = { controller, context, isDirty: () => context.isDirty?.() ?? false };
  const view = resolveRoute(route.path);
  const container = h('div', { class: 'page' });
  append(clear(main), container);
  document.title = t('app.title');
  if (!view) {
    append(container, h('h1', { tabindex: '-1' }, t('error.pageNotFound')), h('p', {}, h('a', { href: '#/inquiries' }, t('nav.inquiries'))));
    focusTitle(container, focus);
    return;
  }
  context.params = view.params;
  try {
    await view.render(container, context);
  } catch (error) {
    if (error?.name === 'AbortError') return;
    if (controller.signal.aborted) return;
    append(clear(container), h('h1', { tabindex: '-1' }, t('error.pageFailed')), errorAlert(error));
  }
  if (!controller.signal.aborted) focusTitle(container, focus);
}

let firstPage = true;

/** After a navigation, focus the new page's title so screen readers announce it (not on first load). */
function focusTitle(container, focus) {
  if (focus && !firstPage) container.querySelector('h1')?.focus();
  firstPage = false;
}

function unmount() {
  if (!mounted) return;
  mounted.controller.abort();
  for (const dispose of mounted.context.disposers) {
    try { dispose(); } catch (error) { console.error(error); }
  }
  mounted = null;
}

boot();
