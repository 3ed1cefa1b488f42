// One statement through its workflow: overview, editing, review with the diff since the last
// review, sign-off on the rendered email and its recipients, sending, and statistics.
import { h, append, clear, facts, field } from '../dom.js';
import { get, post, request, segment, withQuery } from '../api.js';
import { t, tOr, formatDateTime, formatNumber, formatPercent } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, badge, tabs, button, run, announce, confirmAction, sandboxedFrame, notice, empty } from '../ui.js';
import { timeline, humanize } from '../timeline.js';
import { diffView } from '../diff.js';
import { manifestView } from '../manifest.js';
import { statementEditor } from '../statement-editor.js';
import { stateOf, isEditable, isAuthor, canReview, canSignOff, canSend, canSubmit, canWithdraw, authorName } from '../statements-model.js';

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
  } catch (error) {
    append(clear(container), pageHeader(id, { back: back() }), errorAlert(error));
    return;
  }
  context.setTitle(statement.title || t('statements.untitled'));
  const state = stateOf(statement);
  const body = h('div', { class: 'tab-body' });
  append(clear(container), 
    pageHeader(statement.title || t('statements.untitled'), {
      back: back(),
      subtitle: h('span', { class: 'subtitle-row' }, h('span', { 'data-testid': 'statement-state' }, badge('state', state)),
        statement.version ? h('span', { class: 'muted' }, ` ${t('statement.version', { version: statement.version })}`) : null),
    }),
    tabs(t('statement.sections'), [
      { key: 'overview', label: t('statement.tab.overview'), href: href(['statements', id]) },
      { key: 'edit', label: t('statement.tab.edit'), href: href(['statements', id, 'edit']) },
      { key: 'review', label: t('statement.tab.review'), href: href(['statements', id, 'review']) },
      { key: 'signoff', label: t('statement.tab.signoff'), href: href(['statements', id, 'signoff']) },
      { key: 'send', label: t('statement.tab.send'), href: href(['statements', id, 'send']) },
      { key: 'stats', label: t('statement.tab.stats'), href: href(['statements', id, 'stats']) },
    ], tab),
    body);

  const views = { overview, edit, review, signoff, send, stats };
  await views[tab](body, { statement, etag, path, context });
}

const back = () => ({ href: '#/statements', label: t('statements.title') });

/** Runs a workflow action, announces it, and shows the statement's new state. */
async function act(buttonEl, errorSlot, url, payload, doneText, context, target = []) {
  const result = await run(() => post(url, payload, { signal: context.signal }), { button: buttonEl, errorSlot });
  if (result === undefined) return;
  announce(doneText);
  navigate(['statements', context.params.id, ...target]);
}

async function overview(body, { statement, path, context }) {
  const state = stateOf(statement);
  const errorSlot = h('div', { class: 'error-slot' });
  const actions = [
    canSubmit(statement) ? button(t('statement.submit'), e => act(e.currentTarget, errorSlot, `${path}/submit`, {}, t('statement.submitted'), context), { kind: 'primary', testid: 'statement-submit' }) : null,
    canReview(statement) ? h('a', { class: 'button button-primary', href: href(['statements', statement.id, 'review']) }, t('statement.goReview')) : null,
    canSignOff(statement) ? h('a', { class: 'button button-primary', href: href(['statements', statement.id, 'signoff']) }, t('statement.goSignoff')) : null,
    canSend(statement) ? h('a', { class: 'button button-primary', href: href(['statements', statement.id, 'send']) }, t('statement.goSend')) : null,
    canWithdraw(statement) ? button(t('statement.withdraw'), e => confirmAction(t('statement.confirmWithdraw'))
      && act(e.currentTarget, errorSlot, `${path}/withdraw`, {}, t('statement.withdrawn'), context), { kind: 'danger', testid: 'statement-withdraw' }) : null,
  ].filter(Boolean);

  const preview = h('div', {}, loading());
  append(body, 
    h('p', { class: 'next-step', 'data-testid': 'next-step' }, nextStep(statement)),
    errorSlot,
    actions.length ? h('div', { class: 'form-actions' }, actions) : null,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('statement.rendered'), preview)),
      h('aside', { class: 'layout-side', 'aria-label': t('statement.details') },
        section(t('statement.details'), facts([
          [t('statement.state'), badge('state', state)],
          [t('statement.kind'), tOr(`statementKind.${statement.kind}`, statement.kind ?? '')],
          [t('statement.author'), authorName(statement)],
          [t('statement.audience'), audienceText(statement.audience)],
          [t('statement.embargo'), embargoText(statement)],
          [t('statement.hash'), statement.contentHash ? h('code', { class: 'hash' }, String(statement.contentHash).slice(0, 12)) : null],
          [t('statement.approvedBy'), approvalText(statement.approval)],
          [t('statement.signedOffBy'), approvalText(statement.signOff ?? statement.signoff)],
          [t('statement.scheduledAt'), statement.scheduledAt ? formatDateTime(statement.scheduledAt) : null],
          [t('statement.sentAt'), statement.sentAt ? formatDateTime(statement.sentAt) : null],
          [t('statement.updated'), formatDateTime(statement.updatedAt ?? statement.createdAt)],
        ])),
        section(t('statement.timeline'), await timelineOf(statement, path, context))),
    ));
  await fillPreview(preview, path, context);
}

