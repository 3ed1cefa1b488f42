// One statement through its workflow: overview, writing, review with the diff since the last
// review, sign-off on the rendered email and its frozen recipients, sending, and statistics.
// Which actions show is the server's list for the signed-in member (StatementView.actions).
import { h, append, clear, facts } from '../dom.js';
import { request, segment } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, badge, tabs, button, announce, confirmAction, notice } from '../ui.js';
import { timeline } from '../timeline.js';
import { statementEditor } from '../statement-editor.js';
import { can, isEditable } from '../statements-model.js';
import { act, discussion, audienceText, embargoText, decisionText, previewPanel } from '../statement-parts.js';
import { review } from '../statement-review.js';
import { signoff } from '../statement-signoff.js';
import { send, stats } from '../statement-send.js';
import { languageName } from '../statement-languages.js';

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

/** "French (primary text), English": one approval covers them all. */
function languagesText(statement) {
  return (statement.languages?.length ? statement.languages : [statement.language])
    .map(code => (code === statement.language ? t('statement.primaryLanguage', { language: languageName(code) }) : languageName(code))).join(', ');
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

  const preview = previewPanel(statement, context);
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
          [t('statement.languages'), languagesText(statement)],
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

/** What the director asked for last, shown above the editor while revising. */
function latestRequest(statement) {
  const last = [...discussion(statement)].reverse().find(e => e.kind === 'changesRequested');
  if (!last || statement.state !== 'changesRequested') return null;
  return h('div', { class: 'alert alert-warning', role: 'note', 'data-testid': 'changes-requested' },
    h('p', {}, h('strong', {}, t('review.changesRequestedBy', { who: last.actor }))),
    last.text ? h('p', { class: 'pre-line' }, last.text) : null);
}
