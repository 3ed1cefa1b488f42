// One inquiry: the thread (inbound HTML only in a sandboxed frame), why it was routed where it
// was, and what the team can do with it: reply, assign, note, close or reopen.
import { h, append, clear, field, facts } from '../dom.js';
import { get, post, segment } from '../api.js';
import { t, tOr, formatDateTime, formatBytes } from '../i18n.js';
import { href } from '../router.js';
import { currentMember } from '../session.js';
import { pageHeader, section, errorAlert, loading, badge, run, button, announce, sandboxedFrame, setFrameHtml, confirmAction, empty } from '../ui.js';
import { countdown } from '../deadline.js';
import { timeline } from '../timeline.js';
import { renderMarkdown } from '../preview.js';
import { personName } from './inquiries.js';

// Unsent replies survive a re-render (language switch, another action on the page).
const replyDrafts = new Map();

export async function render(container, context) {
  const reference = context.params.reference;
  const path = `/api/inquiries/${segment(reference)}`;
  context.setTitle(reference);
  context.isDirty = () => Boolean(replyDrafts.get(reference)?.trim());

  const draw = async () => {
    append(clear(container), loading());
    let inquiry;
    try {
      inquiry = await get(path, { signal: context.signal });
    } catch (error) {
      append(clear(container), pageHeader(reference, { back: backLink() }), errorAlert(error));
      return;
    }
    append(clear(container), page(inquiry, path, draw, context));
  };
  await draw();
}

const backLink = () => ({ href: '#/inquiries', label: t('inquiries.title') });

function page(inquiry, path, reload, context) {
  const closed = String(inquiry.status).toLowerCase() === 'closed';
  const errorSlot = h('div', { class: 'error-slot' });
  const stateAction = closed
    ? button(t('inquiry.reopen'), e => act(e.currentTarget, `${path}/reopen`, {}, t('inquiry.reopened')), { testid: 'reopen' })
    : button(t('inquiry.close'), e => confirmAction(t('inquiry.confirmClose')) && act(e.currentTarget, `${path}/close`, {}, t('inquiry.closed')), { testid: 'close' });

  async function act(buttonEl, url, body, doneText) {
    const result = await run(() => post(url, body, { signal: context.signal }), { button: buttonEl, errorSlot });
    if (result !== undefined) {
      announce(doneText);
      await reload();
    }
  }

  const deadline = countdown(inquiry);
  const timer = setInterval(deadline.refresh, 30000);
  context.onDispose(() => clearInterval(timer));

  return h('div', { class: 'inquiry' },
    pageHeader(inquiry.subject || t('inquiries.noSubject'), {
      back: backLink(),
      subtitle: h('span', { class: 'subtitle-row' },
        h('span', { class: 'reference', 'data-testid': 'inquiry-reference' }, inquiry.reference), ' ',
        badge('inquiryStatus', inquiry.status), ' ',
        inquiry.urgent ? h('span', { class: 'badge badge-urgent' }, t('inquiries.urgent')) : null),
      actions: [stateAction],
    }),
    errorSlot,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' },
        section(t('inquiry.thread'), thread(inquiry)),
        closed ? null : replyForm(inquiry, path, reload, context),
        section(t('inquiry.notes'), notesList(inquiry), noteForm(path, reload, context))),
      h('aside', { class: 'layout-side', 'aria-label': t('inquiry.details') },
        section(t('inquiry.details'), facts([
          [t('inquiry.from'), personLine(inquiry.from)],
          [t('inquiry.outlet'), inquiry.outlet],
          [t('inquiry.language'), inquiry.language ? tOr(`language.${inquiry.language}`, inquiry.language) : null],
          [t('inquiry.deadline'), deadline.element],
          [t('inquiry.deadlineAt'), inquiry.deadlineUtc ? formatDateTime(inquiry.deadlineUtc) : null],
          [t('inquiry.kind'), inquiry.kind ? tOr(`inquiryKind.${inquiry.kind}`, inquiry.kind) : null],
          [t('inquiry.assignee'), inquiry.assignee ? personName(inquiry.assignee) : t('inquiries.unassigned')],
          [t('inquiry.watchers'), (inquiry.watchers ?? []).map(personName).join(', ')],
          [t('inquiry.received'), inquiry.receivedAt ? formatDateTime(inquiry.receivedAt) : null],
        ]), assignForm(inquiry, path, reload, context)),
        inquiry.routing ? section(t('inquiry.routing'), routingExplanation(inquiry.routing)) : null,
        journalistContext(inquiry),
        section(t('inquiry.timeline'), timeline(inquiry.timeline, { group: 'inquiryEvent' })))));
}

