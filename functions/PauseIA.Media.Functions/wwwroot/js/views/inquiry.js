// One inquiry: the thread (inbound HTML only in a sandboxed frame), why it was routed where it
// was, the journalist's other inquiries and the statements sent to them, and what the team can
// do: reply, assign, note, close or reopen. Every change carries the version read (If-Match).
import { h, append, clear, field, facts, checkbox } from '../dom.js';
import { get, post, request, segment, withQuery } from '../api.js';
import { t, tOr, formatDateTime, formatBytes, localizeServerMessage } from '../i18n.js';
import { href } from '../router.js';
import { currentMember } from '../session.js';
import { pageHeader, section, errorAlert, loading, badge, run, button, announce, sandboxedFrame, confirmAction, empty, linkButton } from '../ui.js';
import { countdown } from '../deadline.js';
import { timeline } from '../timeline.js';
import { inquirySends } from '../sends.js';
import { personName, addressLine } from './inquiries.js';

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
  const closed = inquiry.status === 'closed';
  const errorSlot = h('div', { class: 'error-slot' });
  // Runs a command with the version read, then shows the inquiry as it now is.
  const command = async (buttonEl, action, body, doneText, slot = errorSlot) => {
    const result = await run(() => request(`${path}/${action}`, { method: 'POST', json: body, etag: inquiry.version, signal: context.signal }),
      { button: buttonEl, errorSlot: slot });
    if (result === undefined) return false;
    announce(typeof doneText === 'function' ? doneText(result.data) : doneText);
    await reload();
    return true;
  };
  const stateAction = closed
    ? button(t('inquiry.reopen'), e => command(e.currentTarget, 'reopen', {}, t('inquiry.reopened')), { testid: 'reopen' })
    : button(t('inquiry.close'), e => confirmAction(t('inquiry.confirmClose')) && command(e.currentTarget, 'close', {}, t('inquiry.closed')), { testid: 'close' });

  const deadline = countdown(inquiry);
  const timer = setInterval(deadline.refresh, 30000);
  context.onDispose(() => clearInterval(timer));
  const journalist = h('div', {}, loading());

  const view = h('div', { class: 'inquiry' },
    pageHeader(inquiry.subject || t('inquiries.noSubject'), {
      back: backLink(),
      subtitle: h('span', { class: 'subtitle-row' },
        h('span', { class: 'reference', 'data-testid': 'inquiry-reference' }, inquiry.reference),
        h('span', { 'data-testid': 'inquiry-status' }, badge('inquiryStatus', inquiry.status)),
        inquiry.urgent ? h('span', { class: 'badge badge-urgent', title: inquiry.urgencyReason ?? '' }, t('inquiries.urgent')) : null,
        inquiry.overdue ? h('span', { class: 'badge badge-danger' }, t('inquiry.overdue')) : null),
      actions: [
        closed ? null : linkButton(t('inquiry.answerWithStatement'), href(['statements', 'new'], { inquiry: inquiry.reference })),
        stateAction,
      ],
    }),
    errorSlot,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' },
        section(t('inquiry.thread'), inquirySends(inquiry.sends, reload), thread(inquiry)),
        closed ? null : replyForm(inquiry, command, context),
        section(t('inquiry.notes'), notesList(inquiry), noteForm(command))),
      h('aside', { class: 'layout-side', 'aria-label': t('inquiry.details') },
        section(t('inquiry.details'), facts([
          [t('inquiry.from'), addressLine(inquiry.from)],
          [t('inquiry.outlet'), outletText(inquiry.outlet)],
          [t('inquiry.city'), inquiry.city],
          [t('inquiry.language'), tOr(`language.${inquiry.language}`, inquiry.language)],
          [t('inquiry.deadline'), deadline.element],
          [t('inquiry.deadlineAt'), inquiry.deadlineUtc ? formatDateTime(inquiry.deadlineUtc) : null],
          [t('inquiry.urgency'), inquiry.urgencyReason ? localizeServerMessage(inquiry.urgencyReason) : null],
          [t('inquiry.kind'), tOr(`inquiryKind.${inquiry.kind}`, inquiry.kind)],
          [t('inquiry.assignee'), inquiry.assignee ? addressLine(inquiry.assignee) : t('inquiries.unassigned')],
          [t('inquiry.watchers'), (inquiry.watchers ?? []).map(personName).join(', ')],
          [t('inquiry.forwardedBy'), inquiry.forwardedBy],
          [t('inquiry.related'), inquiry.relatedReference ? h('a', { href: href(['inquiries', inquiry.relatedReference]) }, inquiry.relatedReference) : null],
          [t('inquiry.statement'), inquiry.statementId ? h('a', { href: href(['statements', inquiry.statementId]) }, t('inquiry.openStatement')) : null],
          [t('inquiry.received'), formatDateTime(inquiry.receivedAt)],
          [t('inquiry.answered'), inquiry.answeredAt ? formatDateTime(inquiry.answeredAt) : null],
          [t('inquiry.acknowledged'), inquiry.acknowledged ? t('common.yes') : t('common.no')],
        ]), assignForm(inquiry, command)),
        section(t('inquiry.routing'), h('div', { class: 'routing', 'data-testid': 'routing' },
          h('p', {}, h('strong', {}, tOr(`routingRule.${inquiry.routing?.rule}`, inquiry.routing?.rule ?? ''))),
          h('p', {}, inquiry.routing?.reason ?? ''))),
        section(t('inquiry.journalist'), journalist),
        section(t('inquiry.timeline'), timeline(inquiry.timeline, { group: 'inquiryEvent' })))));
  fillJournalist(journalist, inquiry, context);
  return view;
}