function nextStep(statement) {
  const state = stateOf(statement);
  if (state === 'draft' || state === 'changesRequested') return isAuthor(statement) ? t('next.authorDraft') : t('next.draft');
  return tOr(`next.${state}`, '');
}

async function timelineOf(statement, path, context) {
  if (statement.timeline) return timeline(statement.timeline, { group: 'statementEvent' });
  try {
    const events = await get(`${path}/timeline`, { signal: context.signal });
    return timeline(Array.isArray(events) ? events : events?.items, { group: 'statementEvent' });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    return errorAlert(error);
  }
}

async function fillPreview(slot, path, context) {
  try {
    const preview = await get(`${path}/preview`, { signal: context.signal });
    const html = typeof preview === 'string' ? preview : preview?.html ?? '';
    append(clear(slot), 
      preview?.subject ? h('p', { class: 'email-subject' }, h('span', { class: 'muted' }, `${t('statement.subject')} : `), preview.subject) : null,
      sandboxedFrame(html, { title: t('statement.rendered'), className: 'email-frame' }));
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    append(clear(slot), errorAlert(error));
  }
}

function audienceText(audience) {
  if (!audience) return null;
  if (audience.inquiryReference || audience.reference) {
    const reference = audience.inquiryReference ?? audience.reference;
    return h('a', { href: href(['inquiries', reference]) }, t('statement.audienceInquiry', { reference }));
  }
  if (audience.segmentId) return h('a', { href: href(['contacts', 'segments', audience.segmentId]) }, audience.segmentName ?? audience.segmentId);
  if (audience.emails?.length) return audience.emails.join(', ');
  return null;
}

function embargoText(statement) {
  const until = statement.embargo?.until ?? statement.embargo?.untilUtc ?? statement.embargoUntilUtc;
  return until ? t('statement.embargoUntil', { date: formatDateTime(until) }) : t('statement.noEmbargo');
}

function approvalText(approval) {
  if (!approval) return null;
  const who = approval.by ?? approval.reviewer ?? approval.member ?? '';
  const at = approval.at ?? approval.atUtc;
  return [who, at ? formatDateTime(at) : null].filter(Boolean).join(' · ');
}

async function edit(body, { statement, etag, context }) {
  if (!isEditable(statement)) {
    append(body, notice(t('statement.notEditable', { state: tOr(`state.${stateOf(statement)}`, stateOf(statement)) })));
    return;
  }
  if (stateOf(statement) === 'changesRequested') append(body, latestRequest(statement));
  const editor = statementEditor({
    statement, etag, context,
    onSaved: () => { announce(t('editor.saved')); navigate(['statements', statement.id]); },
  });
  context.isDirty = editor.isDirty;
  append(body, editor.element);
}

function reviewsOf(statement) {
  return statement.reviews ?? statement.comments ?? [];
}

/** What the director asked for last, shown above the editor while revising. */
function latestRequest(statement) {
  const last = [...reviewsOf(statement)].reverse().find(r => /change/i.test(String(r.decision ?? '')));
  if (!last?.comment) return null;
  return h('div', { class: 'alert alert-warning', role: 'note' },
    h('p', {}, h('strong', {}, t('review.changesRequestedBy', { who: last.reviewer ?? last.by ?? '' }))),
    h('p', { class: 'pre-line' }, last.comment));
}