function personLine(from) {
  if (!from) return null;
  if (typeof from === 'object') return [from.name ?? '', from.email ? ` <${from.email}>` : ''].join('');
  return from;
}

function routingExplanation(routing) {
  return h('div', { class: 'routing', 'data-testid': 'routing' },
    routing.rule ? h('p', {}, h('strong', {}, tOr(`routingRule.${routing.rule}`, routing.rule))) : null,
    routing.reason ? h('p', {}, routing.reason) : null);
}

function thread(inquiry) {
  const messages = inquiry.messages ?? [];
  if (!messages.length) return empty(t('inquiry.noMessages'));
  return h('ol', { class: 'thread' }, messages.map(message => h('li', {}, messageView(inquiry, message))));
}

function messageView(inquiry, message) {
  const inbound = String(message.direction).toLowerCase().startsWith('in');
  const body = h('div', { class: 'message-body' });
  const hasText = Boolean(message.text?.trim());
  const showText = () => append(clear(body), h('pre', { class: 'message-text' }, message.text ?? ''));
  const showHtml = () => append(clear(body), sandboxedFrame(message.html, {
    title: t('inquiry.htmlFrameTitle', { from: personName(message.from) }), blockRemoteContent: inbound,
  }));
  let showingHtml = !hasText && Boolean(message.html);
  const toggle = message.html && hasText ? button(t('inquiry.showHtml'), e => {
    showingHtml = !showingHtml;
    if (showingHtml) showHtml(); else showText();
    e.currentTarget.textContent = showingHtml ? t('inquiry.showText') : t('inquiry.showHtml');
    e.currentTarget.setAttribute('aria-pressed', String(showingHtml));
  }, { kind: 'link', 'aria-pressed': 'false' }) : null;
  if (showingHtml) showHtml(); else showText();

  return h('article', { class: ['message', inbound ? 'message-in' : 'message-out'], 'data-testid': 'message' },
    h('header', { class: 'message-header' },
      h('span', { class: 'message-direction' }, inbound ? t('inquiry.inbound') : t('inquiry.outbound')),
      h('span', { class: 'message-from' }, personLine(message.from)),
      message.sentAt ? h('time', { datetime: message.sentAt }, formatDateTime(message.sentAt)) : null,
      message.kind ? h('span', { class: 'muted' }, tOr(`messageKind.${message.kind}`, message.kind)) : null,
      toggle),
    body,
    message.attachments?.length ? h('ul', { class: 'attachments', 'aria-label': t('inquiry.attachments') },
      message.attachments.map(a => h('li', {},
        h('a', { href: `/api/inquiries/${segment(inquiry.reference)}/attachments/${segment(a.id)}`, download: a.fileName ?? '' }, a.fileName ?? a.id),
        h('span', { class: 'muted' }, ` ${a.contentType ?? ''} · ${formatBytes(a.size)}`)))) : null);
}

function replyForm(inquiry, path, reload, context) {
  const reference = inquiry.reference;
  const textarea = h('textarea', {
    rows: 10, name: 'markdown', required: true, class: 'markdown-input', 'data-testid': 'reply-markdown',
    value: replyDrafts.get(reference) ?? '',
    on: { input: e => replyDrafts.set(reference, e.target.value) },
  });
  const previewArea = h('div', { class: 'preview-area', 'aria-live': 'polite' });
  const errorSlot = h('div', { class: 'error-slot' });
  const previewButton = button(t('common.preview'), async e => {
    const html = await run(() => renderMarkdown(textarea.value, { signal: context.signal, kind: 'reply' }), { button: e.currentTarget, errorSlot });
    if (html === undefined) return;
    append(clear(previewArea), h('h3', {}, t('common.preview')), html === null
      ? h('pre', { class: 'markdown-source' }, textarea.value)
      : sandboxedFrame(html, { title: t('common.preview') }));
  }, { testid: 'reply-preview' });

  const form = h('form', { class: 'stack', on: { submit: async e => {
    e.preventDefault();
    if (!textarea.value.trim()) { textarea.focus(); return; }
    if (!confirmAction(t('inquiry.confirmReply', { to: personName(inquiry.from) }))) return;
    const result = await run(() => post(`${path}/reply`, { markdown: textarea.value }, { signal: context.signal }), { button: e.submitter, errorSlot });
    if (result === undefined) return;
    replyDrafts.delete(reference);
    announce(t('inquiry.replySent'));
    await reload();
  } } },
  field(t('inquiry.replyLabel'), textarea, { hint: t('inquiry.replyHint', { reference }) }),
  errorSlot,
  h('div', { class: 'form-actions' }, previewButton, h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'reply-send' }, t('inquiry.sendReply'))),
  previewArea);
  return section(t('inquiry.reply'), form);
}

