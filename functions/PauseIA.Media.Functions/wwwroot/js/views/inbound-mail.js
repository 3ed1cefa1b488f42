// One received email that opened no thread: why it was filed so, what it said (its HTML only in
// a sandboxed frame, as in an inquiry's thread), its attachments and every header, so the team can
// check the classification for themselves.
import { h, append, clear, facts } from '../dom.js';
import { get, segment } from '../api.js';
import { t, formatDateTime, formatBytes, localizeServerMessage } from '../i18n.js';
import { pageHeader, section, errorAlert, loading, badge, empty, notice, sandboxedFrame } from '../ui.js';
import { senderLine, inquiryLink } from './inbound.js';

export async function render(container, context) {
  const key = context.params.key;
  context.setTitle(t('inbound.title'));
  append(clear(container), loading());
  let mail;
  try {
    mail = await get(`/api/inbound/${segment(key)}`, { signal: context.signal });
  } catch (error) {
    append(clear(container), pageHeader(t('inbound.title'), { back: backLink() }), errorAlert(error));
    return;
  }
  const record = mail.record ?? {};
  context.setTitle(record.subject || t('inquiries.noSubject'));
  append(clear(container), h('div', { class: 'inbound-mail' },
    pageHeader(record.subject || t('inquiries.noSubject'), {
      back: backLink(),
      subtitle: h('span', { class: 'subtitle-row' }, h('span', { 'data-testid': 'inbound-kind' }, badge('inboundKind', record.kind))),
    }),
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' },
        mail.archived ? null : notice(t('inbound.notArchived'), 'warning'),
        section(t('inbound.message'), messageText(mail.text)),
        mail.html ? section(t('inbound.html'), sandboxedFrame(mail.html, {
          title: t('inquiry.htmlFrameTitle', { from: record.fromName || record.fromEmail || record.sender || '' }), blockRemoteContent: true,
        })) : null,
        mail.attachments?.length ? section(t('inquiry.attachments'), attachmentList(mail.attachments)) : null,
        headersView(mail.headers ?? [])),
      h('aside', { class: 'layout-side', 'aria-label': t('inquiry.details') },
        section(t('inquiry.details'), facts([
          [t('inbound.col.kind'), badge('inboundKind', record.kind)],
          [t('inbound.col.reason'), h('span', { 'data-testid': 'inbound-reason' }, localizeServerMessage(record.reason))],
          [t('inquiry.from'), senderLine(record)],
          [t('inbound.sender'), record.sender && record.sender !== record.fromEmail ? record.sender : null],
          [t('inquiry.received'), formatDateTime(record.receivedAt)],
          [t('inbound.messageId'), record.messageId ? h('span', { class: 'email' }, record.messageId) : null],
          [t('inbound.col.inquiry'), inquiryLink(record)],
        ]),
        record.problems?.length
          ? h('ul', { class: 'alert alert-warning message-problems', 'data-testid': 'inbound-problems' }, record.problems.map(p => h('li', {}, localizeServerMessage(p))))
          : null)))));
}

const backLink = () => ({ href: '#/inbound', label: t('inbound.title') });

function messageText(text) {
  return text?.trim() ? h('pre', { class: 'message-text', 'data-testid': 'inbound-text' }, text) : empty(t('inbound.noText'));
}

function attachmentList(attachments) {
  return h('ul', { class: 'plain-list', 'data-testid': 'inbound-attachments' }, attachments.map(a => h('li', {},
    h('a', { href: a.url, download: a.fileName }, a.fileName),
    h('span', { class: 'muted' }, ` ${a.contentType} · ${formatBytes(a.size)}`))));
}

/** Every header as received, folded away: they are what the classification read. */
function headersView(headers) {
  return h('details', { class: 'panel inbound-headers', 'data-testid': 'inbound-headers' },
    h('summary', {}, t('inbound.headers', { count: headers.length })),
    headers.length
      ? h('dl', { class: 'email-headers' }, headers.map(header => h('div', { class: 'email-header' },
        h('dt', {}, header.key), h('dd', {}, header.value))))
      : empty(t('inbound.noHeaders')));
}
