// Single mails that did not simply leave (issue 9): waiting for the queue's next try, refused, or of
// unknown outcome. An unknown one may have reached the recipient: it is never called unsent, and
// only a person (Admin or spokesperson) decides: resend, mark as sent, or leave it.
import { h, append, table } from './dom.js';
import { post, segment } from './api.js';
import { t, tOr, formatDateTime, localizeServerMessage } from './i18n.js';
import { hasRole } from './session.js';
import { button, badge, run, announce, confirmAction } from './ui.js';

export const canDecideSends = () => hasRole('admin') || hasRole('spokesperson');

const kindLabel = kind => tOr(`mailKind.${kind.charAt(0).toUpperCase()}${kind.slice(1)}`, kind);

/** The sends as a table; each that needs a decision gets its buttons when the member may decide. */
export function sendsTable(sends, { onResolved, showRelated = false } = {}) {
  const errorSlot = h('div', { class: 'error-slot' });
  const decide = (send, outcome) => async e => {
    if (outcome === 'resend' && send.state === 'unknown' && !confirmAction(t('sends.confirmResend'))) return;
    const done = await run(() => post(`/api/mail/sends/${segment(send.relatedId)}/${segment(send.id)}/resolve`, { outcome }),
      { button: e.currentTarget, errorSlot });
    if (done === undefined) return;
    announce(t(`sends.resolved.${done.state}`));
    await onResolved?.();
  };
  const actions = send => (send.needsDecision && canDecideSends()
    ? h('div', { class: 'button-row' },
      send.state === 'unknown' ? button(t('sends.markSent'), decide(send, 'sent'), { kind: 'link', testid: 'send-mark-sent' }) : null,
      button(t('sends.resend'), decide(send, 'resend'), { kind: 'link', testid: 'send-resend' }),
      button(t('sends.abandon'), decide(send, 'abandon'), { kind: 'link', testid: 'send-abandon' }))
    : null);
  return h('div', {},
    errorSlot,
    table([
      { label: t('sends.col.state'), cell: s => h('span', { title: t(`sends.explain.${s.state}`) }, badge('sendState', s.state)) },
      { label: t('sends.col.kind'), cell: s => kindLabel(s.kind) },
      showRelated ? { label: t('sends.col.related'), cell: s => (/^PIA-/.test(s.relatedId) ? h('a', { href: `#/inquiries/${segment(s.relatedId)}` }, s.relatedId) : s.relatedId) } : null,
      { label: t('sends.col.to'), cell: s => (s.to ?? []).join(', ') },
      { label: t('sends.col.subject'), cell: s => s.subject },
      { label: t('sends.col.at'), cell: s => formatDateTime(s.updatedAt) },
      { label: t('sends.col.error'), cell: s => (s.error ? localizeServerMessage(s.error) : '') },
      { label: t('sends.col.decision'), cell: actions },
    ].filter(Boolean), sends, { caption: t('sends.title'), rowProps: s => ({ 'data-testid': 'send-row', 'data-state': s.state }) }));
}

/** The inquiry page's notice: what of its mail did not simply leave, with what it means. */
export function inquirySends(sends, onResolved) {
  if (!sends?.length) return null;
  const slot = h('div', { class: 'alert alert-warning', 'data-testid': 'inquiry-sends' },
    h('p', {}, sends.some(s => s.state === 'unknown') ? t('sends.inquiryUnknown') : t('sends.inquiryPending')));
  append(slot, sendsTable(sends, { onResolved }));
  return slot;
}