async function review(body, { statement, path, context }) {
  const diffSlot = h('div', {}, loading());
  const errorSlot = h('div', { class: 'error-slot' });
  const comment = h('textarea', { name: 'comment', rows: 5, 'data-testid': 'review-comment' });
  const decide = decision => async e => {
    if (decision === 'requestChanges' && !comment.value.trim()) {
      errorSlot.replaceChildren(errorAlert(new Error(t('review.commentRequired'))));
      comment.focus();
      return;
    }
    await act(e.currentTarget, errorSlot, `${path}/review`, { decision, comment: comment.value.trim() || null },
      decision === 'approve' ? t('review.approved') : t('review.changesRequested'), context);
  };
  const reviewing = canReview(statement);
  append(body, 
    section(t('review.changes'),
      h('div', { class: 'diff-controls' }, diffModeSwitch(statement, diffSlot, path, context)),
      diffSlot),
    section(t('review.history'), reviewsList(reviewsOf(statement))),
    reviewing
      ? section(t('review.decision'),
        isAuthor(statement) ? notice(t('review.ownDraft'), 'warning') : null,
        h('div', { class: 'stack' },
          field(t('review.comment'), comment, { hint: t('review.commentHint') }),
          errorSlot,
          h('div', { class: 'form-actions' },
            button(t('review.approve'), decide('approve'), { kind: 'primary', testid: 'review-approve' }),
            button(t('review.requestChanges'), decide('requestChanges'), { testid: 'review-request-changes' }))))
      : notice(stateOf(statement) === 'inReview' ? t('review.directorOnly') : t('review.notInReview')));
  await showDiff(diffSlot, path, { since: 'lastReview' }, context);
}

function diffModeSwitch(statement, slot, path, context) {
  const versions = statement.versions ?? [];
  const since = button(t('review.sinceLastReview'), () => showDiff(slot, path, { since: 'lastReview' }, context), { kind: 'link', testid: 'diff-since-review' });
  if (versions.length < 2) return since;
  const options = versions.map(v => h('option', { value: v.version ?? v.id }, t('statement.version', { version: v.version ?? v.id })));
  const from = h('select', { 'aria-label': t('review.from') }, options.map(o => o.cloneNode(true)));
  const to = h('select', { 'aria-label': t('review.to') }, options);
  from.selectedIndex = Math.max(0, versions.length - 2);
  to.selectedIndex = versions.length - 1;
  return h('div', { class: 'inline-form' }, since, h('span', {}, t('review.compare')), from, to,
    button(t('review.show'), () => showDiff(slot, path, { from: from.value, to: to.value }, context), { kind: 'secondary' }));
}

async function showDiff(slot, path, query, context) {
  append(clear(slot), loading());
  try {
    const diff = await get(withQuery(`${path}/diff`, query), { signal: context.signal });
    append(clear(slot), 
      diff?.fromVersion || diff?.toVersion ? h('p', { class: 'hint' }, t('review.diffRange', { from: diff.fromVersion ?? '—', to: diff.toVersion ?? '—' })) : null,
      diff?.firstReview ? notice(t('review.firstReview')) : null,
      diffView(diff));
  } catch (error) {
    if (error?.name === 'AbortError') return;
    append(clear(slot), errorAlert(error));
  }
}

function reviewsList(reviews) {
  if (!reviews.length) return empty(t('review.noHistory'));
  return h('ol', { class: 'reviews' }, reviews.map(r => h('li', { class: 'review-item' },
    h('p', {}, h('strong', {}, r.reviewer ?? r.by ?? r.author ?? ''), ' — ',
      r.decision ? badge('decision', r.decision) : null,
      r.at ? h('span', { class: 'muted' }, ` ${formatDateTime(r.at)}`) : null,
      r.version ? h('span', { class: 'muted' }, ` · ${t('statement.version', { version: r.version })}`) : null),
    r.comment || r.text ? h('p', { class: 'pre-line' }, r.comment ?? r.text) : null)));
}