function assignForm(inquiry, path, reload, context) {
  const me = currentMember();
  const listId = `assignees-${inquiry.reference}`;
  const known = new Set([me?.email, assigneeEmail(inquiry.assignee), ...(inquiry.watchers ?? []).map(assigneeEmail)].filter(Boolean));
  const input = h('input', { type: 'email', name: 'assignee', list: listId, required: true, value: assigneeEmail(inquiry.assignee) ?? '', autocomplete: 'off' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    const result = await run(() => post(`${path}/assign`, { assignee: input.value.trim() }, { signal: context.signal }), { button: e.submitter, errorSlot });
    if (result !== undefined) { announce(t('inquiry.assigned')); await reload(); }
  } } },
  field(t('inquiry.assignTo'), input),
  h('datalist', { id: listId }, [...known].map(email => h('option', { value: email }))),
  errorSlot,
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-secondary', 'data-testid': 'assign' }, t('inquiry.assign')),
    me && assigneeEmail(inquiry.assignee) !== me.email
      ? button(t('inquiry.assignMe'), () => { input.value = me.email; input.form.requestSubmit(); }, { kind: 'link' })
      : null));
}

const assigneeEmail = value => (typeof value === 'object' && value ? value.email : value) ?? null;

function notesList(inquiry) {
  const notes = inquiry.notes ?? [];
  if (!notes.length) return null;
  return h('ul', { class: 'notes' }, notes.map(note => h('li', { class: 'note' },
    h('p', { class: 'note-text' }, note.text ?? ''),
    h('p', { class: 'muted' }, [note.author ?? note.by, note.at ? formatDateTime(note.at) : null].filter(Boolean).join(' · ')))));
}

function noteForm(path, reload, context) {
  const textarea = h('textarea', { rows: 3, name: 'text', required: true, 'data-testid': 'note-text' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    const result = await run(() => post(`${path}/notes`, { text: textarea.value }, { signal: context.signal }), { button: e.submitter, errorSlot });
    if (result !== undefined) { announce(t('inquiry.noteAdded')); await reload(); }
  } } },
  field(t('inquiry.noteLabel'), textarea, { hint: t('inquiry.noteHint') }),
  errorSlot,
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-secondary' }, t('inquiry.addNote'))));
}

/** The journalist's other open inquiries and the statements recently sent to them, when the API gives them. */
function journalistContext(inquiry) {
  const others = inquiry.otherInquiries ?? inquiry.journalist?.openInquiries ?? null;
  const statements = inquiry.recentStatements ?? inquiry.journalist?.recentStatements ?? null;
  const email = inquiry.journalist?.email ?? assigneeEmailFrom(inquiry.from);
  if (!others && !statements && !email) return null;
  return section(t('inquiry.journalist'),
    email ? h('p', {}, h('a', { href: href(['contacts', email]) }, t('inquiry.openContact'))) : null,
    others ? h('div', {}, h('h3', {}, t('inquiry.otherInquiries')), others.length
      ? h('ul', { class: 'plain-list' }, others.map(o => h('li', {}, h('a', { href: href(['inquiries', o.reference]) }, o.reference), ' ', o.subject ?? '')))
      : empty(t('inquiry.noOtherInquiries'))) : null,
    statements ? h('div', {}, h('h3', {}, t('inquiry.recentStatements')), statements.length
      ? h('ul', { class: 'plain-list' }, statements.map(s => h('li', {}, h('a', { href: href(['statements', s.id]) }, s.title ?? s.id),
        s.sentAt ? h('span', { class: 'muted' }, ` · ${formatDateTime(s.sentAt)}`) : null)))
      : empty(t('inquiry.noRecentStatements'))) : null);
}

function assigneeEmailFrom(from) {
  if (!from) return null;
  if (typeof from === 'object') return from.email ?? null;
  const match = /<([^>]+)>/.exec(from);
  return match ? match[1] : from.includes('@') ? from.trim() : null;
}
