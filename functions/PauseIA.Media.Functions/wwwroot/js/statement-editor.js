// The statement editor: title, kind, audience, embargo and the Markdown text, with a live preview
// rendered by the server's own email pipeline. Used to create a draft and to revise one.
import { h, append, clear, field, select, nextId } from './dom.js';
import { get, request, segment, ApiError } from './api.js';
import { t, tOr } from './i18n.js';
import { errorAlert, sandboxedFrame, setFrameHtml, button } from './ui.js';
import { renderMarkdown } from './preview.js';
import { statementKinds } from './statements-model.js';

// Unsaved edits survive a re-render (language switch) but not a reload.
const drafts = new Map();
const previewDelayMs = 500;

/**
 * statement: the saved statement (or {} for a new one); etag: its ETag; onSaved(saved): called
 * after a successful save. Returns { element, isDirty }.
 */
export function statementEditor({ statement = {}, etag = null, context, onSaved }) {
  const key = statement.id ?? 'new';
  const initial = {
    title: statement.title ?? '',
    kind: statement.kind ?? statementKinds[0],
    markdown: statement.markdown ?? statement.content ?? '',
    audienceType: audienceTypeOf(statement.audience),
    segmentId: statement.audience?.segmentId ?? '',
    inquiryReference: statement.audience?.inquiryReference ?? statement.audience?.reference ?? statement.inquiryReference ?? '',
    embargoMode: statement.embargo?.until || statement.embargoUntilUtc ? 'until' : 'none',
    embargoUntil: toLocalInput(statement.embargo?.until ?? statement.embargo?.untilUtc ?? statement.embargoUntilUtc),
  };
  const values = { ...initial, ...(drafts.get(key) ?? {}) };
  const isDirty = () => Object.keys(initial).some(k => values[k] !== initial[k]);
  const remember = () => (isDirty() ? drafts.set(key, { ...values }) : drafts.delete(key));

  const title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200, value: values.title, 'data-testid': 'statement-title' });
  const kind = select(statementKinds.map(k => ({ value: k, label: tOr(`statementKind.${k}`, k) })), { name: 'kind', value: values.kind });
  const markdown = h('textarea', { name: 'markdown', rows: 22, required: true, class: 'markdown-input', spellcheck: 'true', value: values.markdown, 'data-testid': 'statement-markdown' });

  const audienceName = nextId('audience');
  const audienceRadio = (value, label) => {
    const input = h('input', { type: 'radio', name: audienceName, value, id: nextId('aud'), checked: values.audienceType === value });
    return { input, element: h('div', { class: 'field-check' }, input, h('label', { for: input.id }, label)) };
  };
  const audienceSegment = audienceRadio('segment', t('editor.audienceSegment'));
  const audienceInquiry = audienceRadio('inquiry', t('editor.audienceInquiry'));
  const segmentSelect = select([{ value: '', label: t('common.loading') }], { name: 'segmentId' });
  const inquiryInput = h('input', { type: 'text', name: 'inquiryReference', value: values.inquiryReference, placeholder: 'PIA-2026-0001', pattern: '[A-Za-z]+-\\d{4}-\\d+' });
  const segmentField = field(t('editor.segment'), segmentSelect);
  const inquiryField = field(t('editor.inquiryReference'), inquiryInput);

  const embargoName = nextId('embargo');
  const embargoRadio = (value, label) => {
    const input = h('input', { type: 'radio', name: embargoName, value, id: nextId('emb'), checked: values.embargoMode === value });
    return { input, element: h('div', { class: 'field-check' }, input, h('label', { for: input.id }, label)) };
  };
  const embargoNone = embargoRadio('none', t('editor.embargoNone'));
  const embargoUntilRadio = embargoRadio('until', t('editor.embargoUntil'));
  const embargoUntil = h('input', { type: 'datetime-local', name: 'embargoUntil', value: values.embargoUntil });
  const embargoField = field(t('editor.embargoUntilLabel'), embargoUntil, { hint: t('editor.embargoHint') });

  const syncVisibility = () => {
    segmentField.hidden = values.audienceType !== 'segment';
    inquiryField.hidden = values.audienceType !== 'inquiry';
    embargoField.hidden = values.embargoMode !== 'until';
    embargoUntil.required = values.embargoMode === 'until';
  };

  loadSegments(segmentSelect, values.segmentId, context.signal);

  const frame = sandboxedFrame('', { title: t('editor.previewTitle'), className: 'preview-frame' });
  const previewStatus = h('p', { class: 'hint', 'aria-live': 'polite' });
  const previewSource = h('pre', { class: 'markdown-source', hidden: true });
  let previewTimer = null;
  let previewController = null;
  let serverPreviewUnavailable = false;

  const refreshPreview = async () => {
    previewController?.abort();
    previewController = new AbortController();
    context.signal.addEventListener('abort', () => previewController?.abort(), { once: true });
    try {
      const html = serverPreviewUnavailable ? null : await renderMarkdown(values.markdown, { signal: previewController.signal, kind: 'statement' });
      if (html === null) {
        serverPreviewUnavailable = true;
        await showSavedPreview();
        return;
      }
      setFrameHtml(frame, html);
      frame.hidden = false;
      previewSource.hidden = true;
      previewStatus.textContent = t('editor.previewLive');
    } catch (error) {
      if (error?.name === 'AbortError') return;
      previewStatus.textContent = error instanceof ApiError ? error.display : t('editor.previewFailed');
    }
  };

  // Without a preview endpoint for unsaved text, show the last saved rendering and the source.
  const showSavedPreview = async () => {
    if (statement.id) {
      const saved = await get(`/api/statements/${segment(statement.id)}/preview`, { signal: previewController.signal });
      setFrameHtml(frame, typeof saved === 'string' ? saved : saved?.html ?? '');
      previewStatus.textContent = isDirty() ? t('editor.previewSavedOnly') : t('editor.previewSaved');
    } else {
      frame.hidden = true;
      previewSource.hidden = false;
      previewSource.textContent = values.markdown;
      previewStatus.textContent = t('editor.previewAfterSave');
    }
  };

  const schedulePreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, previewDelayMs);
  };
  context.onDispose(() => { clearTimeout(previewTimer); previewController?.abort(); });

  const errorSlot = h('div', { class: 'error-slot' });
  const form = h('form', { class: 'editor', 'data-testid': 'statement-editor', on: {
    input: e => {
      read();
      remember();
      if (e.target === markdown) schedulePreview();
    },
    change: () => { read(); remember(); syncVisibility(); },
    submit: async e => {
      e.preventDefault();
      read();
      const submit = e.submitter;
      submit.disabled = true;
      clear(errorSlot);
      try {
        const { data, etag: newEtag } = await request(statement.id ? `/api/statements/${segment(statement.id)}` : '/api/statements', {
          method: statement.id ? 'PUT' : 'POST', json: toBody(values), etag, signal: context.signal,
        });
        drafts.delete(key);
        Object.assign(initial, values);
        await onSaved?.(data, newEtag);
      } catch (error) {
        if (error?.name === 'AbortError') return;
        append(errorSlot, error instanceof ApiError && error.isConflict && statement.id
          ? h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'conflict' },
            h('p', {}, h('strong', {}, t('editor.conflictTitle'))), h('p', {}, t('editor.conflictText')),
            error.serverMessage ? h('p', { class: 'muted' }, error.display) : null,
            button(t('editor.discardAndReload'), () => { drafts.delete(key); context.reload?.(); }))
          : errorAlert(error));
      } finally {
        submit.disabled = false;
      }
    },
  } },
  h('div', { class: 'editor-meta' },
    field(t('editor.title'), title, { className: 'field-full' }),
    field(t('editor.kind'), kind),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.audience')), audienceSegment.element, audienceInquiry.element, segmentField, inquiryField),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('editor.embargo')), embargoNone.element, embargoUntilRadio.element, embargoField)),
  h('div', { class: 'editor-panes' },
    h('div', { class: 'editor-pane' }, field(t('editor.markdown'), markdown, { hint: t('editor.markdownHint') })),
    h('div', { class: 'editor-pane', role: 'region', 'aria-label': t('editor.previewTitle') },
      h('div', { class: 'preview-label' }, t('editor.previewTitle')), previewStatus, frame, previewSource)),
  errorSlot,
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'statement-save' }, statement.id ? t('editor.save') : t('editor.create'))));

  function read() {
    values.title = title.value;
    values.kind = kind.value;
    values.markdown = markdown.value;
    values.audienceType = audienceInquiry.input.checked ? 'inquiry' : 'segment';
    values.segmentId = segmentSelect.value;
    values.inquiryReference = inquiryInput.value.trim();
    values.embargoMode = embargoUntilRadio.input.checked ? 'until' : 'none';
    values.embargoUntil = embargoUntil.value;
  }

  syncVisibility();
  refreshPreview();
  return { element: form, isDirty };
}