async function signoff(body, { statement, path, context }) {
  const preview = h('div', {}, loading());
  const manifestSlot = h('div', {}, loading());
  const errorSlot = h('div', { class: 'error-slot' });
  append(body, 
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('signoff.email'), preview)),
      h('div', { class: 'layout-side' },
        section(t('signoff.recipients'), manifestSlot),
        section(t('signoff.decision'),
          canSignOff(statement)
            ? h('div', { class: 'stack' },
              h('p', {}, t('signoff.explain')),
              errorSlot,
              button(t('signoff.signOff'), e => confirmAction(t('signoff.confirm'))
                && act(e.currentTarget, errorSlot, `${path}/signoff`, { contentHash: statement.contentHash ?? null }, t('signoff.done'), context, ['send']),
              { kind: 'primary', testid: 'signoff' }))
            : notice(stateOf(statement) === 'approved' ? t('signoff.spokespersonOnly') : t('signoff.notApproved'))))));
  await Promise.all([
    fillPreview(preview, path, context),
    get(`${path}/manifest`, { signal: context.signal })
      .then(manifest => append(clear(manifestSlot), manifestView(manifest)))
      .catch(error => { if (error?.name !== 'AbortError') append(clear(manifestSlot), errorAlert(error)); }),
  ]);
}

async function send(body, { statement, path, context }) {
  const state = stateOf(statement);
  const errorSlot = h('div', { class: 'error-slot' });
  const testSlot = h('div', { class: 'error-slot' });
  const when = h('input', { type: 'datetime-local', name: 'scheduledAt', id: 'send-at' });
  const sendNow = button(t('send.now'), e => confirmAction(t('send.confirmNow'))
    && act(e.currentTarget, errorSlot, `${path}/send`, {}, t('send.sent'), context), { kind: 'primary', testid: 'send-now' });
  const schedule = button(t('send.schedule'), e => {
    if (!when.value) { when.focus(); return; }
    const at = new Date(when.value).toISOString();
    if (confirmAction(t('send.confirmSchedule', { date: formatDateTime(at) }))) act(e.currentTarget, errorSlot, `${path}/send`, { scheduledAt: at }, t('send.scheduled'), context);
  }, { testid: 'send-schedule' });
  const test = button(t('send.test'), async e => {
    const result = await run(() => post(`${path}/send`, { test: true }, { signal: context.signal }), { button: e.currentTarget, errorSlot: testSlot });
    if (result !== undefined) announce(t('send.testSent'));
  }, { testid: 'send-test' });

  append(body, 
    canSend(statement)
      ? section(t('send.title'),
        h('p', {}, state === 'scheduled' ? t('send.alreadyScheduled', { date: formatDateTime(statement.scheduledAt) }) : t('send.explain')),
        embargoText(statement) ? h('p', { class: 'hint' }, embargoText(statement)) : null,
        errorSlot,
        h('div', { class: 'form-actions' }, sendNow),
        h('div', { class: 'inline-form' }, h('div', { class: 'field' }, h('label', { for: when.id }, t('send.at')), when), schedule))
      : notice(['sent', 'sending'].includes(state) ? t('send.done') : t('send.notSignedOff')),
    ['approved', 'signedOff', 'scheduled'].includes(state)
      ? section(t('send.testTitle'), h('p', {}, t('send.testExplain')), testSlot, test)
      : null);
}

async function stats(body, { path, context }) {
  const slot = h('div', {}, loading());
  append(body, section(t('stats.title'), slot));
  try {
    const data = await get(`${path}/stats`, { signal: context.signal });
    const entries = Object.entries(data ?? {}).filter(([, v]) => typeof v === 'number');
    const base = data?.recipients ?? data?.sent ?? null;
    append(clear(slot), entries.length ? h('dl', { class: 'counts', 'data-testid': 'stats' }, entries.map(([key, value]) => h('div', { class: 'count' },
      h('dt', {}, tOr(`stats.${key}`, humanize(key))),
      h('dd', {}, formatNumber(value), base && key !== 'recipients' && key !== 'sent' && value <= base ? h('span', { class: 'muted' }, ` (${formatPercent(value / base)})`) : null)))) : empty(t('stats.none')));
  } catch (error) {
    if (error?.name === 'AbortError') return;
    append(clear(slot), errorAlert(error));
  }
}
