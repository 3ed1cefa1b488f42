// Failed messages (Admin): what the queues set aside after every try failed, with the error the
// function met. The Admin fixes the cause, then requeues the message, or discards it; both are audited.
import { h, append, clear, table } from '../dom.js';
import { get, request, segment } from '../api.js';
import { t, tOr, formatDateTime, formatNumber } from '../i18n.js';
import { pageHeader, section, errorAlert, loading, empty, button, run, announce, confirmAction } from '../ui.js';

export async function render(container, context) {
  context.setTitle(t('poison.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container, pageHeader(t('poison.title'), { subtitle: t('poison.subtitle') }), results);

  let report;
  try {
    report = await get('/api/poison', { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }

  const reload = () => render(clear(container), context);
  const decide = (message, action) => async e => {
    const label = queueLabel(message.queue);
    if (!confirmAction(t(`poison.confirm.${action}`, { queue: label }))) return;
    const done = await run(() => request(`/api/poison/${segment(message.queue)}/${segment(message.id)}${action === 'requeue' ? '/requeue' : ''}`,
      { method: action === 'requeue' ? 'POST' : 'DELETE' }), { button: e.currentTarget });
    if (done === undefined) return;
    announce(t(`poison.done.${action}`));
    await reload();
  };

  clear(results);
  for (const queue of report.queues ?? []) {
    append(results, section(t('poison.queue', { queue: queueLabel(queue.queue), name: queue.poisonQueue }),
      queue.count === 0 ? empty(t('poison.none')) : [
        h('p', { class: 'result-count', 'data-testid': 'poison-count' }, t('poison.count', { count: queue.count, shown: formatNumber(queue.messages.length) })),
        table([
          { label: t('poison.col.insertedOn'), cell: m => formatDateTime(m.insertedOn) },
          { label: t('poison.col.message'), cell: m => h('pre', { class: 'raw', 'data-testid': 'poison-body' }, m.body) },
          { label: t('poison.col.error'), cell: m => h('div', { class: 'cell-stack', 'data-testid': 'poison-error' }, errorOf(m)) },
          { label: t('poison.col.tries'), cell: m => m.lastFailure ? formatNumber(m.lastFailure.dequeueCount) : '' },
          { label: t('poison.col.actions'), cell: m => h('div', { class: 'button-row' },
            button(t('poison.requeue'), decide(m, 'requeue'), { kind: 'primary', testid: 'poison-requeue' }),
            button(t('poison.discard'), decide(m, 'discard'), { kind: 'danger', testid: 'poison-discard' })) },
        ], queue.messages, { caption: queue.poisonQueue, rowProps: m => ({ 'data-testid': 'poison-row', 'data-id': m.id }) }),
      ]));
  }

  const recent = report.recent ?? [];
  append(results, section(t('poison.recent'), recent.length === 0 ? empty(t('poison.recentNone')) : table([
    { label: t('poison.col.at'), cell: e => formatDateTime(e.at) },
    { label: t('poison.col.actor'), cell: e => e.actor },
    { label: t('poison.col.action'), cell: e => t(`poison.action.${e.action}`) },
    { label: t('poison.col.queue'), cell: e => queueLabel(e.queue) },
    { label: t('poison.col.message'), cell: e => h('pre', { class: 'raw' }, e.body) },
    { label: t('poison.col.error'), cell: e => e.error ?? '' },
  ], recent, { caption: t('poison.recent'), rowProps: () => ({ 'data-testid': 'poison-recent-row' }) })));
}

const queueLabel = queue => tOr(`poison.queueName.${queue}`, queue);

function errorOf(message) {
  if (!message.readable) return t('poison.unreadable');
  if (!message.lastFailure) return t('poison.noError');
  return [h('span', {}, message.lastFailure.error), h('span', { class: 'hint' }, t('poison.failedAt', { at: formatDateTime(message.lastFailure.failedAt) }))];
}
