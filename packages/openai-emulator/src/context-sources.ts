import { messageText } from './message-text.ts';
import type { ChatMessage } from './types.ts';

export interface Source {
  url: string;
  /** The source's title when the context gives one recognisably. */
  title?: string;
}

/** Messages that carry instructions and retrieved passages. */
const CONTEXT_ROLES = new Set(['system', 'developer', 'tool']);

const URL_PATTERN = /https?:\/\/[^\s<>"'`()[\]{}]+/g;
/** Sentence punctuation after a URL belongs to the sentence. */
const TRAILING_PUNCTUATION = /[.,;:!?*]+$/;
const MAX_TITLE_LENGTH = 100;
const MAX_HEADING_WORDS = 12;
/** A source's title sits within a few lines of its URL. */
const MAX_BLOCK_LINES = 20;

/** Strips list markers, numbering and labels ("[1] ", "## ", "Source 2: ", "Title: ", "**…**") from a title candidate. */
function cleanTitle(raw: string): string {
  let title = raw.trim();
  for (let pass = 0; pass < 3; pass += 1) {
    title = title
      .replace(/^(?:#+|[-*•>]|\[\d+\]|\(\d+\)|\d+[.)])\s*/, '')
      .replace(/^(?:source|document|doc|result|passage|context|service)\s*#?\d*\s*[:.\-–—]\s*/i, '')
      .replace(/^title\s*[:=]\s*/i, '')
      .trim();
  }
  title = title.replace(/[\s:\-–—|(<[]+$/, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/^["'“](.*)["'”]$/, '$1').trim();
  return /\p{L}/u.test(title) && title.length <= MAX_TITLE_LENGTH ? title : '';
}

/** A line that starts like an item of a list of sources: "# …", "[1] …", "2. …", "Source 3: …", "Title: …". */
const MARKED_LINE = /^\s*(?:#+\s|\[\d+\]|\(\d+\)|\d+[.)]\s|(?:source|document|doc|result|passage)\s*#?\d+\s*[:.\-–—]|title\s*[:=])/i;
/** Words prose ends on before a link ("apply online at https://…"), which a title does not. */
const LEAD_IN = /\b(?:at|on|via|here|from|to|in|visit|see|through|by|is|are)\s*[:\-–—]?\s*$/i;

/** A line that can stand as a title: short, not a sentence, not a lead-in ending in a colon. */
function headingOf(line: string): string | undefined {
  if (/[.:]\s*$/.test(line)) return undefined;
  const title = cleanTitle(line);
  return title && title.split(/\s+/).length <= MAX_HEADING_WORDS ? title : undefined;
}

/**
 * The lines of the paragraph that `before` ends in, the last one cut where
 * the URL starts. Read backwards and at most MAX_BLOCK_LINES of them: the
 * text before a URL can be megabytes of context.
 */
function blockLines(before: string): string[] {
  const lines: string[] = [];
  let end = before.length;
  while (lines.length < MAX_BLOCK_LINES) {
    const start = before.lastIndexOf('\n', end - 1) + 1;
    const line = before.slice(start, end);
    if (lines.length > 0 && line.trim() === '') break;
    lines.unshift(line);
    if (start === 0) break;
    end = start - 1;
  }
  return lines;
}

/**
 * The title of the source whose URL starts at `urlIndex`, looked for in its
 * block (the lines since the last blank line), most explicit first: a
 * Markdown link's text; a `title:` field (a "Title: …" line, JSON, YAML);
 * the text before the URL on its line when a separator sets it apart
 * ("Passport — https://…", "Driving licence (https://…)"); the nearest line
 * above marked as a list item ("[1] Passport application"); the first line
 * of the block that reads like a heading.
 */
function titleBefore(text: string, urlIndex: number): string | undefined {
  const before = text.slice(0, urlIndex);
  const link = /\[([^\]\n]+)\]\($/.exec(before);
  if (link) return cleanTitle(link[1]!) || undefined;

  const lines = blockLines(before);
  const labelled = [...lines.join('\n').matchAll(/\btitle\b["']?\s*[:=]\s*["']?([^"'\n,}]+)/gi)].at(-1);
  if (labelled) {
    const title = cleanTitle(labelled[1]!);
    if (title) return title;
  }

  const sameLine = lines.pop() ?? '';
  if (/(?:[:\-–—|(<]|\burl|\blink)\s*$/i.test(sameLine) && !LEAD_IN.test(sameLine)) {
    const title = cleanTitle(sameLine.replace(/\b(?:url|link|website|site)\s*[:=]?\s*$/i, ''));
    if (title) return title;
  }

  const marked = lines.findLast((line) => MARKED_LINE.test(line));
  if (marked !== undefined) {
    const title = cleanTitle(marked);
    if (title) return title;
  }
  for (const line of lines) {
    const heading = headingOf(line);
    if (heading) return heading;
  }
  return undefined;
}

/**
 * The messages a source may come from, in the order they are searched: the
 * system, developer and tool messages, then the last user message (many
 * prompts put the retrieved passages in the user turn, above the question).
 * Earlier user turns and assistant turns are conversation history: a link
 * answered before is no source for this answer.
 */
function contextMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  const lastUser = messages.findLast((message) => message.role === 'user');
  const context = messages.filter((message) => CONTEXT_ROLES.has(message.role));
  return lastUser ? [...context, lastUser] : context;
}

/** The first URL in the context, with its title when one can be told. */
export function firstSource(messages: readonly ChatMessage[]): Source | undefined {
  for (const message of contextMessages(messages)) {
    const text = messageText(message);
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = match[0].replace(TRAILING_PUNCTUATION, '');
      if (!/^https?:\/\/[^/]*\w/.test(url)) continue;
      const title = titleBefore(text, match.index);
      return title === undefined ? { url } : { url, title };
    }
  }
  return undefined;
}
