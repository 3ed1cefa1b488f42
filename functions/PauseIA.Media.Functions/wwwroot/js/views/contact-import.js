// The import wizard: choose a CSV, read the dry-run report (what would be created, updated,
// merged, and every rejected row with why), then confirm to write exactly that.
import { h, append, clear, field } from '../dom.js';
import { request } from '../api.js';
import { t, formatNumber, formatBytes, localizeServerMessage } from '../i18n.js';
import { pageHeader, section, errorAlert, run, button, announce, linkButton, empty } from '../ui.js';
import { humanize } from '../timeline.js';

const maxBytes = 10 * 1024 * 1024;

export async function render(container, context) {
  context.setTitle(t('import.title'));
  const steps = ['file', 'report', 'result'];
  const stepper = h('ol', { class: 'stepper', 'aria-label': t('import.steps') });
  const body = h('div', { class: 'wizard-body' });
  append(container, pageHeader(t('import.title'), { back: { href: '#/contacts', label: t('contacts.title') }, subtitle: t('import.subtitle') }), stepper, body);

  let file = null;
  let dryRun = null;
  context.isDirty = () => Boolean(dryRun);

  const show = (step, content) => {
    append(clear(stepper), steps.map((s, i) => h('li', {
      class: ['step', s === step ? 'step-current' : steps.indexOf(step) > i ? 'step-done' : null],
      'aria-current': s === step ? 'step' : null,
    }, h('span', { class: 'step-number' }, String(i + 1)), t(`import.step.${s}`))));
    append(clear(body), content);
    body.querySelector('h2')?.focus();
  };

  const chooseFile = () => {
    dryRun = null;
    const input = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true, 'data-testid': 'import-file' });
    const errorSlot = h('div', { class: 'error-slot' });
    show('file', section(t('import.step.file'),
      h('form', { class: 'stack', on: { submit: async e => {
        e.preventDefault();
        const chosen = input.files?.[0];
        if (!chosen) { input.focus(); return; }
        if (chosen.size > maxBytes) {
          append(clear(errorSlot), errorAlert(new Error(t('import.tooLarge', { size: formatBytes(maxBytes) }))));
          return;
        }
        const report = await run(() => upload(chosen, false, context.signal), { button: e.submitter, errorSlot });
        if (report === undefined) return;
        file = chosen;
        dryRun = report;
        showReport();
      } } },
      h('p', {}, t('import.fileHelp')),
      h('p', { class: 'hint' }, t('import.columns')),
      field(t('import.fileLabel'), input, { hint: t('import.fileHint') }),
      errorSlot,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'import-analyze' }, t('import.analyze'))))));
  };

  const showReport = () => {
    const errorSlot = h('div', { class: 'error-slot' });
    const writes = (dryRun.toCreate ?? 0) + (dryRun.toUpdate ?? 0) + (dryRun.duplicatesMerged ?? 0);
    show('report', section(t('import.step.report'),
      h('p', {}, t('import.reportIntro', { file: file.name })),
      counts(dryRun, [
        ['rowsRead', 'import.rowsRead'], ['toCreate', 'import.toCreate'], ['toUpdate', 'import.toUpdate'],
        ['duplicatesMerged', 'import.duplicatesMerged'], ['unchanged', 'import.unchanged'],
      ], rejectedOf(dryRun).length),
      warnings(dryRun),
      rejectedTable(rejectedOf(dryRun)),
      errorSlot,
      h('div', { class: 'form-actions' },
        button(t('import.confirm', { count: writes }), async e => {
          const result = await run(() => upload(file, true, context.signal), { button: e.currentTarget, errorSlot });
          if (result === undefined) return;
          dryRun = null;
          announce(t('import.done'));
          showResult(result);
        }, { kind: 'primary', testid: 'import-confirm', disabled: writes === 0 }),
        button(t('import.another'), chooseFile, { kind: 'link' }))));
  };

  const showResult = result => {
    show('result', section(t('import.step.result'),
      h('p', { role: 'status' }, t('import.resultIntro')),
      counts(result, [
        ['rowsRead', 'import.rowsRead'], ['created', 'import.created'], ['toCreate', 'import.created'],
        ['updated', 'import.updated'], ['toUpdate', 'import.updated'], ['duplicatesMerged', 'import.duplicatesMerged'],
      ], rejectedOf(result).length),
      rejectedTable(rejectedOf(result)),
      h('div', { class: 'form-actions' },
        linkButton(t('import.seeContacts'), '#/contacts', { kind: 'primary', 'data-testid': 'import-see-contacts' }),
        button(t('import.another'), chooseFile, { kind: 'link' }))));
  };

  chooseFile();
}

function upload(file, commit, signal) {
  // The file goes as bytes: the server detects UTF-8 or Windows-1252 (French Excel) itself.
  return request(`/api/contacts/import${commit ? '?commit=true' : ''}`, { method: 'POST', body: file, contentType: 'text/csv', signal })
    .then(response => response.data ?? {});
}

const rejectedOf = report => report.rejected ?? report.rejections ?? [];

function counts(report, keys, rejected) {
  const seen = new Set();
  const items = keys.filter(([key, label]) => typeof report[key] === 'number' && !seen.has(label) && seen.add(label));
  return h('dl', { class: 'counts', 'data-testid': 'import-counts' },
    items.map(([key, label]) => h('div', { class: 'count', 'data-count': key }, h('dt', {}, t(label)), h('dd', {}, formatNumber(report[key])))),
    h('div', { class: ['count', rejected ? 'count-bad' : null], 'data-count': 'rejected' }, h('dt', {}, t('import.rejected')), h('dd', {}, formatNumber(rejected))));
}

function warnings(report) {
  const list = report.warnings ?? [];
  if (!list.length) return null;
  return h('ul', { class: 'alert alert-warning' }, list.map(w => h('li', {}, typeof w === 'string' ? w : w.message ?? JSON.stringify(w))));
}

function rejectedTable(rejected) {
  if (!rejected.length) return empty(t('import.noRejected'));
  return h('div', { class: 'table-wrap' },
    h('table', { 'data-testid': 'import-rejected' },
      h('caption', {}, t('import.rejectedCaption', { count: rejected.length })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'col-narrow' }, t('import.row')), h('th', { scope: 'col' }, t('import.reason')))),
      h('tbody', {}, rejected.map(r => h('tr', { 'data-row': String(r.row ?? r.line ?? '') },
        h('td', { class: 'col-narrow' }, String(r.row ?? r.line ?? '')),
        h('td', {}, localizeServerMessage(r.reason ?? r.message ?? '') || humanize(r.code ?? '')))))));
}