const outletText = outlet => (outlet ? [outlet.name, outlet.mediaType, outlet.country].filter(Boolean).join(' · ') : null);

function thread(inquiry) {
  const messages = inquiry.messages ?? [];
  if (!messages.length) return empty(t('inquiry.noMessages'));
  return h('ol', { class: 'thread' }, messages.map(message => h('li', {}, messageView(message))));
}

function messageView(message) {
  const inbound = message.direction === 'inbound';
  const body = h('div', { class: 'message-body' });
  const hasText = Boolean(message.text?.trim());
  const showText = () => append(clear(body), h('pre', { class: 'message-text' }, message.text ?? ''));
  const showHtml = () => append(clear(body), sandboxedFrame(message.html, {
    title: t('inquiry.htmlFrameTitle', { from: personName(message.from) }), blockRemoteContent: true,
  }));
  let showingHtml = !hasText && Boolean(message.html);
  const toggle = message.html && hasText ? button(t('inquiry.showHtml'), e => {
    showingHtml = !showingHtml;
    if (showingHtml) showHtml(); else showText();
    e.currentTarget.textContent = showingHtml ? t('inquiry.showText') : t('inquiry.showHtml');
    e.currentTarget.setAttribute('aria-pressed', String(showingHtml));
  }, { kind: 'link', 'aria-pressed': 'false' }) : null;
  if (showingHtml) showHtml(); else showText();

  return h('article', { class: ['message', inbound ? 'message-in' : 'message-out'], 'data-testid': 'message', 'data-kind': message.kind },
    h('header', { class: 'message-header' },
      h('span', { class: 'message-direction' }, tOr(`messageKind.${message.kind}`, inbound ? t('inquiry.inbound') : t('inquiry.outbound'))),
      h('span', { class: 'message-from' }, addressLine(message.from)),
      h('time', { datetime: message.at }, formatDateTime(message.at)),
      message.author ? h('span', { class: 'muted' }, t('inquiry.by', { author: message.author })) : null,
      toggle),
    message.problems?.length ? h('ul', { class: 'alert alert-warning message-problems' }, message.problems.map(p => h('li', {}, localizeServerMessage(p)))) : null,
    body,
    message.attachments?.length ? h('ul', { class: 'attachments', 'aria-label': t('inquiry.attachments') },
      message.attachments.map(a => h('li', {},
        h('a', { href: a.url, download: a.fileName }, a.fileName),
        h('span', { class: 'muted' }, ` ${a.contentType} · ${formatBytes(a.size)}`)))) : null);
}

function replyForm(inquiry, command, context) {
  const reference = inquiry.reference;
  const previewArea = h('div', { class: 'preview-area', 'aria-live': 'polite' });
  const staleSlot = h('div');
  const textarea = h('textarea', {
    rows: 10, name: 'markdown', required: true, class: 'markdown-input', 'data-testid': 'reply-markdown',
    value: replyDrafts.get(reference) ?? '',
    on: { input: e => {
      replyDrafts.set(reference, e.target.value);
      // A preview of older text would pass for what is about to be sent.
      if (previewArea.firstChild && !staleSlot.firstChild) append(staleSlot, h('p', { class: 'alert alert-warning', 'data-testid': 'reply-preview-stale' }, t('inquiry.previewStale')));
    } },
  });
  const wait = checkbox(t('inquiry.waitForJournalist'), { name: 'waitForJournalist' });
  const errorSlot = h('div', { class: 'error-slot' });
  // The server renders the reply by the same code as the send, so the preview is the mail itself;
  // its HTML only ever goes into the script-less sandboxed frame, never into the page.
  const previewButton = button(t('common.preview'), async e => {
    const preview = await run(() => post(`/api/inquiries/${segment(reference)}/reply/preview`, { markdown: textarea.value }, { signal: context.signal }),
      { button: e.currentTarget, errorSlot: previewArea });
    if (preview === undefined) return;
    clear(staleSlot);
    const frame = sandboxedFrame(preview.html, { title: t('inquiry.previewFrameTitle') });
    frame.dataset.testid = 'reply-preview-frame';
    append(clear(previewArea),
      h('h3', {}, t('inquiry.previewTitle')),
      staleSlot,
      h('p', { class: 'email-subject', 'data-testid': 'reply-preview-subject' }, t('inquiry.previewSubject', { subject: preview.subject })),
      frame,
      h('details', {},
        h('summary', {}, t('inquiry.previewTextPart')),
        h('pre', { class: 'message-text', 'data-testid': 'reply-preview-text' }, preview.text)));
  }, { testid: 'reply-preview' });

  const form = h('form', { class: 'stack', on: { submit: async e => {
    e.preventDefault();
    if (!textarea.value.trim()) { textarea.focus(); return; }
    if (!confirmAction(t('inquiry.confirmReply', { to: addressLine(inquiry.from) }))) return;
    const markdown = textarea.value;
    // A reply whose outcome is unknown may have reached the journalist: never say it was not sent.
    const replyOutcome = view => ((view?.sends ?? []).some(s => s.kind === 'inquiryReply' && s.state === 'unknown') ? t('inquiry.replyUnknown') : t('inquiry.replySent'));
    const sent = await command(e.submitter, 'reply', { markdown, waitForJournalist: wait.input.checked }, replyOutcome, errorSlot);
    if (sent) replyDrafts.delete(reference);
  } } },
  field(t('inquiry.replyLabel'), textarea, { hint: t('inquiry.replyHint', { reference, to: addressLine(inquiry.from) }) }),
  wait.element,
  errorSlot,
  h('div', { class: 'form-actions' }, previewButton, h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'reply-send' }, t('inquiry.sendReply'))),
  previewArea);
  return section(t('inquiry.reply'), form);
}

