// One statement through its workflow: overview, writing, review with the diff since the last
// review, sign-off on the rendered email and its frozen recipients, sending, and statistics.
// Which actions show is the server's list for the signed-in member (StatementView.actions).
import { h, append, clear, facts, field, table } from '../dom.js';
import { get, request, segment, withQuery } from '../api.js';
import { t, tOr, formatDateTime, formatNumber, localizeServerMessage } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, badge, tabs, button, run, announce, confirmAction, notice, empty } from '../ui.js';
import { timeline } from '../timeline.js';
import { diffView } from '../diff.js';
import { manifestView } from '../manifest.js';
import { statementEditor } from '../statement-editor.js';
import { can, isEditable } from '../statements-model.js';
import { audienceText, embargoText, decisionText, previewPanel } from '../statement-parts.js';

const tabKeys = ['overview', 'edit', 'review', 'signoff', 'send', 'stats'];

export async function render(container, context) {
  const id = context.params.id;
  const tab = context.params.tab ?? 'overview';
  const path = `/api/statements/${segment(id)}`;
  context.reload = () => navigate(['statements', id, ...(tab === 'overview' ? [] : [tab])]);
  append(container, loading());

  let statement;
  let etag;
  try {
    ({ data: statement, etag } = await request(path, { signal: context.signal }));
    etag ??= statement.etag;
  } catch (error) {
    append(clear(container), pageHeader(id, { back: back() }), errorAlert(error));
    return;
  }
  const title = statement.title || t('statements.untitled');
  context.setTitle(title);
  const body = h('div', { class: 'tab-body' });
  append(clear(container),
    pageHeader(title, {
      back: back(),
      subtitle: h('span', { class: 'subtitle-row' },
        h('span', { 'data-testid': 'statement-state' }, badge('state', statement.state)),
        h('span', { class: 'muted' }, t('statement.version', { version: statement.version }))),
    }),
    tabs(t('statement.sections'), tabKeys.map(key => ({
      key, label: t(`statement.tab.${key}`), href: href(['statements', id, ...(key === 'overview' ? [] : [key])]),
    })), tab),
    body);

  const views = { overview, edit, review, signoff, send, stats };
  await views[tab](body, { statement, etag, path, context });
}

const back = () => ({ href: '#/statements', label: t('statements.title') });

/** Posts a workflow action with the ETag read (a stale page cannot act on a changed statement), then shows the result. */
async function act(buttonEl, errorSlot, url, payload, etag, doneText, context, target = []) {
  const result = await run(() => request(url, { method: 'POST', json: payload, etag, signal: context.signal }), { button: buttonEl, errorSlot });
  if (result === undefined) return;
  announce(doneText);
  navigate(['statements', context.params.id, ...target]);
}

async function overview(body, { statement, etag, path, context }) {
  const errorSlot = h('div', { class: 'error-slot' });
  const link = (tab, label, testid) => h('a', { class: 'button button-primary', href: href(['statements', statement.id, tab]), 'data-testid': testid }, label);
  const actions = [
    can(statement, 'submit') ? button(t('statement.submit'), e => act(e.currentTarget, errorSlot, `${path}/submit`, {}, etag, t('statement.submitted'), context), { kind: 'primary', testid: 'statement-submit' }) : null,
    can(statement, 'revise') ? link('edit', t('statement.goEdit'), 'statement-go-edit') : null,
    can(statement, 'approve') ? link('review', t('statement.goReview'), 'statement-go-review') : null,
    can(statement, 'signOff') ? link('signoff', t('statement.goSignoff'), 'statement-go-signoff') : null,
    can(statement, 'startSending') ? link('send', t('statement.goSend'), 'statement-go-send') : null,
    can(statement, 'withdraw') ? button(t('statement.withdraw'), e => confirmAction(t('statement.confirmWithdraw'))
      && act(e.currentTarget, errorSlot, `${path}/withdraw`, {}, etag, t('statement.withdrawn'), context), { kind: 'danger', testid: 'statement-withdraw' }) : null,
  ].filter(Boolean);

  const preview = previewPanel(statement.id, context);
  append(body,
    h('p', { class: 'next-step', 'data-testid': 'next-step' }, tOr(`next.${statement.state}`, '')),
    errorSlot,
    actions.length ? h('div', { class: 'form-actions' }, actions) : null,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('statement.rendered'), preview.element)),
      h('aside', { class: 'layout-side', 'aria-label': t('statement.details') },
        section(t('statement.details'), facts([
          [t('statement.state'), badge('state', statement.state)],
          [t('statement.kind'), tOr(`statementKind.${statement.kind}`, statement.kind)],
          [t('statement.audience'), audienceText(statement.audience)],
          [t('statement.language'), tOr(`language.${statement.language}`, statement.language)],
          [t('statement.embargo'), embargoText(statement)],
          [t('statement.author'), (statement.authors?.length ? statement.authors : [statement.author]).join(', ')],
          [t('statement.hash'), h('code', { class: 'hash', title: statement.contentHash }, String(statement.contentHash ?? '').slice(0, 12))],
          [t('statement.approvedBy'), decisionText(statement.approval)],
          [t('statement.signedOffBy'), statement.signOff ? `${decisionText(statement.signOff)} · ${t('statement.signOffRecipients', { recipients: statement.signOff.recipients, excluded: statement.signOff.excluded })}` : null],
          [t('statement.scheduledAt'), statement.scheduledFor ? formatDateTime(statement.scheduledFor) : null],
          [t('statement.sentAt'), statement.sentAt ? formatDateTime(statement.sentAt) : null],
          [t('statement.updated'), formatDateTime(statement.updatedAt)],
        ])),
        section(t('statement.timeline'), timeline(statement.timeline, { group: 'statementEvent' })))));
  await preview.load();
}