function audienceTypeOf(audience) {
  if (!audience) return 'segment';
  const type = String(audience.type ?? audience.kind ?? '').toLowerCase();
  if (type === 'inquiry' || audience.inquiryReference || audience.reference) return 'inquiry';
  return 'segment';
}

function toBody(values) {
  return {
    title: values.title.trim(),
    kind: values.kind,
    markdown: values.markdown,
    audience: values.audienceType === 'inquiry'
      ? { type: 'inquiry', inquiryReference: values.inquiryReference }
      : { type: 'segment', segmentId: values.segmentId || null },
    embargo: values.embargoMode === 'until' && values.embargoUntil
      ? { mode: 'until', until: new Date(values.embargoUntil).toISOString() }
      : { mode: 'none' },
  };
}

/** "2026-11-24T10:00:00Z" → "2026-11-24T11:00" in the browser's zone for datetime-local. */
function toLocalInput(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

async function loadSegments(selectEl, selected, signal) {
  try {
    const list = await get('/api/contacts/segments', { signal });
    const items = Array.isArray(list) ? list : list?.items ?? [];
    append(clear(selectEl), 
      h('option', { value: '' }, items.length ? t('editor.chooseSegment') : t('editor.noSegments')),
      items.map(s => h('option', { value: s.id, selected: s.id === selected }, s.name ?? s.id)));
    selectEl.value = selected ?? '';
  } catch (error) {
    if (error?.name === 'AbortError') return;
    append(clear(selectEl), h('option', { value: '' }, t('editor.segmentsUnavailable')));
  }
}

