// The import wizard: choose a CSV, read the dry-run report (what would be created, updated,
// merged, and every rejected row with why), then confirm to write exactly that plan.
import { h, append, clear, field, checkbox } from '../dom.js';
import { request, withQuery } from '../api.js';
import { t, tOr, formatNumber, formatBytes, localizeServerMessage } from '../i18n.js';
import { pageHeader, section, errorAlert, run, button, announce, linkButton, empty } from '../ui.js';
import { humanize } from '../timeline.js';

// ContactsOptions.ImportMaxBytes on the server; checked here too so a huge file fails fast.
const maxBytes = 5 * 1024 * 1024;

export async function render(container, context) {
  context.setTitle(t('import.title'));
  const steps = ['file', 'report', 'result'];
  const stepper = h('ol', { class: 'stepper', 'aria-label': t('import.steps') });
  const body = h('div', { class: 'wizard-body' });
  append(container, pageHeader(t('import.title'), { back: { href: '#/contacts', label: t('contacts.title') }, subtitle: t('import.subtitle') }), stepper, body);

  let file = null;
  let overwrite = false;
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
    const overwriteBox = checkbox(t('import.overwrite'), { name: 'overwrite', checked: overwrite });
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
        overwrite = overwriteBox.input.checked;
        const report = await run(() => upload(chosen, { overwrite }, context.signal), { button: e.submitter, errorSlot });
        if (report === undefined) return;
        file = chosen;
        dryRun = report;
        showReport();
      } } },
      h('p', {}, t('import.fileHelp')),
      h('p', { class: 'hint' }, t('import.columns')),
      field(t('import.fileLabel'), input, { hint: t('import.fileHint') }),
      overwriteBox.element,
      errorSlot,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'import-analyze' }, t('import.analyze'))))));
  };

  const showReport = () => {
    const errorSlot = h('div', { class: 'error-slot' });
    const writes = (dryRun.toCreate ?? 0) + (dryRun.toUpdate ?? 0);
    show('report', section(t('import.step.report'),
      h('p', {}, t('import.reportIntro', { file: file.name })),
      detected(dryRun),
      counts(dryRun, [['rowsRead', 'import.rowsRead'], ['toCreate', 'import.toCreate'], ['toUpdate', 'import.toUpdate'],
        ['unchanged', 'import.unchanged'], ['duplicatesMerged', 'import.duplicatesMerged'], ['rejected', 'import.rejected']]),
      rejectedTable(dryRun),
      notesList(dryRun),
      errorSlot,
      h('div', { class: 'form-actions' },
        button(t('import.confirm', { count: writes }), async e => {
          const result = await run(() => upload(file, { overwrite, commit: true, expect: dryRun.fingerprint }, context.signal), { button: e.currentTarget, errorSlot });
          if (result === undefined) return;
          dryRun = null;
          announce(t('import.done'));
          showResult(result);
        }, { kind: 'primary', testid: 'import-confirm', disabled: writes === 0 }),
        button(t('import.another'), chooseFile, { kind: 'link' }))));
  };

  const showResult = result => {
    show('result', section(t('import.step.result'),
      h('p', { role: 'status', 'data-testid': 'import-result' }, t('import.resultIntro')),
      counts(result, [['rowsRead', 'import.rowsRead'], ['toCreate', 'import.created'], ['toUpdate', 'import.updated'],
        ['unchanged', 'import.unchanged'], ['duplicatesMerged', 'import.duplicatesMerged'], ['rejected', 'import.rejected']]),
      rejectedTable(result, { committed: true }),
      h('div', { class: 'form-actions' },
        linkButton(t('import.seeContacts'), '#/contacts', { kind: 'primary', 'data-testid': 'import-see-contacts' }),
        button(t('import.another'), chooseFile, { kind: 'link' }))));
  };

  chooseFile();
}

async function upload(file, { overwrite, commit, expect }, signal) {
  // The file goes as bytes: the server detects UTF-8 or Windows-1252 (French Excel) itself.
  const url = withQuery('/api/contacts/import', { commit, overwrite, expect });
  const { data } = await request(url, { method: 'POST', body: file, contentType: 'text/csv', signal });
  return data ?? {};
}

const rowsWith = (report, outcome) => (report.rows ?? []).filter(r => String(r.outcome).toLowerCase() === outcome);

function detected(report) {
  const parts = [
    report.encoding ? t('import.encoding', { encoding: report.encoding }) : null,
    report.delimiter ? t('import.delimiter', { delimiter: report.delimiter === ';' ? t('import.semicolon') : report.delimiter === ',' ? t('import.comma') : report.delimiter }) : null,
    report.ignoredColumns?.length ? t('import.ignoredColumns', { columns: report.ignoredColumns.join(', ') }) : null,
  ].filter(Boolean);
  return parts.length ? h('p', { class: 'hint' }, parts.join(' · ')) : null;
}

function counts(report, keys) {
  return h('dl', { class: 'counts', 'data-testid': 'import-counts' },
    keys.filter(([key]) => typeof report[key] === 'number').map(([key, label]) => h('div', {
      class: ['count', key === 'rejected' && report[key] > 0 ? 'count-bad' : null], 'data-count': key,
    }, h('dt', {}, t(label)), h('dd', {}, formatNumber(report[key])))));
}

function rejectedTable(report, { committed = false } = {}) {
  const rejected = rowsWith(report, 'rejected');
  if (!rejected.length) return empty(t('import.noRejected'));
  return h('div', { class: 'table-wrap' },
    h('table', { 'data-testid': 'import-rejected' },
      h('caption', {}, t(committed ? 'import.rejectedCaptionDone' : 'import.rejectedCaption', { count: rejected.length })),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'col-narrow' }, t('import.row')),
        h('th', { scope: 'col' }, t('import.email')),
        h('th', { scope: 'col' }, t('import.reason')))),
      h('tbody', {}, rejected.map(r => h('tr', { 'data-row': String(r.row) },
        h('td', { class: 'col-narrow' }, String(r.row)),
        h('td', { class: 'email' }, r.email ?? ''),
        h('td', {}, r.reason ? localizeServerMessage(r.reason) : tOr(`importReason.${r.reasonCode}`, humanize(r.reasonCode))))))));
}

function notesList(report) {
  const noted = (report.rows ?? []).filter(r => r.notes?.length);
  if (!noted.length) return null;
  return h('details', { class: 'import-notes' },
    h('summary', {}, t('import.notes', { count: noted.length })),
    h('ul', {}, noted.map(r => h('li', {}, t('import.rowNote', { row: r.row }), ' ', r.notes.map(localizeServerMessage).join(' ; ')))));
}
