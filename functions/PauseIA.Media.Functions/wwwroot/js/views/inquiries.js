// The inbox: open inquiries sorted by deadline, with a ticking countdown and filters in the URL.
import { h, append, clear, field, checkbox, select, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t, tOr } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, errorAlert, loading, empty, badge } from '../ui.js';
import { countdown, urgencyOf } from '../deadline.js';

/** InquiryStatus in the domain, as JSON writes it. */
export const inquiryStatuses = ['new', 'assigned', 'answered', 'waitingOnJournalist', 'closed'];

export async function render(container, context) {
  const filters = {
    status: context.query.get('status') ?? '',
    assignee: context.query.get('assignee') ?? '',
    mine: context.query.get('mine') === 'true',
    urgent: context.query.get('urgent') === 'true',
    overdue: context.query.get('overdue') === 'true',
  };
  const showClosed = context.query.get('closed') === 'true';
  context.setTitle(t('inquiries.title'));

  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container, pageHeader(t('inquiries.title'), { subtitle: t('inquiries.subtitle') }), filterForm(filters), results);

  let items;
  try {
    // The server leaves the closed history out of the inbox unless it is wanted; a page holds the 500 most pressing.
    const closed = filters.status || showClosed ? '' : 'false';
    items = await get(withQuery('/api/inquiries', { ...filters, closed, limit: 500 }), { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  items = sortByDeadline(items ?? []);
  clear(results);
  if (items.length === 0) {
    append(results, empty(t('inquiries.empty')));
    return;
  }

  const countdowns = [];
  const rowsTable = table([
    { label: t('inquiries.col.deadline'), className: 'col-deadline', cell: item => {
      const c = countdown(item);
      countdowns.push(c);
      return c.element;
    } },
    { label: t('inquiries.col.reference'), className: 'col-ref', cell: item => h('a', { href: href(['inquiries', item.reference]), 'data-testid': 'inquiry-link' }, item.reference) },
    { label: t('inquiries.col.subject'), cell: item => h('div', { class: 'cell-stack' },
      h('span', { class: 'cell-main' }, item.subject || t('inquiries.noSubject')),
      item.urgent ? h('span', { class: 'badge badge-urgent' }, t('inquiries.urgent')) : null) },
    { label: t('inquiries.col.from'), cell: item => h('div', { class: 'cell-stack' },
      h('span', {}, personName(item.from)),
      item.outlet?.name || item.city ? h('span', { class: 'muted' }, [item.outlet?.name, item.city].filter(Boolean).join(' · ')) : null) },
    { label: t('inquiries.col.language'), className: 'col-narrow', cell: item => (item.language ?? '').toUpperCase() },
    { label: t('inquiries.col.assignee'), cell: item => item.assignee ? personName(item.assignee) : h('span', { class: 'muted' }, t('inquiries.unassigned')) },
    { label: t('inquiries.col.status'), cell: item => badge('inquiryStatus', item.status) },
  ], items, {
    caption: t('inquiries.title'),
    rowProps: item => ({ class: `urgency-${urgencyOf(item)}`, 'data-reference': item.reference }),
  });
  append(results, h('p', { class: 'result-count' }, t('inquiries.count', { count: items.length })), rowsTable);

  const timer = setInterval(() => countdowns.forEach(c => c.refresh()), 30000);
  context.onDispose(() => clearInterval(timer));
}

function filterForm(filters, showClosed) {
  const status = select([{ value: '', label: t('inquiries.filter.anyStatus') },
    ...inquiryStatuses.map(s => ({ value: s, label: tOr(`inquiryStatus.${s}`, s) }))], { value: filters.status, name: 'status' });
  const assignee = h('input', { type: 'email', name: 'assignee', value: filters.assignee, autocomplete: 'off', placeholder: t('inquiries.filter.assigneePlaceholder') });
  const mine = checkbox(t('inquiries.filter.mine'), { name: 'mine', checked: filters.mine });
  const urgent = checkbox(t('inquiries.filter.urgent'), { name: 'urgent', checked: filters.urgent });
  const overdue = checkbox(t('inquiries.filter.overdue'), { name: 'overdue', checked: filters.overdue });
  const closed = checkbox(t('inquiries.filter.closed'), { name: 'closed', checked: showClosed });
  const apply = () => navigate(['inquiries'], {
    status: status.value, assignee: assignee.value.trim(), mine: mine.input.checked, urgent: urgent.input.checked, overdue: overdue.input.checked, closed: closed.input.checked,
  });
  for (const control of [status, mine.input, urgent.input, overdue.input, closed.input]) control.addEventListener('change', apply);
  return h('form', { class: 'filters', role: 'search', 'aria-label': t('inquiries.filter.label'), on: { submit: e => { e.preventDefault(); apply(); } } },
    field(t('inquiries.filter.status'), status),
    field(t('inquiries.filter.assignee'), assignee),
    h('div', { class: 'filter-checks' }, mine.element, urgent.element, overdue.element, closed.element),
    h('button', { type: 'submit', class: 'button button-secondary' }, t('common.filter')));
}

/** Soonest deadline first; inquiries without a deadline after, newest first among them. */
export function sortByDeadline(items) {
  const time = value => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => time(a.deadlineUtc) - time(b.deadlineUtc)
    || (Number(Boolean(b.urgent)) - Number(Boolean(a.urgent)))
    || String(b.receivedAt ?? '').localeCompare(String(a.receivedAt ?? '')));
}

/** A MailAddress ({ email, name }) as a readable name. */
export const personName = address => address?.name || address?.email || '';

/** A MailAddress as "Name <email>". */
export const addressLine = address => (address?.name ? `${address.name} <${address.email}>` : address?.email ?? '');