function assignForm(inquiry, command) {
  const me = currentMember();
  const listId = `assignees-${inquiry.reference}`;
  const known = new Set([me?.email, inquiry.assignee?.email, ...(inquiry.watchers ?? []).map(w => w.email)].filter(Boolean));
  const input = h('input', { type: 'email', name: 'assignee', list: listId, required: true, value: inquiry.assignee?.email ?? '', autocomplete: 'off' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    await command(e.submitter, 'assign', { assignee: input.value.trim() }, t('inquiry.assigned'), errorSlot);
  } } },
  field(t('inquiry.assignTo'), input),
  h('datalist', { id: listId }, [...known].map(email => h('option', { value: email }))),
  errorSlot,
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-secondary', 'data-testid': 'assign' }, t('inquiry.assign')),
    me && inquiry.assignee?.email !== me.email
      ? button(t('inquiry.assignMe'), () => { input.value = me.email; input.form.requestSubmit(); }, { kind: 'link' })
      : null));
}

function notesList(inquiry) {
  const notes = (inquiry.timeline ?? []).filter(e => e.kind === 'note');
  if (!notes.length) return null;
  return h('ul', { class: 'notes', 'data-testid': 'notes' }, notes.map(note => h('li', { class: 'note' },
    h('p', { class: 'note-text' }, note.text),
    h('p', { class: 'muted' }, [note.actor, formatDateTime(note.at)].filter(Boolean).join(' · ')))));
}

function noteForm(command) {
  const textarea = h('textarea', { rows: 3, name: 'text', required: true, 'data-testid': 'note-text' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    await command(e.submitter, 'notes', { text: textarea.value }, t('inquiry.noteAdded'), errorSlot);
  } } },
  field(t('inquiry.noteLabel'), textarea, { hint: t('inquiry.noteHint') }),
  errorSlot,
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-secondary' }, t('inquiry.addNote'))));
}

/** The journalist's other open inquiries (from the inbox) and the statements sent to them (from their contact timeline). */
async function fillJournalist(slot, inquiry, context) {
  const email = inquiry.from?.email;
  if (!email) { clear(slot); return; }
  const [list, activity] = await Promise.all([
    get('/api/inquiries', { signal: context.signal }).catch(() => null),
    get(withQuery(`/api/contacts/${segment(email)}/timeline`, { limit: 100 }), { signal: context.signal }).catch(() => null),
  ]);
  if (context.signal.aborted) return;
  const others = (list ?? []).filter(i => i.from?.email?.toLowerCase() === email.toLowerCase() && i.reference !== inquiry.reference && i.status !== 'closed');
  const statements = (activity?.items ?? []).filter(a => a.kind === 'statementSent' && a.relatedId);
  append(clear(slot),
    h('p', {}, h('a', { href: href(['contacts', email]) }, t('inquiry.openContact'))),
    h('h3', {}, t('inquiry.otherInquiries')),
    others.length
      ? h('ul', { class: 'plain-list', 'data-testid': 'other-inquiries' }, others.map(o => h('li', {},
        h('a', { href: href(['inquiries', o.reference]) }, o.reference), ' ', o.subject, ' ', badge('inquiryStatus', o.status))))
      : empty(list ? t('inquiry.noOtherInquiries') : t('inquiry.inboxUnavailable')),
    h('h3', {}, t('inquiry.recentStatements')),
    statements.length
      ? h('ul', { class: 'plain-list', 'data-testid': 'recent-statements' }, statements.slice(0, 10).map(a => h('li', {},
        h('a', { href: href(['statements', a.relatedId]) }, localizeServerMessage(a.summary) || a.relatedId),
        h('span', { class: 'muted' }, ` · ${formatDateTime(a.at)}`))))
      : empty(activity ? t('inquiry.noRecentStatements') : t('inquiry.contactUnavailable')));
}
