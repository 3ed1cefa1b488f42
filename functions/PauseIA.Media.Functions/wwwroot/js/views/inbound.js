// Other mail: what reached the press inbox without opening a thread (auto-replies, bounces, bulk,
// our own mail come back, suspicious mail), kept so that nothing received is invisible.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t, tOr, formatDateTime, localizeServerMessage } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, errorAlert, loading, empty, badge } from '../ui.js';

/** InboundKind in the domain, as JSON writes it; unsubscribe is newer and an older API may refuse it. */
export const inboundKinds = ['autoReply', 'bounce', 'bulk', 'ownMail', 'suspicious', 'unsubscribe', 'inquiry'];

export async function render(container, context) {
  const kind = context.query.get('kind') ?? '';
  context.setTitle(t('inbound.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container, pageHeader(t('inbound.title'), { subtitle: t('inbound.subtitle') }), filterForm(kind), results);

  let items;
  try {
    // Inquiries have their own page; here they show only when asked for by name.
    items = await get(withQuery('/api/inbound', { kind: kind || 'other', limit: 500 }), { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  items = items ?? [];
  clear(results);
  if (items.length === 0) {
    append(results, empty(t('inbound.empty')));
    return;
  }

  append(results, h('p', { class: 'result-count' }, t('inbound.count', { count: items.length })), table([
    { label: t('inbound.col.receivedAt'), cell: item => h('time', { datetime: item.receivedAt }, formatDateTime(item.receivedAt)) },
    { label: t('inbound.col.kind'), cell: item => h('span', { 'data-testid': 'inbound-kind' }, badge('inboundKind', item.kind)) },
    { label: t('inbound.col.from'), cell: item => senderCell(item) },
    { label: t('inbound.col.subject'), cell: item => h('a', { href: href(['inbound', item.key]), 'data-testid': 'inbound-link' }, item.subject || t('inquiries.noSubject')) },
    { label: t('inbound.col.reason'), cell: item => localizeServerMessage(item.reason) },
    { label: t('inbound.col.inquiry'), className: 'col-ref', cell: item => inquiryLink(item) },
  ], items, { caption: t('inbound.title'), rowProps: item => ({ 'data-testid': 'inbound-row', 'data-kind': item.kind, 'data-key': item.key }) }));
}

function filterForm(kind) {
  const kindInput = select([{ value: '', label: t('inbound.filter.allButInquiries') },
    ...inboundKinds.map(k => ({ value: k, label: tOr(`inboundKind.${k}`, k) }))], { name: 'kind', value: kind, 'data-testid': 'inbound-kind-filter' });
  const apply = () => navigate(['inbound'], { kind: kindInput.value });
  kindInput.addEventListener('change', apply);
  return h('form', { class: 'filters', role: 'search', 'aria-label': t('inbound.filter.label'), on: { submit: e => { e.preventDefault(); apply(); } } },
    field(t('inbound.col.kind'), kindInput),
    h('button', { type: 'submit', class: 'button button-secondary' }, t('common.filter')));
}

/** The sender as "Name <email>", or the envelope sender the record is filed under when the From was unreadable. */
export function senderLine(record) {
  if (record.fromEmail) return record.fromName ? `${record.fromName} <${record.fromEmail}>` : record.fromEmail;
  return record.sender ?? '';
}

const senderCell = record => h('div', { class: 'cell-stack' },
  h('span', {}, record.fromName || record.fromEmail || record.sender || ''),
  record.fromName && record.fromEmail ? h('span', { class: 'muted' }, record.fromEmail) : null);

/** The inquiry the email opened, or else the one an auto-reply or bounce concerns. */
export function inquiryLink(record) {
  const reference = record.reference || record.relatedReference;
  return reference ? h('a', { href: href(['inquiries', reference]), 'data-testid': 'inbound-inquiry-link' }, reference) : null;
}
