// Which page answers which hash path. Each page module exports render(container, context).
import * as inquiries from './views/inquiries.js';
import * as inquiry from './views/inquiry.js';
import * as inbound from './views/inbound.js';
import * as inboundMail from './views/inbound-mail.js';
import * as contacts from './views/contacts.js';
import * as contact from './views/contact.js';
import * as contactForm from './views/contact-form.js';
import * as contactImport from './views/contact-import.js';
import * as segments from './views/segments.js';
import * as duplicates from './views/duplicates.js';
import * as statements from './views/statements.js';
import * as statement from './views/statement.js';
import * as statementNew from './views/statement-new.js';
import * as outbox from './views/outbox.js';
import * as mailSends from './views/mail-sends.js';
import * as poison from './views/poison.js';

const statementTabs = new Set(['edit', 'review', 'signoff', 'send', 'stats']);

const routes = [
  { match: ['inquiries'], view: inquiries },
  { match: ['inquiries', ':reference'], view: inquiry },
  { match: ['inbound'], view: inbound },
  { match: ['inbound', ':key'], view: inboundMail },
  { match: ['contacts'], view: contacts },
  { match: ['contacts', 'new'], view: contactForm },
  { match: ['contacts', 'import'], view: contactImport },
  { match: ['contacts', 'duplicates'], view: duplicates },
  { match: ['contacts', 'segments'], view: segments },
  { match: ['contacts', 'segments', ':segmentId'], view: segments },
  { match: ['contacts', ':email'], view: contact },
  { match: ['contacts', ':email', 'edit'], view: contactForm },
  { match: ['statements'], view: statements },
  { match: ['statements', 'new'], view: statementNew },
  { match: ['statements', ':id'], view: statement },
  { match: ['statements', ':id', ':tab'], view: statement, when: params => statementTabs.has(params.tab) },
  { match: ['outbox'], view: outbox },
  { match: ['mail-sends'], view: mailSends },
  { match: ['poison'], view: poison },
];

/** The first route whose literal segments match (literals win because they come first), with its parameters. */
export function resolveRoute(path) {
  for (const route of routes) {
    if (route.match.length !== path.length) continue;
    const params = {};
    const matches = route.match.every((part, i) => {
      if (part.startsWith(':')) { params[part.slice(1)] = path[i]; return true; }
      return part === path[i];
    });
    if (matches && (!route.when || route.when(params))) return { render: route.view.render, params };
  }
  return null;
}