async function edit(body, { statement, etag, context }) {
  if (!isEditable(statement)) {
    append(body, notice(t('statement.notEditable', { state: tOr(`state.${statement.state}`, statement.state) })));
    return;
  }
  if (statement.approval) append(body, notice(t('statement.editVoidsApproval'), 'warning'));
  append(body, latestRequest(statement));
  const editor = statementEditor({
    statement, etag, context,
    onSaved: () => { announce(t('editor.saved')); navigate(['statements', statement.id]); },
  });
  context.isDirty = editor.isDirty;
  append(body, editor.element);
}

/** Review decisions and comments, oldest first, from the timeline. */
function discussion(statement) {
  return (statement.timeline ?? []).filter(e => ['commented', 'changesRequested', 'approved'].includes(e.kind));
}

/** What the director asked for last, shown above the editor while revising. */
function latestRequest(statement) {
  const last = [...discussion(statement)].reverse().find(e => e.kind === 'changesRequested');
  if (!last || statement.state !== 'changesRequested') return null;
  return h('div', { class: 'alert alert-warning', role: 'note', 'data-testid': 'changes-requested' },
    h('p', {}, h('strong', {}, t('review.changesRequestedBy', { who: last.actor }))),
    last.text ? h('p', { class: 'pre-line' }, last.text) : null);
}

async function review(body, { statement, etag, path, context }) {
  const diffSlot = h('div', {}, loading());
  const errorSlot = h('div', { class: 'error-slot' });
  const comment = h('textarea', { name: 'comment', rows: 5, 'data-testid': 'review-comment' });
  const decide = decision => async e => {
    if (decision === 'requestChanges' && !comment.value.trim()) {
      append(clear(errorSlot), errorAlert(new Error(t('review.commentRequired'))));
      comment.focus();
      return;
    }
    await act(e.currentTarget, errorSlot, `${path}/review`, { decision, comment: comment.value.trim() || null, version: statement.version }, etag,
      decision === 'approve' ? t('review.approved') : t('review.changesRequested'), context);
  };
  const reviewing = can(statement, 'approve');
  append(body,
    section(t('review.changes'), h('div', { class: 'diff-controls' }, diffModeSwitch(statement, diffSlot, path, context)), diffSlot),
    section(t('review.history'), discussionList(discussion(statement)), commentForm(statement, path, context)),
    reviewing
      ? section(t('review.decision'),
        h('div', { class: 'stack' },
          h('p', {}, t('review.explain', { version: statement.version })),
          field(t('review.comment'), comment, { hint: t('review.commentHint') }),
          errorSlot,
          h('div', { class: 'form-actions' },
            button(t('review.approve'), decide('approve'), { kind: 'primary', testid: 'review-approve' }),
            button(t('review.requestChanges'), decide('requestChanges'), { testid: 'review-request-changes' }))))
      : notice(statement.state === 'inReview' ? t('review.notYours') : t('review.notInReview')));
  await showDiff(diffSlot, path, { since: 'lastReview' }, context);
}

