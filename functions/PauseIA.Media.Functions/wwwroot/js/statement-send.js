// The send and statistics tabs: starting the send (or a test to oneself), then how it went:
// the plan, the batches, who was skipped since the sign-off, and SendGrid's delivery events.
import { h, append, clear, table } from './dom.js';
import { get, request } from './api.js';
import { t, tOr, formatDateTime, formatNumber, localizeServerMessage } from './i18n.js';
import { section, errorAlert, loading, badge, button, run, announce, confirmAction, notice, empty } from './ui.js';
import { can } from './statements-model.js';
import { act, decisionText, embargoText } from './statement-parts.js';

export async function send(body, { statement, etag, path, context }) {
  const errorSlot = h('div', { class: 'error-slot' });
  const testSlot = h('div', { class: 'error-slot' });
  if (can(statement, 'startSending')) {
    append(body, section(t('send.title'),
      h('p', {}, t('send.explain')),
      statement.embargo ? h('p', { class: 'hint' }, embargoText(statement)) : null,
      statement.signOff ? h('p', { class: 'hint' }, t('send.signedOff', { by: decisionText(statement.signOff), recipients: statement.signOff.recipients })) : null,
      errorSlot,
      h('div', { class: 'form-actions' },
        button(t('send.now'), e => confirmAction(t('send.confirmNow', { count: statement.signOff?.recipients ?? 0 }))
          && act(e.currentTarget, errorSlot, `${path}/send`, {}, etag, t('send.started'), context, ['stats']), { kind: 'primary', testid: 'send-now' }))));
  } else {
    append(body, notice(['sent', 'sending', 'scheduled'].includes(statement.state) ? t(`send.state.${statement.state}`, { date: formatDateTime(statement.scheduledFor) }) : t('send.notSignedOff')));
  }
  if (statement.canTestSend) {
    append(body, section(t('send.testTitle'), h('p', {}, t('send.testExplain')), testSlot,
      button(t('send.test'), async e => {
        const result = await run(() => request(`${path}/send`, { method: 'POST', json: { test: true }, signal: context.signal }), { button: e.currentTarget, errorSlot: testSlot });
        if (result) announce(t('send.testSent', { to: result.data?.sentTo ?? '' }));
      }, { testid: 'send-test' })));
  }
}

const eventCounts = ['processed', 'delivered', 'deferred', 'opened', 'clicked', 'bounced', 'dropped', 'spamReports', 'unsubscribes'];

export async function stats(body, { path, context }) {
  // `report.state` is the statement's; a send in progress refreshes itself below.
  const slot = h('div', {}, loading());
  append(body, section(t('stats.title'), slot));
  let report;
  try {
    report = await get(`${path}/stats`, { signal: context.signal });
  } catch (error) {
    if (error?.name !== 'AbortError') append(clear(slot), errorAlert(error));
    return;
  }
  const events = report.events ?? {};
  // While batches go out (queue-driven), follow them without a manual reload.
  if (report.state === 'sending' || report.state === 'scheduled') {
    const timer = setTimeout(() => context.reload(), 5000);
    context.onDispose(() => clearTimeout(timer));
  }
  append(clear(slot),
    report.plan ? h('p', {}, t('stats.plan', { recipients: formatNumber(report.plan.recipients), batches: formatNumber(report.plan.batches), at: formatDateTime(report.plan.plannedAt) })) : empty(t('stats.notStarted')),
    h('dl', { class: 'counts', 'data-testid': 'stats' }, eventCounts.map(key => h('div', { class: 'count' },
      h('dt', {}, t(`stats.${key}`)), h('dd', {}, formatNumber(events[key] ?? 0))))),
    events.updatedAt ? h('p', { class: 'hint' }, t('stats.updatedAt', { at: formatDateTime(events.updatedAt) })) : null,
    report.batches?.length ? h('div', {}, h('h3', {}, t('stats.batches')), table([
      { label: t('stats.batch'), className: 'col-narrow', cell: b => String(b.number) },
      { label: t('stats.batchState'), cell: b => badge('batch', b.state) },
      { label: t('stats.recipients'), cell: b => formatNumber(b.recipients) },
      { label: t('stats.sent'), cell: b => formatNumber(b.sent ?? 0) },
      { label: t('stats.skipped'), cell: b => formatNumber(b.skipped ?? 0) },
      { label: t('stats.error'), cell: b => (b.error ? localizeServerMessage(b.error) : '') },
    ], report.batches, { caption: t('stats.batches') })) : null,
    report.skipped?.length ? h('div', {}, h('h3', {}, t('stats.skippedTitle')), h('ul', { class: 'plain-list' }, report.skipped.map(s =>
      h('li', {}, h('span', { class: 'email' }, s.email), ' — ', h('span', { class: 'badge badge-warning' }, tOr(`suppression.${s.reason}`, s.reason)))))) : null);
}
