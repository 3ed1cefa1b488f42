// Small pieces every page uses: headings, alerts, badges, busy buttons, the sandboxed HTML frame.
import { h, append, clear } from './dom.js';
import { ApiError } from './api.js';
import { t, tOr } from './i18n.js';

/** The page's h1 (focused after navigation so screen readers announce the new page) and its actions. */
export function pageHeader(title, { actions = [], subtitle, back } = {}) {
  return h('div', { class: 'page-header' },
    back ? h('a', { class: 'back-link', href: back.href }, '← ', back.label) : null,
    h('div', { class: 'page-header-row' },
      h('h1', { tabindex: '-1', 'data-page-title': '' }, title),
      actions.length ? h('div', { class: 'page-actions' }, actions) : null),
    subtitle ? h('p', { class: 'page-subtitle' }, subtitle) : null);
}

export function section(title, ...children) {
  const id = `s-${Math.random().toString(36).slice(2, 9)}`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), children);
}

/** An error from the API (or anything thrown) as an alert the user can read. */
export function errorAlert(error) {
  return h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'error' }, errorText(error));
}

export function errorText(error) {
  if (error instanceof ApiError) return error.display;
  return t('error.unexpected', { message: error?.message ?? String(error) });
}

export function notice(text, kind = 'info') {
  return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A status/state badge; the CSS colours it by value. */
export function badge(group, value) {
  if (!value) return null;
  return h('span', { class: `badge badge-${group.toLowerCase()}-${String(value).toLowerCase()}` }, tOr(`${group}.${value}`, value));
}

/** Announces a short result (saved, sent) in the page's live region. */
export function announce(text, kind = 'success') {
  const region = document.getElementById('toasts');
  if (!region) return;
  const toast = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
  append(region, toast);
  setTimeout(() => toast.remove(), 6000);
}

/**
 * Runs an action from a button or form: disables the controls, clears and fills the error slot,
 * and returns the action's result or undefined when it failed (the error is shown).
 */
export async function run(action, { button, errorSlot } = {}) {
  if (button) button.disabled = true;
  if (errorSlot) clear(errorSlot);
  try {
    return await action();
  } catch (error) {
    if (error?.name === 'AbortError') return undefined;
    if (errorSlot) append(errorSlot, errorAlert(error));
    else announce(errorText(error), 'error');
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

export function button(label, onClick, { kind = 'secondary', type = 'button', testid, ...props } = {}) {
  return h('button', { type, class: `button button-${kind}`, 'data-testid': testid, on: onClick ? { click: onClick } : undefined, ...props }, label);
}

export function linkButton(label, href, { kind = 'secondary', ...props } = {}) {
  return h('a', { class: `button button-${kind}`, href, ...props }, label);
}

/**
 * Shows HTML that the console did not write (an inbound email, a rendered statement) in an iframe.
 *
 * Safety does not rest on this code: the server sanitized the HTML, the frame's sandbox never has
 * allow-scripts (nor forms, popups or top navigation), and the frame inherits this page's CSP
 * (script-src 'self'). The HTML is parsed only in an inert DOMParser document, never into the page.
 *
 * That inherited CSP (style-src 'self') also refuses inline style attributes, which is all an
 * email's look is made of. So the attributes are set aside as data-pia-style, and for HTML we
 * wrote ourselves (`styled`: the statement email) the frame is same-origin, still script-less, and
 * the styles go back on through the CSSOM, which the CSP allows. The preview then looks exactly
 * like what is sent. Inbound mail keeps an opaque origin, loads nothing remote (tracking pixels),
 * and shows its structure with the console's frame.css.
 */
export function sandboxedFrame(html, { title, styled = false, blockRemoteContent = false, className = '' } = {}) {
  const frame = h('iframe', { title, class: ['html-frame', className], referrerpolicy: 'no-referrer' });
  setFrameHtml(frame, html, { styled, blockRemoteContent });
  return frame;
}

const styleAttribute = 'data-pia-style';

export function setFrameHtml(frame, html, { styled = false, blockRemoteContent = false } = {}) {
  // Renamed before parsing: even the inert parser reports each style attribute to the CSP.
  const source = String(html ?? '').replace(/(<[a-zA-Z][^>]*?\s)style\s*=/g, `$1${styleAttribute}=`);
  const doc = new DOMParser().parseFromString(source, 'text/html');
  for (const el of doc.querySelectorAll('script, style, link, base, meta[http-equiv], object, embed, [style]')) {
    if (el.hasAttribute('style')) el.removeAttribute('style'); else el.remove();
  }
  const head = doc.head;
  head.prepend(
    Object.assign(doc.createElement('meta'), { httpEquiv: 'Content-Type', content: 'text/html; charset=utf-8' }),
    ...(blockRemoteContent
      ? [Object.assign(doc.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; img-src data:; style-src 'self'" })]
      : []),
    Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: '/css/frame.css' }));

  frame.setAttribute('sandbox', styled ? 'allow-same-origin' : '');
  frame.onload = styled ? () => restoreStyles(frame) : null;
  frame.srcdoc = `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

function restoreStyles(frame) {
  const inner = frame.contentDocument;
  if (!inner) return;
  for (const el of inner.querySelectorAll(`[${styleAttribute}]`)) el.style.cssText = el.getAttribute(styleAttribute);
  // Same-origin, so the frame can be as tall as the email and the page scrolls instead of the frame.
  frame.style.height = `${Math.max(inner.documentElement.scrollHeight, 200) + 4}px`;
}

/** Confirms a consequential action in the user's language. */
export function confirmAction(text) {
  return window.confirm(text);
}

/** Shows role names the way the team says them. */
export function roleLabel(role) {
  const key = `role.${String(role).charAt(0).toLowerCase()}${String(role).slice(1)}`;
  return tOr(key, String(role));
}

/** Tabs as links (the router owns the state), with aria-current on the active one. */
export function tabs(label, items, activeKey) {
  return h('nav', { class: 'tabs', 'aria-label': label },
    h('ul', {}, items.map(item => h('li', {},
      h('a', { href: item.href, 'aria-current': item.key === activeKey ? 'page' : null, 'data-testid': `tab-${item.key}` }, item.label)))));
}