function diffModeSwitch(statement, slot, path, context) {
  const since = button(t('review.sinceLastReview'), () => showDiff(slot, path, { since: 'lastReview' }, context), { kind: 'link', testid: 'diff-since-review' });
  const numbers = (statement.versions ?? []).map(v => v.number).sort((a, b) => a - b);
  if (numbers.length < 2) return since;
  const options = () => numbers.map(n => h('option', { value: n }, t('statement.version', { version: n })));
  const from = h('select', { 'aria-label': t('review.from') }, options());
  const to = h('select', { 'aria-label': t('review.to') }, options());
  from.value = String(numbers[numbers.length - 2]);
  to.value = String(numbers[numbers.length - 1]);
  return h('div', { class: 'inline-form' }, since, h('span', {}, t('review.compare')), from, to,
    button(t('review.show'), () => showDiff(slot, path, { from: from.value, to: to.value }, context)));
}

async function showDiff(slot, path, query, context) {
  append(clear(slot), loading());
  try {
    const diff = await get(withQuery(`${path}/diff`, query), { signal: context.signal });
    append(clear(slot),
      h('p', { class: 'hint', 'data-testid': 'diff-range' }, diff.from === 0
        ? t('review.firstReview', { to: diff.to })
        : t('review.diffRange', { from: diff.from, to: diff.to, inserted: diff.summary?.inserted ?? 0, deleted: diff.summary?.deleted ?? 0, modified: diff.summary?.modified ?? 0 })),
      diffView(diff));
  } catch (error) {
    if (error?.name !== 'AbortError') append(clear(slot), errorAlert(error));
  }
}

function discussionList(events) {
  if (!events.length) return empty(t('review.noHistory'));
  return h('ol', { class: 'reviews', 'data-testid': 'discussion' }, events.map(e => h('li', { class: 'review-item' },
    h('p', {}, h('strong', {}, e.actor), ' — ', badge('decision', e.kind),
      h('span', { class: 'muted' }, ` ${formatDateTime(e.at)}`),
      e.version ? h('span', { class: 'muted' }, ` · ${t('statement.version', { version: e.version })}`) : null,
      e.line ? h('span', { class: 'muted' }, ` · ${t('review.line', { line: e.line })}`) : null),
    e.text ? h('p', { class: 'pre-line' }, e.text) : null)));
}

function commentForm(statement, path, context) {
  const text = h('textarea', { name: 'text', rows: 3, required: true, 'data-testid': 'comment-text' });
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'stack compact', on: { submit: async e => {
    e.preventDefault();
    const done = await run(() => request(`${path}/comments`, { method: 'POST', json: { text: text.value, version: statement.version }, signal: context.signal }),
      { button: e.submitter, errorSlot });
    if (done) { announce(t('review.commented')); context.reload(); }
  } } },
  field(t('review.newComment'), text),
  errorSlot,
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-secondary' }, t('review.addComment'))));
}

async function signoff(body, { statement, etag, path, context }) {
  const preview = previewPanel(statement.id, context);
  const manifestSlot = h('div', {}, loading());
  const errorSlot = h('div', { class: 'error-slot' });
  let manifest = null;
  const decision = h('div', { class: 'stack' });
  append(body,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('signoff.email'), preview.element)),
      h('div', { class: 'layout-side' },
        section(t('signoff.recipients'), manifestSlot),
        section(t('signoff.decision'), decision))));

  const loadManifest = async () => {
    try {
      manifest = await get(`${path}/manifest`, { signal: context.signal });
      append(clear(manifestSlot),
        manifest.frozen ? notice(t('signoff.frozen', { by: manifest.frozenBy ?? '', at: formatDateTime(manifest.frozenAt) })) : null,
        manifestView(manifest));
    } catch (error) {
      if (error?.name !== 'AbortError') append(clear(manifestSlot), errorAlert(error));
    }
  };
  await Promise.all([preview.load(), loadManifest()]);

  if (!can(statement, 'signOff')) {
    append(decision, notice(statement.signOff ? t('signoff.done', { by: decisionText(statement.signOff) })
      : statement.state === 'approved' ? t('signoff.notYours') : t('signoff.notApproved')));
    return;
  }
  append(decision,
    h('p', {}, t('signoff.explain')),
    h('p', { class: 'hint' }, t('signoff.approvedVersion', { approval: decisionText(statement.approval) ?? '' })),
    errorSlot,
    button(t('signoff.signOff'), e => {
      if (!manifest) return;
      if (confirmAction(t('signoff.confirm', { count: manifest.recipients?.length ?? 0 }))) {
        act(e.currentTarget, errorSlot, `${path}/signoff`, { contentHash: statement.contentHash, manifestHash: manifest.hash }, etag, t('signoff.signedOff'), context, ['send']);
      }
    }, { kind: 'primary', testid: 'signoff' }));
}

async function send(body, { statement, etag, path, context }) {
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

async function stats(body, { path, context }) {
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
