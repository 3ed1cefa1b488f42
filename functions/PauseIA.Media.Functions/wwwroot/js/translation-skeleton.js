// "Add a translation": the primary text's structure (headings, lists, quotes, tables, links) with
// each sentence replaced by a marker to translate, so the translation starts with the same blocks
// and the same link targets, and the consistency check shows what is still missing.

const fence = /^\s*(```|~~~)/;
const heading = /^(#{1,6})\s+(.*)$/;
const listItem = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const quote = /^(\s*>\s?)(.*)$/;
const rule = /^\s*([-*_])(\s*\1){2,}\s*$/;
const tableRow = /^\s*\|/;
const tableSeparator = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const link = /\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const bare = /<([^>\s]+)>|\bhttps?:\/\/[^\s)>\]]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function translationSkeleton(markdown, marker) {
  const lines = stripFrontMatter(String(markdown ?? '').replace(/\r\n?/g, '\n')).split('\n');
  const out = [];
  let paragraph = [];
  let inFence = null;
  const flush = () => {
    if (paragraph.length) out.push(sentence(paragraph.join(' '), marker));
    paragraph = [];
  };
  for (const line of lines) {
    if (inFence) {
      out.push(line);
      if (line.trim().startsWith(inFence)) inFence = null;
      continue;
    }
    const opening = fence.exec(line);
    if (opening) { flush(); inFence = opening[1]; out.push(line); continue; }
    if (!line.trim()) { flush(); out.push(''); continue; }
    let m;
    if ((m = heading.exec(line))) { flush(); out.push(`${m[1]} ${sentence(m[2], marker)}`); continue; }
    if (rule.test(line)) { flush(); out.push(line.trim()); continue; }
    if ((m = listItem.exec(line))) { flush(); out.push(`${m[1]}${m[2]} ${sentence(m[3], marker)}`); continue; }
    if ((m = quote.exec(line))) { flush(); out.push(m[2].trim() ? `${m[1]}${sentence(m[2], marker)}` : m[1].trimEnd()); continue; }
    if (tableRow.test(line)) {
      flush();
      out.push(tableSeparator.test(line) ? line.trim()
        : line.trim().split('|').map((cell, i, all) => (i === 0 || i === all.length - 1 || !cell.trim() ? cell : ` ${sentence(cell, marker)} `)).join('|'));
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The marker, then the text's links (their words to translate too) and bare addresses, which stay as they are. */
function sentence(text, marker) {
  const kept = [];
  const rest = text.replace(link, (_, words, target) => { kept.push(`[${marker}](${target})`); return ' '; });
  for (const m of rest.matchAll(bare)) kept.push(m[0]);
  return [marker, ...kept].join(' ');
}

function stripFrontMatter(text) {
  const front = /^\uFEFF?---\n[\s\S]*?\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
  return front ? text.slice(front[0].length) : text;
}
